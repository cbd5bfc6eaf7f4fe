/**
 * Cuts a document into logical blocks: one per outline item or paragraph,
 * whatever the copy looks like — normal line breaks, hard-wrapped lines,
 * one long flattened line (web and PDF copies), or `|`-separated table cells.
 * Blocks keep their offsets in the original text; nothing is rewritten.
 */

export type MarkerKind = 'part' | 'roman' | 'number' | 'paren' | 'letter' | 'dash';

export interface Marker {
  kind: MarkerKind;
  /** Without punctuation: `PHẦN I`, `II`, `2.1`, `a`, `-`. */
  label: string;
  /** For numbers: how many levels (`2.1` → 2). */
  depth: number;
  /** Length of the marker and the spaces after it, from the block's first non-space character. */
  length: number;
}

export interface Block {
  start: number;
  end: number;
  marker: Marker | null;
  /** Where the text after the marker starts. */
  bodyStart: number;
}

const LOWER = /\p{Ll}/u;
const TERMINAL = /[.:;!?…)”"»]$/u;

const MARKERS: Array<{ kind: MarkerKind; pattern: RegExp }> = [
  { kind: 'part', pattern: /^(PHẦN\s+(?:[IVXLC]+|THỨ\s+\p{Lu}+))\s*[.:]?\s*/u },
  { kind: 'roman', pattern: /^([IVXLC]{1,6})\s*[.)]\s*(?=\p{Lu})/u },
  { kind: 'number', pattern: /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?!\d)|\)|(?<=\.\d{1,2})(?=\s))\s*(?=[\p{L}“"(])/u },
  { kind: 'paren', pattern: /^\((\d{1,2})\)\s*(?=\p{L})/u },
  { kind: 'letter', pattern: /^([a-zđ])\)\s*/u },
  { kind: 'dash', pattern: /^([-–—•+*])\s*(?=[\p{L}“"(])/u },
];

export function parseMarker(text: string): Marker | null {
  for (const { kind, pattern } of MARKERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const label = kind === 'dash' ? '-' : match[1]!.replace(/\s+/g, ' ');
    const depth = kind === 'number' ? label.split('.').length : 1;
    return { kind, label, depth, length: match[0].length };
  }
  return null;
}

/**
 * In a flattened copy, outline markers follow a sentence end inline:
 * "… như sau: I. MỤC TIÊU … năm 2024. 2. Công tác … thực hiện). b) Tập trung …".
 * A plain marker counts only right after terminal punctuation, so "2021 - 2025",
 * "Lao động - Thương binh" and "(1) Phòng ngừa; (2) …" stay inside their sentence.
 * Unambiguous markers also break after a heading with no punctuation: a roman
 * numeral before a capitalised heading, a dotted number (`2.1.`), an item
 * letter (`a)`), any number after a word in capitals ("YÊU CẦU 1. Tiếp tục"), and a sentence
 * after a heading in capitals ("DIỄN BIẾN TỘI PHẠM Đánh giá …").
 */
const INLINE_BREAK = new RegExp(
  [
    String.raw`(?<=[.:;!?…)”"]\s{1,4})(?=PHẦN\s+[IVXLC]+\b|[IVXLC]{1,6}\.\s+\p{Lu}|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}|[a-zđ]\)\s|[-–•]\s+\p{Lu}|ĐỀ CƯƠNG\b|Nơi nhận:)`,
    String.raw`(?<=\s)(?<!PHẦN\s)(?=[IVXLC]{1,6}\.\s+\p{Lu}{2,}|\d{1,2}\.\d{1,2}\.?\s+\p{Lu}|[a-zđ]\)\s+\p{Lu}|PHẦN\s+[IVXLC]+\.)`,
    String.raw`(?<=\p{Lu}{2,}\s{1,4})(?=\d{1,2}\.\s+\p{Lu}|[-–•]\s+\p{Lu})`,
    // A heading without punctuation ran into the next numbered one: "… mua bán người 3. Kết quả".
    String.raw`(?<=\p{Ll}\s{1,4})(?=\d{1,2}\.\s+\p{Lu}\p{Ll})`,
    // Two words in capitals, then a capitalised word: a heading ran into its first sentence.
    String.raw`(?<=\p{Lu}{2,},?\s\p{Lu}{2,}\s{1,4})(?=\p{Lu}\p{Ll})`,
  ].join('|'),
  'gu',
);

interface Piece {
  start: number;
  end: number;
}

function trimPiece(text: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** Physical lines, then table cells, then inline breaks of flattened text. */
function pieces(text: string): Array<Piece & { lineBreakBefore: boolean; blankBefore: boolean }> {
  const out: Array<Piece & { lineBreakBefore: boolean; blankBefore: boolean }> = [];
  let lineStart = 0;
  let blank = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cells: Piece[] = [];
    let cellStart = lineStart;
    for (let i = lineStart; i <= lineEnd; i++) {
      if (i === lineEnd || text[i] === '|') {
        cells.push({ start: cellStart, end: i });
        cellStart = i + 1;
      }
    }
    let first = true;
    for (const cell of cells) {
      const trimmed = trimPiece(text, cell);
      if (!trimmed) continue;
      let from = trimmed.start;
      const slice = text.slice(trimmed.start, trimmed.end);
      INLINE_BREAK.lastIndex = 0;
      for (let match = INLINE_BREAK.exec(slice); match; match = INLINE_BREAK.exec(slice)) {
        const at = trimmed.start + match.index;
        const piece = trimPiece(text, { start: from, end: at });
        if (piece) {
          out.push({ ...piece, lineBreakBefore: first, blankBefore: first && blank });
          first = false;
        }
        from = at;
        if (match[0].length === 0) INLINE_BREAK.lastIndex++;
      }
      const rest = trimPiece(text, { start: from, end: trimmed.end });
      if (rest) {
        out.push({ ...rest, lineBreakBefore: first, blankBefore: first && blank });
        first = false;
      }
    }
    blank = cells.every((cell) => trimPiece(text, cell) === null);
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/**
 * Whether a physical line continues the previous one (hard-wrapped text): it
 * starts in lower case, or — in a copy wrapped at a fixed width — the previous
 * line runs to that width and stops mid-sentence before a proper noun.
 */
function continues(previous: string, next: string, wrapWidth: number | null): boolean {
  if (parseMarker(next)) return false;
  const before = previous.trimEnd();
  if (TERMINAL.test(before)) return false;
  const first = next.trimStart()[0] ?? '';
  if (LOWER.test(first)) return true;
  // An unclosed "(" — a responsibility clause cut by the wrap — goes on in the next line.
  if (before.split('(').length > before.split(')').length) return true;
  if (wrapWidth === null) return false;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  return lastLine.length >= wrapWidth * 0.7 && /[,\p{Ll}]$/u.test(before) && !isAllCaps(before) && !isAllCaps(next);
}

/**
 * The width a copy was hard-wrapped at, or null when its lines are paragraphs:
 * most lines of a wrapped copy stop near one width, well under a paragraph's length.
 */
function wrapWidthOf(text: string): number | null {
  const lengths = text
    .split('\n')
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return null;
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  return p90 <= 100 ? p90 : null;
}

export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  const wrapWidth = wrapWidthOf(text);
  for (const piece of pieces(text)) {
    const last = blocks.at(-1);
    const pieceText = text.slice(piece.start, piece.end);
    if (
      last &&
      piece.lineBreakBefore &&
      !piece.blankBefore &&
      continues(text.slice(last.start, last.end), pieceText, wrapWidth)
    ) {
      last.end = piece.end;
      continue;
    }
    const marker = parseMarker(pieceText);
    blocks.push({ start: piece.start, end: piece.end, marker, bodyStart: piece.start + (marker?.length ?? 0) });
  }
  return blocks;
}

/** A block's text with its whitespace folded to single spaces, for reading and saving. */
export function blockText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export { isAllCaps };
