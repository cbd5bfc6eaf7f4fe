/**
 * An agency's report text cut at its headings and matched to the request's outline (issue 11, item 1; see
 * docs/narrative.md). Agencies renumber the outline ("2." for the outline's "II."), shorten it ("Công tác phòng
 * ngừa" for "I. CÔNG TÁC PHÒNG NGỪA MUA BÁN NGƯỜI") or write a heading of their own; the match is proposed from the
 * words the headings share and shown for the officer to correct, never taken silently.
 */
import { parseMarker } from '../import/segment';
import { foldedWords } from '../vietnamese';

export interface ReportParagraph {
  text: string;
  /** The paragraph's style is a heading (a .docx "Heading n"), whatever its text looks like. */
  heading?: boolean;
}

export interface ReportSection {
  /** The heading as written; null for the text before the first heading. */
  heading: string | null;
  paragraphs: string[];
}

/** Longer than this, a numbered paragraph is a point of the text, not a heading. */
const HEADING_MAX_CHARS = 200;

/**
 * A heading: styled as one, or a numbered line (PHẦN I, I., 1., 1.1., a)) short enough and not a sentence. A dash
 * or a parenthesised number opens a list item, not a heading.
 */
export function isHeading(paragraph: ReportParagraph): boolean {
  if (paragraph.heading) return true;
  const text = paragraph.text.trim();
  if (text.length === 0 || text.length > HEADING_MAX_CHARS) return false;
  const marker = parseMarker(text);
  if (!marker || marker.kind === 'dash' || marker.kind === 'paren') return false;
  const body = text.slice(marker.length);
  // "1. Năm 2023, Sở đã tổ chức 12 cuộc …; kết quả …." reads as a sentence: a heading rarely ends with a period
  // after a comma-separated clause.
  return !(/[.;]$/u.test(body) && body.includes(','));
}

export function splitByHeadings(paragraphs: readonly ReportParagraph[]): ReportSection[] {
  const sections: ReportSection[] = [];
  let current: ReportSection = { heading: null, paragraphs: [] };
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (text.length === 0) continue;
    if (isHeading(paragraph)) {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: text, paragraphs: [] };
    } else {
      current.paragraphs.push(text);
    }
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  return sections;
}

/** Words every heading of this field carries, which say nothing about which heading it is. */
const COMMON = new Set(['va', 'cua', 'cac', 've', 'trong', 'tac', 'cong', 'nguoi', 'mua', 'ban', 'phong', 'chong']);

/** A heading's words for matching: folded, without its number, without the words every heading carries. */
export function headingWords(heading: string): string[] {
  const marker = parseMarker(heading.trim());
  const body = marker ? heading.trim().slice(marker.length) : heading;
  // A number typed in lower case ("iv. ho tro nan nhan") is no marker to parseMarker, but is one all the same.
  const words = foldedWords(body);
  const start = words.length > 1 && /^(?:phan|[ivxlc]{1,6}|[a-z])$/.test(words[0]!) ? 1 : 0;
  return words.slice(start).filter((word) => !COMMON.has(word) && !/^\d+$/.test(word));
}

/** How much two headings share: the Dice coefficient of their word sets, 0 to 1. */
export function headingSimilarity(a: string, b: string): number {
  const left = new Set(headingWords(a));
  const right = new Set(headingWords(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

export interface HeadingMatch {
  /** Index in the sections given. */
  section: number;
  /** Index in the outline; null when no outline heading is close enough. */
  outline: number | null;
  score: number;
}

/** Below this, a proposal would be a guess: the section stays unmatched for the officer to place. */
export const MATCH_THRESHOLD = 0.4;

/**
 * One outline heading per section at most, and one section per outline heading: the best-scoring pairs first
 * (a tie goes to the pair in the same order in both), the rest unmatched.
 */
export function matchToOutline(outline: readonly string[], sections: readonly ReportSection[]): HeadingMatch[] {
  const pairs: HeadingMatch[] = [];
  sections.forEach((section, index) => {
    if (section.heading === null) return;
    outline.forEach((heading, at) => {
      const score = headingSimilarity(section.heading!, heading);
      if (score >= MATCH_THRESHOLD) pairs.push({ section: index, outline: at, score });
    });
  });
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(a.section / sections.length - a.outline! / outline.length) -
        Math.abs(b.section / sections.length - b.outline! / outline.length),
  );
  const bySection = new Map<number, HeadingMatch>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (bySection.has(pair.section) || taken.has(pair.outline!)) continue;
    bySection.set(pair.section, pair);
    taken.add(pair.outline!);
  }
  return sections.map((_, index) => bySection.get(index) ?? { section: index, outline: null, score: 0 });
}
