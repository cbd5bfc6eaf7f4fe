// Sentences. Clause-level decisions (who sends, is this a data window) must not
// look across a full stop, a semicolon, a line break or a table cell.

export interface Doc {
  text: string;
  /** Sorted offsets of break characters. */
  breaks: number[];
}

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

export function makeDoc(text: string): Doc {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '|' || ch === ';') breaks.push(i);
    else if ((ch === '.' || ch === '!' || ch === '?' || ch === '…') && isSpace(text[i + 1])) breaks.push(i);
    // A flattened heading followed by its bullets: "Giao Công an tỉnh: - Làm ..."
    else if (ch === ':' && /^\s{1,3}[-–+•]/.test(text.slice(i + 1, i + 5))) breaks.push(i);
  }
  return { text, breaks };
}

/** Index of the first break at or after `offset`. */
function breakIndex(doc: Doc, offset: number): number {
  let low = 0;
  let high = doc.breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.breaks[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function sentenceStart(doc: Doc, offset: number): number {
  const index = breakIndex(doc, offset) - 1;
  return index >= 0 ? (doc.breaks[index] ?? -1) + 1 : 0;
}

export function sentenceEnd(doc: Doc, offset: number): number {
  return doc.breaks[breakIndex(doc, offset)] ?? doc.text.length;
}

/** The text before `offset` in its sentence, at most `max` characters. */
export function before(doc: Doc, offset: number, max: number): { text: string; start: number } {
  const start = Math.max(sentenceStart(doc, offset), offset - max);
  return { text: doc.text.slice(start, offset), start };
}

export function after(doc: Doc, offset: number, max: number): string {
  return doc.text.slice(offset, Math.min(sentenceEnd(doc, offset), offset + max));
}
