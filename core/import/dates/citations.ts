import type { TimeToken } from './mentions';
import { isSpace } from './sentences';

// Dates that are not the plan's own: cited documents and the issue date.

interface Word {
  word: string;
  start: number;
}

function wordBefore(text: string, offset: number): Word | null {
  let end = offset;
  while (end > 0 && isSpace(text[end - 1]) && text[end - 1] !== '\n') end--;
  let start = end;
  while (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '|') start--;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/** `193/QĐ-TTg`, `01/2014/TTLT-BCA`, `9145/QĐ-BCĐ138/CP`: digits, a slash, and letters somewhere. */
const DOCUMENT_NUMBER = /^\(?\d{1,5}\/[\p{N}/]*[\p{L}]/u;
const HEADER_LABEL =
  /(?<!\p{L})ngày\s{1,3}(?:ban hành|có hiệu lực|hiệu lực|hết hiệu lực|đăng(?: công báo)?|công báo|cập nhật|ký|văn bản)\s{0,3}:?\s{0,3}$/iu;
const CAPITALISED = /^\p{Lu}/u;

export function isCitedOrIssueDate(text: string, token: TimeToken): boolean {
  if (token.grain !== 'day') return false;
  let previous = wordBefore(text, token.start);
  if (previous && /^ngày$/iu.test(previous.word)) previous = wordBefore(text, previous.start);
  if (!previous) return false;
  const word = previous.word.replace(/[,:;]$/, '');
  if (DOCUMENT_NUMBER.test(word)) return true;
  if (/^(?:hành|ký)$/iu.test(word)) return true; // "ban hành ngày", "ký ngày"
  if (HEADER_LABEL.test(text.slice(Math.max(0, token.start - 40), token.start))) return true;
  if (/^\s{0,2}[-–|]?\s{0,2}\d{1,2}:\d{2}/.test(text.slice(token.end, token.end + 12))) return true; // news stamp
  return previous.word.endsWith(',') && CAPITALISED.test(previous.word) && isPlaceLine(text, previous.start);
}

/** "Hà Nội, ngày ..." at the head of a document: capitalised words after a line start, a cell or the number. */
function isPlaceLine(text: string, placeEnd: number): boolean {
  let cursor = placeEnd;
  for (let words = 0; words < 5; words++) {
    const word = wordBefore(text, cursor);
    if (!word) return true;
    if (text.slice(word.start + word.word.length, cursor).includes('\n')) return true;
    if (!CAPITALISED.test(word.word)) {
      return DOCUMENT_NUMBER.test(word.word) || /^(?:[-–_]+|phúc)$/iu.test(word.word);
    }
    cursor = word.start;
  }
  return false;
}
