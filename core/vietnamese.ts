/**
 * Vietnamese text helpers: folding for diacritics-insensitive search, and the
 * collator for sorting names the way a Vietnamese reader expects (Đ after D).
 */

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for search: no diacritics, đ → d, lower case, single spaces.
 * "Sở Tư pháp" and "so tu phap" fold to the same string, so either finds the other.
 */
export function foldVietnamese(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "Sở Tư pháp" → "So Tu phap": the letters without their marks, case kept (for file names). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Folded words: no diacritics, no case, punctuation as a break, so "Sở GD&ĐT" gives so, gd, dt and a query
 * "gd-dt" gives the same words.
 */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when every word of the query appears in the text, ignoring diacritics and case. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(text);
  return words.every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => collator.compare(key(x), key(y)));
}

/**
 * Folds like foldVietnamese but keeps every character in place (one in, one
 * out, spaces kept), so an offset found in the folded text is the offset in
 * the original: for searching a document and pointing back into it.
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (const char of text) {
    const base = char.length === 1 && char.charCodeAt(0) < 0x80 ? char : stripDiacritics(char);
    const folded = (base[0] ?? ' ').toLowerCase();
    // A character outside the BMP takes two code units: keep the length by padding.
    out += char.length === 2 ? `${folded} ` : folded;
  }
  return out;
}
