/**
 * Dates as Vietnamese plans write them: deadlines ("gửi báo cáo ... trước ngày
 * 20/6/2025"), data periods ("số liệu tính từ ngày ... đến ngày ..."), activity
 * ranges ("từ ngày 1/7/2022 đến hết ngày 30/9/2022"), reporting cycles ("định kỳ
 * 06 tháng, 01 năm") and commemorative days ("Ngày toàn dân ... 30/7").
 *
 * The scan is two-staged: first every time expression is tokenised (a day, a
 * month, a quarter, a half-year), then each token is classified by the few words
 * before and after it. Dates of cited documents and the plan's own issue date are
 * dropped before classification, so they can never become deadlines.
 *
 * Every regular expression is either bounded (`{0,3}`, not `*` over the same
 * characters twice) or run on a short window, so a megabyte of text stays linear.
 */
import { daysInMonth, isIsoDate, isValidDate, toIsoDate } from '../dates';
import type { Recurrence } from '../plan';

export type DateKind = 'deadline' | 'period' | 'range' | 'recurring' | 'yearly';

export interface ExtractedDate {
  kind: DateKind;
  /** The phrase as written, e.g. 'trước ngày 20/6/2025' or the whole clause for a deadline. */
  text: string;
  /** Offsets of `text` in the input: input.slice(start, end) === text. */
  start: number;
  end: number;
  /** ISO dates. deadline: due; period/range: from + to; yearly: due = the date in the plan's year; recurring: none. */
  from: string | null;
  to: string | null;
  due: string | null;
  /** deadline: what is due, who sends, who receives, as written. */
  what: string | null;
  sender: string | null;
  receiver: string | null;
  /** recurring: the cycles named, in order; adHoc for 'đột xuất'. */
  recurrence: Recurrence[];
  adHoc: boolean;
  /** yearly: month and day, 'MM-DD'. */
  monthDay: string | null;
  /** 0..1; below 0.6 the review screen flags it as doubtful. */
  confidence: number;
}

export interface DateContext {
  planYear: number;
  issuedOn?: string | null;
}

/** Low level, exported for the header parser: every date written in the text with its offsets. */
export interface DateMention {
  iso: string;
  start: number;
  end: number;
  yearGiven: boolean;
  text: string;
}

// ---------------------------------------------------------------------------
// Decomposed Unicode. Text pasted from some PDF tools is NFD ("e" + U+0302 + U+0301);
// every pattern below is written in NFC, so such text is composed first and the
// offsets are mapped back to the caller's string.

interface Source {
  text: string;
  toInput: (offset: number) => number;
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

function hasCombiningMarks(input: string): boolean {
  for (let i = 0; i < input.length; i++) if (isCombiningMark(input.charCodeAt(i))) return true;
  return false;
}

function composed(input: string): Source {
  if (!hasCombiningMarks(input)) return { text: input, toInput: (offset) => offset };
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    let j = i + 1;
    while (j < input.length && isCombiningMark(input.charCodeAt(j))) j++;
    const cluster = input.slice(i, j).normalize('NFC');
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k++) map.push(i);
    i = j;
  }
  map.push(input.length);
  return { text: parts.join(''), toInput: (offset) => map[offset] ?? input.length };
}

// ---------------------------------------------------------------------------
// Tokens: every time expression, before deciding what it means.

type Grain = 'day' | 'month' | 'quarter' | 'half';

interface TimeToken {
  grain: Grain;
  start: number;
  end: number;
  /** null when the text gives no year (`30/7`, `tháng 7`). */
  year: number | null;
  fromMonth: number;
  fromDay: number;
  toMonth: number;
  /** null: the last day of `toMonth`, which depends on the year (February). */
  toDay: number | null;
}

const DAY_SLASH_FULL =
  /(?<![\p{L}\p{N}/.])(\d{1,2}) ?\/ ?(\d{1,2}) ?\/ ?(\d{4})(?![\p{L}\p{N}]|\/[\p{L}\p{N}]|\.\p{N})/gu;
const DAY_DOT_DASH_FULL = /(?<![\p{L}\p{N}/.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[/.-]\p{N})/gu;
const DAY_ISO = /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[/.-]\p{N})/gu;
/** `30/7`, optionally `30/7 năm 2025`. Only with a slash: `1.2` and `1-2` are section numbers and counts. */
const DAY_SLASH_SHORT =
  /(?<![\p{L}\p{N}/.])(\d{1,2})\/(\d{1,2})(?:\s{1,3}năm\s{1,3}(\d{4}))?(?![\p{L}\p{N}]|[/.-]\p{N}|\/\p{L})/giu;
const DAY_WORDS =
  /(?<!\p{L})ngày\s{1,3}(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?:,?\s{1,3}năm\s{1,3}(\d{4}))?(?!\p{N})/giu;
/** `tháng 6/2025`, `tháng 6 năm 2025`, `tháng 7`; not `6 tháng` (a duration) nor `ngày 15 tháng 01`. */
const MONTH =
  /(?<!\p{L})(?<!\p{N}\s{0,3})tháng\s{1,3}(\d{1,2})(?:\s{0,2}[/-]\s{0,2}(\d{4})|,?\s{1,3}năm\s{1,3}(\d{4}))?(?![\p{L}\p{N}]|[/.]\p{N})/giu;
const QUARTER =
  /(?<!\p{L})quý\s{1,3}(IV|I{1,3}|[1-4])(?:\s{0,2}[/-]\s{0,2}(\d{4})|,?\s{1,3}năm\s{1,3}(\d{4}))?(?![\p{L}\p{N}])/giu;
const HALF_YEAR =
  /(?<![\p{L}\p{N}])(0?6|sáu)\s{1,3}tháng\s{1,3}(đầu|cuối)\s{1,3}năm(?:\s{1,3}(\d{4}))?(?![\p{L}\p{N}])/giu;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function optionalYear(...groups: Array<string | undefined>): number | null {
  const found = groups.find((group) => group !== undefined);
  return found === undefined ? null : Number(found);
}

/** A real day: with its own year, or valid in the fallback year (29/02 needs a leap plan year). */
function dayToken(start: number, end: number, day: number, month: number, year: number | null, fallbackYear: number) {
  if (!isValidDate(year ?? fallbackYear, month, day)) return null;
  const token: TimeToken = {
    grain: 'day',
    start,
    end,
    year,
    fromMonth: month,
    fromDay: day,
    toMonth: month,
    toDay: day,
  };
  return token;
}

function spanToken(grain: Grain, start: number, end: number, year: number | null, fromMonth: number, toMonth: number) {
  if (year !== null && (year < 1900 || year > 2100)) return null;
  if (fromMonth < 1 || toMonth > 12) return null;
  const token: TimeToken = { grain, start, end, year, fromMonth, fromDay: 1, toMonth, toDay: null };
  return token;
}

function collect(text: string, pattern: RegExp, build: (match: RegExpExecArray) => TimeToken | null): TimeToken[] {
  const tokens: TimeToken[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const token = build(match);
    if (token) tokens.push(token);
  }
  return tokens;
}

function scanTokens(text: string, fallbackYear: number): TimeToken[] {
  const end = (m: RegExpExecArray): number => m.index + m[0].length;
  const all = [
    ...collect(text, DAY_SLASH_FULL, (m) =>
      dayToken(m.index, end(m), Number(m[1]), Number(m[2]), Number(m[3]), fallbackYear),
    ),
    ...collect(text, DAY_DOT_DASH_FULL, (m) =>
      dayToken(m.index, end(m), Number(m[1]), Number(m[3]), Number(m[4]), fallbackYear),
    ),
    ...collect(text, DAY_ISO, (m) => dayToken(m.index, end(m), Number(m[3]), Number(m[2]), Number(m[1]), fallbackYear)),
    ...collect(text, DAY_SLASH_SHORT, (m) =>
      dayToken(m.index, end(m), Number(m[1]), Number(m[2]), optionalYear(m[3]), fallbackYear),
    ),
    ...collect(text, DAY_WORDS, (m) =>
      dayToken(m.index, end(m), Number(m[1]), Number(m[2]), optionalYear(m[3]), fallbackYear),
    ),
    ...collect(text, MONTH, (m) => {
      const month = Number(m[1]);
      return spanToken('month', m.index, end(m), optionalYear(m[2], m[3]), month, month);
    }),
    ...collect(text, QUARTER, (m) => {
      const quarter = ROMAN[(m[1] ?? '').toUpperCase()] ?? Number(m[1]);
      return spanToken('quarter', m.index, end(m), optionalYear(m[2], m[3]), quarter * 3 - 2, quarter * 3);
    }),
    ...collect(text, HALF_YEAR, (m) => {
      const first = (m[2] ?? '').toLowerCase() === 'đầu';
      return spanToken('half', m.index, end(m), optionalYear(m[3]), first ? 1 : 7, first ? 6 : 12);
    }),
  ];
  return withoutOverlaps(all);
}

/** Earliest first, longest first at one start; a token inside another one is dropped. */
function withoutOverlaps(tokens: TimeToken[]): TimeToken[] {
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeToken[] = [];
  let reached = -1;
  for (const token of tokens) {
    if (token.start < reached) continue;
    kept.push(token);
    reached = token.end;
  }
  return kept;
}

function firstDay(token: TimeToken, year: number): string | null {
  return isValidDate(year, token.fromMonth, token.fromDay) ? toIsoDate(year, token.fromMonth, token.fromDay) : null;
}

function lastDay(token: TimeToken, year: number): string | null {
  if (!isValidDate(year, token.toMonth, 1)) return null;
  const day = token.toDay ?? daysInMonth(year, token.toMonth);
  return isValidDate(year, token.toMonth, day) ? toIsoDate(year, token.toMonth, day) : null;
}

/** The day before a span starts: "trước tháng 6/2025" is due 31/5/2025. */
function dayBefore(token: TimeToken, year: number): string | null {
  if (token.fromMonth > 1) {
    const month = token.fromMonth - 1;
    return isValidDate(year, month, 1) ? toIsoDate(year, month, daysInMonth(year, month)) : null;
  }
  return isValidDate(year - 1, 12, 31) ? toIsoDate(year - 1, 12, 31) : null;
}

// ---------------------------------------------------------------------------
// Sentences. Clause-level decisions (who sends, is this a data window) must not
// look across a full stop, a semicolon, a line break or a table cell.

interface Doc {
  text: string;
  /** Sorted offsets of break characters. */
  breaks: number[];
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function makeDoc(text: string): Doc {
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

function sentenceStart(doc: Doc, offset: number): number {
  const index = breakIndex(doc, offset) - 1;
  return index >= 0 ? (doc.breaks[index] ?? -1) + 1 : 0;
}

function sentenceEnd(doc: Doc, offset: number): number {
  return doc.breaks[breakIndex(doc, offset)] ?? doc.text.length;
}

/** The text before `offset` in its sentence, at most `max` characters. */
function before(doc: Doc, offset: number, max: number): { text: string; start: number } {
  const start = Math.max(sentenceStart(doc, offset), offset - max);
  return { text: doc.text.slice(start, offset), start };
}

function after(doc: Doc, offset: number, max: number): string {
  return doc.text.slice(offset, Math.min(sentenceEnd(doc, offset), offset + max));
}

// ---------------------------------------------------------------------------
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

function isCitedOrIssueDate(text: string, token: TimeToken): boolean {
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

// ---------------------------------------------------------------------------
// Results.

function blank(kind: DateKind, start: number, end: number, confidence: number): ExtractedDate {
  return {
    kind,
    text: '',
    start,
    end,
    from: null,
    to: null,
    due: null,
    what: null,
    sender: null,
    receiver: null,
    recurrence: [],
    adHoc: false,
    monthDay: null,
    confidence,
  };
}

// ---------------------------------------------------------------------------
// Ranges and data periods: "từ <A> đến <B>".

const FROM_MARK = /(?<!\p{L})từ\s{1,3}(?:ngày\s{1,3})?$/iu;
const RANGE_GAP = /^\s{0,3},?\s{0,3}(?:đến|tới|[-–—])\s{0,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$/iu;
const FROM_NOW_TO = /(?<!\p{L})từ\s{1,3}nay\s{1,3}(?:đến|tới)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$/iu;
const TO_MARK = /(?<!\p{L})(?:tính\s{1,3})?(?:đến|tới)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$/iu;
const DAY_SPAN_FIRST = /(?<![\p{L}\p{N}/.])(\d{1,2})\s?[-–]\s?$/u;
/** Words that make a window of dates a data period rather than an activity span. */
const PERIOD_WORDS = /số liệu|thống kê|kỳ báo cáo|mốc thời gian|chốt số|tính từ|tính đến/iu;

interface Pair {
  from: string;
  to: string;
  yearGiven: boolean;
}

/** Years for "từ 01/7 đến 30/9/2022" (the first takes the second's) and "từ 01/12 đến 28/02/2025". */
function resolvePair(first: TimeToken, second: TimeToken, planYear: number): Pair | null {
  let secondYear = second.year ?? first.year ?? planYear;
  let firstYear = first.year ?? secondYear;
  let from = firstDay(first, firstYear);
  let to = lastDay(second, secondYear);
  if (from && to && from > to) {
    if (first.year === null) firstYear -= 1;
    else if (second.year === null) secondYear += 1;
    from = firstDay(first, firstYear);
    to = lastDay(second, secondYear);
  }
  if (!from || !to || from > to) return null;
  return { from, to, yearGiven: second.year !== null || first.year !== null };
}

function periodOrRange(doc: Doc, start: number): DateKind {
  return PERIOD_WORDS.test(before(doc, start, 160).text) ? 'period' : 'range';
}

function spanResult(doc: Doc, start: number, end: number, from: string | null, to: string | null, confidence: number) {
  const kind = periodOrRange(doc, start);
  const result = blank(kind, start, end, confidence);
  result.from = from;
  result.to = to;
  return result;
}

function pairedRange(doc: Doc, tokens: TimeToken[], index: number, planYear: number): ExtractedDate | null {
  const first = tokens[index];
  const second = tokens[index + 1];
  if (!first || !second || second.start - first.end > 24) return null;
  if (!RANGE_GAP.test(doc.text.slice(first.end, second.start))) return null;
  const lead = before(doc, first.start, 16);
  const fromMark = FROM_MARK.exec(lead.text);
  // Without "từ", only two full dates joined by a dash or "đến" read as a span.
  if (!fromMark && (first.year === null || second.year === null || first.grain !== 'day')) return null;
  const pair = resolvePair(first, second, planYear);
  if (!pair) return null;
  const start = fromMark ? lead.start + fromMark.index : first.start;
  const confidence = (pair.yearGiven ? 0.9 : 0.75) - (fromMark ? 0 : 0.15);
  return spanResult(doc, start, second.end, pair.from, pair.to, confidence);
}

/** "từ ngày 25-27/7/2022": a day number, a dash, then a full day. */
function daySpan(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
  if (token.grain !== 'day') return null;
  const lead = before(doc, token.start, 24);
  const first = DAY_SPAN_FIRST.exec(lead.text);
  if (!first) return null;
  const day = Number(first[1]);
  const year = token.year ?? planYear;
  if (day >= token.fromDay || !isValidDate(year, token.fromMonth, day)) return null;
  const leadStart = lead.start + first.index;
  const markWindow = Math.max(0, leadStart - 16);
  const fromMark = FROM_MARK.exec(doc.text.slice(markWindow, leadStart));
  const start = fromMark ? markWindow + fromMark.index : leadStart;
  const from = toIsoDate(year, token.fromMonth, day);
  return spanResult(doc, start, token.end, from, lastDay(token, year), 0.75);
}

/** "từ nay đến hết ngày 30/9": from the issue date, when the caller knows it. */
function fromNowRange(doc: Doc, token: TimeToken, context: DateContext): ExtractedDate | null {
  const lead = before(doc, token.start, 40);
  if (!/nay/iu.test(lead.text)) return null; // cheap pre-check: most tokens have no "từ nay"
  const mark = FROM_NOW_TO.exec(lead.text);
  if (!mark) return null;
  const to = lastDay(token, token.year ?? context.planYear);
  const from = context.issuedOn && isIsoDate(context.issuedOn) ? context.issuedOn : null;
  return spanResult(doc, lead.start + mark.index, token.end, from, to, 0.65);
}

/** "số liệu tính đến ngày 15/6/2025", "số liệu tính từ ngày 01/01/2025", "số liệu quý II/2025". */
function singlePeriod(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
  const lead = before(doc, token.start, 120);
  if (!PERIOD_WORDS.test(lead.text)) return null;
  const year = token.year ?? planYear;
  const toMark = TO_MARK.exec(lead.text.slice(-24));
  const fromMark = FROM_MARK.exec(lead.text.slice(-16));
  const confidence = token.year === null ? 0.6 : 0.7;
  const result = (start: number, from: string | null, to: string | null): ExtractedDate => {
    const found = blank('period', start, token.end, confidence);
    found.from = from;
    found.to = to;
    return found;
  };
  if (toMark) return result(token.start - (Math.min(24, lead.text.length) - toMark.index), null, lastDay(token, year));
  if (fromMark)
    return result(token.start - (Math.min(16, lead.text.length) - fromMark.index), firstDay(token, year), null);
  if (token.grain !== 'day' && /số liệu|kỳ báo cáo|kỳ thống kê/iu.test(lead.text.slice(-48))) {
    return result(token.start, firstDay(token, year), lastDay(token, year));
  }
  return null;
}

// ---------------------------------------------------------------------------
// Deadlines.

const DEADLINE_MARK = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      '(?:chậm|muộn) nhất(?:\\s{1,3}là)?(?:\\s{1,3}(?:vào|trước|trong))?',
      'hạn (?:chót|cuối)(?:\\s{1,3}là)?\\s{0,2}:?(?:\\s{1,3}(?:vào|trước))?',
      'thời hạn(?:\\s{1,3}(?:hoàn thành|gửi|nộp|báo cáo))?(?:\\s{1,3}là)?\\s{0,2}:?(?:\\s{1,3}(?:trước|vào|trong))?',
      '(?:hoàn thành|hoàn tất|xong)(?:\\s{1,3}(?:trước|vào|trong|đến hết|đến))?\\s{0,2}:?',
      'trước',
    ].join('|') +
    ')\\s{0,3}(?:\\d{1,2}\\s{0,2}(?:giờ|h)(?:\\s{0,2}\\d{1,2}(?:\\s{0,2}phút)?)?\\s{0,2},?\\s{0,3})?(?:ngày\\s{0,3})?$',
  'iu',
);
/** "trong tháng 6/2025" is a deadline only when something is to be finished or sent by then. */
const WITHIN_MARK = /(?<!\p{L})trong(?:\s{1,3}(?:thời gian|dịp))?\s{1,3}$/iu;
const FINISHING_VERB = /(?<!\p{L})(?:hoàn thành|hoàn tất|xong|gửi|nộp|báo cáo|ban hành|trình)(?!\p{L})/iu;

interface DeadlineHit {
  markerStart: number;
  token: TimeToken;
  due: string;
  bareBefore: boolean;
}

function deadlineHit(doc: Doc, token: TimeToken, planYear: number): DeadlineHit | null {
  const lead = before(doc, token.start, 64);
  const year = token.year ?? planYear;
  const mark = DEADLINE_MARK.exec(lead.text);
  if (mark) {
    const isBefore = /^trước/iu.test(mark[0]);
    const due =
      token.grain === 'day' ? firstDay(token, year) : isBefore ? dayBefore(token, year) : lastDay(token, year);
    if (!due) return null;
    const bareBefore = /^trước\s{0,3}$/iu.test(mark[0]);
    return { markerStart: lead.start + mark.index, token, due, bareBefore };
  }
  const within = token.grain === 'day' ? null : WITHIN_MARK.exec(lead.text);
  if (within && FINISHING_VERB.test(before(doc, token.start, 160).text)) {
    const due = lastDay(token, year);
    return due ? { markerStart: lead.start + within.index, token, due, bareBefore: false } : null;
  }
  return null;
}

const DATE_JOINER = /^\s{0,3}(?:,|và|hoặc|;)\s{0,3}(?:ngày\s{0,3})?$/u;

/** "trước ngày 15/6 và 15/12": the second date hangs on the same marker. */
function chainedDeadline(doc: Doc, token: TimeToken, hits: DeadlineHit[], planYear: number): DeadlineHit | null {
  const previous = hits[hits.length - 1];
  if (!previous || token.start - previous.token.end > 12 || token.grain !== previous.token.grain) return null;
  if (!DATE_JOINER.test(doc.text.slice(previous.token.end, token.start))) return null;
  const due = token.grain === 'day' ? firstDay(token, token.year ?? planYear) : lastDay(token, token.year ?? planYear);
  return due ? { markerStart: previous.markerStart, token, due, bareBefore: previous.bareBefore } : null;
}

/** "trong quý III/2025" with nothing to finish: the activity happens within that span. */
function withinRange(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
  if (token.grain === 'day') return null;
  const lead = before(doc, token.start, 40);
  const within = WITHIN_MARK.exec(lead.text);
  if (!within) return null;
  const year = token.year ?? planYear;
  return spanResult(doc, lead.start + within.index, token.end, firstDay(token, year), lastDay(token, year), 0.6);
}

// --- who sends what to whom

/** A list label or bullet at the start of a clause: "a)", "đ)", "2.1.", "(3)", "-", "+". */
const LEADING_LABEL =
  /^(?:[-–+*•]\s{0,3}|\(?(?:[a-zđ]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3})[).]\s{1,3}|\(\*{1,3}\)\s{0,3})/iu;
/** Introductory phrases before the subject: "Căn cứ kế hoạch này, ...", "Trước ngày 20/6, ...". */
const LEAD_IN =
  /^(?:căn cứ|trên cơ sở|thực hiện\s(?:kế hoạch|quyết định|chỉ thị|công văn|chương trình|nghị quyết|thông tư|văn bản|ý kiến|sự chỉ đạo|chỉ đạo)|để|nhằm|trước|chậm nhất|hạn chót|sau khi|theo|định kỳ|hằng|hàng)[^,;]{0,160},\s{0,3}/iu;
const REQUEST = /(?<!\p{L})(?:đề nghị|yêu cầu|giao(?!\s(?:ban|thông|lưu|dịch|tiếp|nhận))|chỉ đạo)\s{1,3}/iu;
const ACTION_VERB = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      'tổ chức',
      'triển khai',
      'xây dựng',
      'gửi',
      'nộp',
      'báo cáo',
      'thực hiện',
      'chủ động',
      'tiến hành',
      'rà soát',
      'tổng hợp',
      'tổng kết',
      'sơ kết',
      'hoàn thành',
      'hoàn thiện',
      'có trách nhiệm',
      'chịu trách nhiệm',
      'phối hợp',
      'chủ trì',
      'tham mưu',
      'chỉ đạo',
      'kiểm tra',
      'đánh giá',
      'cung cấp',
      'hướng dẫn',
      'thống kê',
      'lập',
      'ban hành',
      'khẩn trương',
      'nghiêm túc',
      'tập trung',
      'tiếp tục',
      'quán triệt',
      'theo dõi',
      'căn cứ',
      'đẩy mạnh',
      'tăng cường',
      'duy trì',
      'nghiên cứu',
      'bố trí',
      'cử',
      'đăng ký',
      'chuẩn bị',
      'xác định',
      'đôn đốc',
      'trình',
    ].join('|') +
    ')(?!\\p{L})',
  'gu',
);
const SEND_VERB = /(?<!\p{L})(?:gửi|nộp|chuyển)(?!\p{L})/giu;
const REPORT_NOUN =
  /(?<!\p{L})(?:báo cáo|kết quả|kế hoạch|văn bản|danh sách|số liệu|hồ sơ|đề xuất|ý kiến|tài liệu|biểu mẫu|dự thảo|thông tin)(?!\p{L})/iu;
const RECEIVER_STOP =
  /^\s(?:trước|trong|để|chậm nhất|muộn nhất|theo|hạn|xong|vào|nhằm|kèm|bằng|sau khi|đồng thời|tổng hợp|qua\s[a-zđ]|và\s[a-zđ]|báo cáo|kết quả|kế hoạch|văn bản|danh sách|số liệu|hồ sơ)(?!\p{L})/u;
const RECEIVER_START = /^(?:\p{Lu}|cơ quan thường trực|thường trực|văn phòng|ban chỉ đạo)/u;

/** A verb used as a noun inside a subject: "các cơ quan, tổ chức, cá nhân", "Ban chỉ đạo". */
function isNounUse(clause: string, start: number, end: number): boolean {
  const next = clause.slice(end, end + 16);
  const prev = clause.slice(Math.max(0, start - 4), start);
  if (/^\s(?:chính trị|đoàn thể|xã hội|quốc tế|cá nhân|có liên quan)/u.test(next)) return true;
  if (/^\s{0,2},/u.test(next) && /,\s{0,2}$/u.test(prev)) return true; // an item of a list of nouns
  return /(?:^|[\s,])ban\s$/iu.test(prev);
}

/** The same verbs, capitalised or not, exactly at a position: a clause that opens with its verb. */
const OPENING_VERB = new RegExp(ACTION_VERB.source, 'iuy');

function firstVerb(clause: string, from: number): number {
  ACTION_VERB.lastIndex = from;
  for (let match = ACTION_VERB.exec(clause); match !== null; match = ACTION_VERB.exec(clause)) {
    if (!isNounUse(clause, match.index, match.index + match[0].length)) return match.index;
  }
  return -1;
}

function trimPhrase(phrase: string): string | null {
  const trimmed = phrase.replace(/^[\s,;:–-]+|[\s,;:(–-]+$/gu, '');
  return trimmed.length > 0 ? trimmed : null;
}

function stripLeadIns(clause: string): number {
  let offset = 0;
  for (let round = 0; round < 3; round++) {
    const label = LEADING_LABEL.exec(clause.slice(offset));
    if (label) offset += label[0].length;
    const leadIn = LEAD_IN.exec(clause.slice(offset));
    if (!leadIn) break;
    offset += leadIn[0].length;
  }
  return offset;
}

/** The subject: after "đề nghị/yêu cầu/giao" when present, else from the clause start, up to the verb. */
function readSender(clause: string, markerAt: number, dateEnd: number): { sender: string | null; verbAt: number } {
  const from = stripLeadIns(clause);
  const request = REQUEST.exec(clause.slice(from, from + 160));
  const subjectStart = request ? from + request.index + request[0].length : from;
  OPENING_VERB.lastIndex = subjectStart;
  if (OPENING_VERB.test(clause)) return { sender: null, verbAt: subjectStart }; // "Tổng hợp, báo cáo ...": no subject
  const verbAt = firstVerb(clause, subjectStart);
  if (verbAt < 0) return { sender: null, verbAt: -1 };
  // "Thời gian hoàn thành: Quý II/2025": the verb belongs to the deadline phrase, nothing before it is a subject.
  if (verbAt >= markerAt && verbAt < dateEnd) return { sender: null, verbAt: -1 };
  const sender = trimPhrase(clause.slice(subjectStart, verbAt));
  const plausible = sender !== null && sender.length <= 200 && /\p{L}/u.test(sender);
  return { sender: plausible ? sender : null, verbAt };
}

/** The receiver as written, including a parenthesised unit "(Phòng Tham mưu)" or "(qua Công an tỉnh)". */
function readReceiver(rest: string): string | null {
  let depth = 0;
  let end = 0;
  const limit = Math.min(rest.length, 160);
  for (; end < limit; end++) {
    const ch = rest[end];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':' || ch === '|' || ch === '\n')) break;
    else if (depth === 0 && ch === '.' && isSpace(rest[end + 1])) break;
    else if (depth === 0 && ch === ' ' && RECEIVER_STOP.test(rest.slice(end, end + 16))) break;
  }
  return trimPhrase(rest.slice(0, end));
}

interface Parties {
  what: string | null;
  sender: string | null;
  receiver: string | null;
}

/** The thing sent when the verb is followed straight by the receiver: "xây dựng báo cáo tổng kết gửi UBND tỉnh". */
function objectBefore(clause: string, verbAt: number): string | null {
  const segment = clause.slice(0, verbAt);
  const cut = Math.max(segment.lastIndexOf(','), segment.lastIndexOf(';'));
  const tail = segment.slice(cut + 1);
  const noun = REPORT_NOUN.exec(tail);
  return noun ? trimPhrase(tail.slice(noun.index)) : null;
}

/** "gửi UBND tỉnh (qua Công an tỉnh) báo cáo kết quả trước ...": the thing sent follows the receiver. */
function objectAfter(rest: string, receiver: string | null): string | null {
  if (!receiver) return null;
  const tail = rest.slice(rest.indexOf(receiver) + receiver.length);
  const noun = /^\s{1,3}(?:báo cáo|kết quả|kế hoạch|văn bản|danh sách|số liệu|hồ sơ)(?!\p{L})/u.exec(tail);
  if (!noun) return null;
  const stop = /\s(?:trước|chậm nhất|muộn nhất|trong|để|hạn|vào)(?!\p{L})|[,;.]/u.exec(tail.slice(noun[0].length));
  return trimPhrase(tail.slice(0, noun[0].length + (stop ? stop.index : 80)));
}

function readSend(clause: string, markerAt: number): { what: string | null; receiver: string | null } | null {
  SEND_VERB.lastIndex = 0;
  let chosen: RegExpExecArray | null = null;
  for (let match = SEND_VERB.exec(clause); match !== null; match = SEND_VERB.exec(clause)) {
    if (match.index < markerAt || chosen === null) chosen = match;
    if (match.index >= markerAt) break;
  }
  if (!chosen) return null;
  const verbEnd = chosen.index + chosen[0].length;
  const rest = clause.slice(verbEnd, verbEnd + 240);
  const direct = /^\s{1,3}(?:(?:về|đến|tới|cho)\s{1,3})?/u.exec(rest);
  const afterVerb = rest.slice(direct ? direct[0].length : 0);
  if (RECEIVER_START.test(afterVerb)) {
    const receiver = readReceiver(afterVerb);
    return { what: objectBefore(clause, chosen.index) ?? objectAfter(afterVerb, receiver), receiver };
  }
  // What is sent ends at the receiver or at the deadline phrase, whichever comes first.
  const untilMarker = markerAt > verbEnd ? markerAt - verbEnd : rest.length;
  const to = /\s(?:về|đến|tới|cho)\s{1,3}(?=\p{Lu}|cơ quan thường trực|thường trực)/u.exec(rest);
  if (!to) return { what: trimPhrase(rest.slice(0, untilMarker)), receiver: null };
  const what = trimPhrase(rest.slice(0, Math.min(to.index, untilMarker)));
  return { what, receiver: readReceiver(rest.slice(to.index + to[0].length)) };
}

/** "báo cáo UBND tỉnh trước ngày ...", "báo cáo kết quả về Công an tỉnh ...". */
function readReportTo(clause: string, markerAt: number): { what: string | null; receiver: string | null } | null {
  const head = clause.slice(0, markerAt);
  const report = /(?<!\p{L})[Bb]áo cáo(?!\p{L})(.{0,80}?)\s(?:(?:về|cho|đến|tới)\s{1,3})?(?=\p{Lu})/u.exec(head);
  if (!report) return null;
  const receiverAt = report.index + report[0].length;
  const what = trimPhrase(`${report[0].slice(0, 7)}${report[1] ?? ''}`.replace(/\s(?:về|cho|đến|tới)$/u, ''));
  return { what, receiver: readReceiver(clause.slice(receiverAt)) };
}

/** "... trước ngày 15/12 về Công an tỉnh": the receiver written after the date. */
function receiverAfterDate(clause: string, dateEnd: number): string | null {
  const to = /^\)?\s{0,3},?\s{0,3}(?:gửi\s{1,3})?(?:về|cho|đến|tới)\s{1,3}(?=\p{Lu})/u.exec(clause.slice(dateEnd));
  return to ? readReceiver(clause.slice(dateEnd + to[0].length)) : null;
}

function readParties(clause: string, markerAt: number, dateEnd: number): Parties {
  const { sender, verbAt } = readSender(clause, markerAt, dateEnd);
  const sent = readSend(clause, markerAt) ?? readReportTo(clause, markerAt);
  const predicate = verbAt >= 0 && verbAt < markerAt ? trimPhrase(clause.slice(verbAt, markerAt)) : null;
  const what = sent?.what ?? (predicate && predicate.length <= 160 ? predicate : null);
  return { what, sender, receiver: sent?.receiver ?? receiverAfterDate(clause, dateEnd) };
}

interface Clause {
  start: number;
  end: number;
}

/** The sentence around a deadline, bounded so flattened text without full stops stays readable. */
function clauseOf(doc: Doc, hit: DeadlineHit): Clause {
  let start = Math.max(sentenceStart(doc, hit.markerStart), hit.markerStart - 400);
  let end = Math.min(sentenceEnd(doc, hit.token.end), hit.token.end + 200);
  while (start < hit.markerStart && isSpace(doc.text[start])) start++;
  if (start > 0 && !isSpace(doc.text[start - 1]) && start === hit.markerStart - 400) {
    while (start < hit.markerStart && !isSpace(doc.text[start])) start++;
  }
  const label = LEADING_LABEL.exec(doc.text.slice(start, hit.markerStart));
  if (label) start += label[0].length;
  while (end > hit.token.end && /[\s./]/.test(doc.text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Deadlines in one sentence share it: each gets its own part ("... trước ngày 15/6 và báo cáo năm trước ngày 15/12"). */
function splitShared(hits: DeadlineHit[], clauses: Clause[], doc: Doc): void {
  for (let i = 1; i < hits.length; i++) {
    const previous = clauses[i - 1];
    const current = clauses[i];
    const previousHit = hits[i - 1];
    const hit = hits[i];
    if (!previous || !current || !previousHit || !hit || current.start !== previous.start) continue;
    if (hit.markerStart === previousHit.markerStart) continue; // "trước ngày 15/6 và 15/12": one phrase
    previous.end = closingParenthesis(doc, previous.start, previousHit.token.end);
    let start = previous.end;
    while (start < hit.markerStart && /[\s,;)]/.test(doc.text[start] ?? '')) start++;
    const joiner = /^(?:và|còn)\s{1,3}/u.exec(doc.text.slice(start, start + 6));
    if (joiner && start + joiner[0].length <= hit.markerStart) start += joiner[0].length;
    current.start = start;
  }
}

/** "(trước ngày 15/6)": keep the bracket that closes around the date. */
function closingParenthesis(doc: Doc, clauseStart: number, dateEnd: number): number {
  const close = /^\s{0,2}\)/.exec(doc.text.slice(dateEnd, dateEnd + 3));
  if (!close) return dateEnd;
  const inside = doc.text.slice(clauseStart, dateEnd);
  const open = inside.split('(').length - inside.split(')').length;
  return open > 0 ? dateEnd + close[0].length : dateEnd;
}

/** In a `|` table row the cell with the date rarely names the report: an earlier cell of the row may. */
function reportInRow(doc: Doc, clauseStart: number): string | null {
  const row = doc.text.slice(Math.max(0, clauseStart - 400), clauseStart);
  if (!row.includes('|')) return null;
  const cells = row
    .slice(row.lastIndexOf('\n') + 1)
    .split('|')
    .reverse();
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (/^(?:báo cáo|kết quả|kế hoạch|văn bản|danh sách|số liệu)(?!\p{L})/iu.test(trimmed)) return trimPhrase(trimmed);
  }
  return null;
}

/**
 * A sender or receiver named once in a sentence holds for the other deadlines in it. Only the
 * nearest few neighbours are asked, so a flattened document with no full stops stays linear.
 */
function shareParties(doc: Doc, hits: DeadlineHit[], parties: Parties[]): void {
  const sentences = hits.map((hit) => sentenceStart(doc, hit.markerStart));
  parties.forEach((own, i) => {
    for (let distance = 1; distance <= 3; distance++) {
      for (const j of [i - distance, i + distance]) {
        const other = parties[j];
        if (!other || sentences[j] !== sentences[i]) continue;
        own.sender ??= other.sender;
        own.receiver ??= other.receiver;
      }
    }
  });
}

function deadlineResults(doc: Doc, hits: DeadlineHit[]): ExtractedDate[] {
  const clauses = hits.map((hit) => clauseOf(doc, hit));
  splitShared(hits, clauses, doc);
  const texts = clauses.map((clause) => doc.text.slice(clause.start, clause.end));
  const parties = hits.map((hit, i) => {
    const start = clauses[i]?.start ?? 0;
    const found = readParties(texts[i] ?? '', hit.markerStart - start, hit.token.end - start);
    found.what ??= reportInRow(doc, start);
    return found;
  });
  shareParties(doc, hits, parties);
  return hits.map((hit, i) => {
    const clause = clauses[i] ?? { start: hit.markerStart, end: hit.token.end };
    const own = parties[i] ?? { what: null, sender: null, receiver: null };
    const result = blank('deadline', clause.start, clause.end, deadlineConfidence(hit, texts[i] ?? '', own));
    result.due = hit.due;
    result.what = own.what;
    result.sender = own.sender;
    result.receiver = own.receiver;
    return result;
  });
}

function deadlineConfidence(hit: DeadlineHit, clause: string, parties: Parties): number {
  let confidence = hit.token.year === null ? 0.75 : 0.85;
  if (parties.receiver) confidence += 0.05;
  if (hit.bareBefore && !FINISHING_VERB.test(clause) && !parties.receiver) confidence -= 0.25;
  return Math.max(0.3, Math.min(0.95, confidence));
}

// ---------------------------------------------------------------------------
// Commemorative days: "“Ngày toàn dân phòng, chống mua bán người 30/7”", "hưởng ứng ngày 30/7 hằng năm".

const DAY_WORD = /(?<!\p{L})ngày(?!\p{L})/giu;
const NOT_A_NAME = /^(?:ban hành|có hiệu lực|hiệu lực|hết hiệu lực|đăng|cập nhật|ký|công báo|làm việc)(?!\p{L})/iu;
const NAME_ENDING_IN_MARKER = /(?<!\p{L})(?:trước|từ|đến|tới|hết|vào|là|nhất|và|hoặc|ngày)\s{0,3}$/iu;
const CELEBRATION = /(?<!\p{L})(?:hưởng ứng|kỷ niệm|nhân dịp|nhân|dịp|chào mừng)\s{1,3}(?:ngày\s{1,3})?$/iu;
const EVERY_YEAR_AFTER = /^\s{0,3}(?:hằng|hàng)\s{1,3}năm(?!\p{L})/iu;
const NAME_AFTER = /^\s{0,3}[(\-–:,]?\s{0,3}[“"]?(Ngày\s{1,3}\p{L}[^”"()\n|.;]{2,100})/u;

function namedDayStart(window: string): { offset: number; capital: boolean } | null {
  DAY_WORD.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = DAY_WORD.exec(window); match !== null; match = DAY_WORD.exec(window)) last = match;
  if (!last) return null;
  const name = window.slice(last.index + last[0].length);
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || /[\p{N}:;|]/u.test(name) || NOT_A_NAME.test(name.trim())) return null;
  if (NAME_ENDING_IN_MARKER.test(name)) return null;
  return { offset: last.index, capital: last[0].startsWith('N') };
}

function yearlyDay(doc: Doc, token: TimeToken, previousEnd: number, planYear: number): ExtractedDate | null {
  if (token.grain !== 'day' || token.year !== null) return null;
  const windowStart = Math.max(previousEnd, sentenceStart(doc, token.start), token.start - 100);
  const window = doc.text.slice(windowStart, token.start);
  const following = after(doc, token.end, 120);
  const named = namedDayStart(window);
  const celebration = CELEBRATION.exec(window.slice(-30));
  const everyYear = EVERY_YEAR_AFTER.exec(following);
  const nameAfter = NAME_AFTER.exec(following);
  let start = token.start;
  let end = token.end;
  let confidence: number;
  if (named) {
    start = windowStart + named.offset;
    confidence = named.capital ? 0.9 : 0.7;
  } else if (celebration) {
    const dayAt = celebration[0].search(/ngày/iu);
    start = dayAt >= 0 ? token.start - celebration[0].length + dayAt : token.start;
    confidence = 0.8;
  } else if (nameAfter) {
    end = token.end + nameAfter[0].length;
    confidence = 0.8;
  } else if (everyYear) {
    confidence = 0.75;
  } else return null;
  if (everyYear && end === token.end) end = token.end + everyYear[0].length;
  const result = blank('yearly', start, end, confidence);
  const monthDay = `${String(token.fromMonth).padStart(2, '0')}-${String(token.fromDay).padStart(2, '0')}`;
  result.monthDay = monthDay;
  result.due = firstDay(token, planYear);
  return result;
}

// ---------------------------------------------------------------------------
// Reporting cycles: "định kỳ 06 tháng, 01 năm", "hằng quý, 6 tháng, năm và đột xuất", "sơ kết 6 tháng".

const CYCLE_ANCHOR = /(?<!\p{L})(định kỳ|hằng|hàng|mỗi|sơ kết|tổng kết|báo cáo)(?!\p{L})/giu;
const CYCLE_ITEM =
  /\s{0,3}(?:(?:sơ kết|tổng kết|báo cáo)\s{1,3})?(?:(hằng|hàng|mỗi)\s{1,3})?(?:(0?1|0?3|0?6|12|một|ba|sáu)\s{1,3})?(tháng|quý|năm|tuần)(\s{1,3}(?:đầu|cuối)\s{1,3}năm)?(?![\p{L}\p{N}])/iuy;
const AD_HOC_ITEM = /\s{0,3}(?:(?:báo cáo)\s{1,3})?đột xuất(?!\p{L})/iuy;
const CYCLE_SEPARATOR = /\s{0,3}(?:,|\/|(?:và|hoặc|hay)(?!\p{L}))/iuy;
/** A unit followed by a number or these words names one period, not a cycle: "năm 2024", "6 tháng qua". */
const SPECIFIC_AFTER =
  /^\s{0,3}(?:[/-]\s{0,2})?(?:\d|(?:I|II|III|IV)(?!\p{L}))|^\s{1,3}(?:qua|tới|tiếp theo|gần đây|trước|này|nay|đó|sau|học|đầu|cuối)(?!\p{L})/u;
const NUMBER_WORDS: Record<string, number> = { một: 1, ba: 3, sáu: 6 };
const MONTHS_TO_CYCLE: Record<number, Recurrence> = { 1: 'monthly', 3: 'quarterly', 6: 'half_yearly', 12: 'yearly' };

function cycleOf(count: string | undefined, unit: string): Recurrence | 'weekly' | null {
  const n = count === undefined ? null : (NUMBER_WORDS[count.toLowerCase()] ?? Number(count));
  switch (unit.toLowerCase()) {
    case 'tháng':
      return MONTHS_TO_CYCLE[n ?? 1] ?? null;
    case 'quý':
      return n === null || n === 1 ? 'quarterly' : null;
    case 'năm':
      return n === null || n === 1 ? 'yearly' : null;
    default:
      return n === null || n === 1 ? 'weekly' : null;
  }
}

interface CycleList {
  end: number;
  recurrence: Recurrence[];
  adHoc: boolean;
  items: number;
  firstEvery: boolean;
}

function readCycleItem(
  text: string,
  at: number,
): { end: number; cycle: Recurrence | 'weekly' | 'adHoc'; every: boolean } | null {
  AD_HOC_ITEM.lastIndex = at;
  const adHoc = AD_HOC_ITEM.exec(text);
  if (adHoc) return { end: at + adHoc[0].length, cycle: 'adHoc', every: false };
  CYCLE_ITEM.lastIndex = at;
  const item = CYCLE_ITEM.exec(text);
  if (!item) return null;
  const [, every, count, unit = '', half] = item;
  if (half !== undefined && !(unit.toLowerCase() === 'tháng' && count !== undefined)) return null;
  const end = at + item[0].length;
  if (SPECIFIC_AFTER.test(text.slice(end, end + 8))) return null;
  const cycle = cycleOf(count, unit);
  return cycle ? { end, cycle, every: every !== undefined } : null;
}

function readCycleList(text: string, at: number): CycleList | null {
  const list: CycleList = { end: at, recurrence: [], adHoc: false, items: 0, firstEvery: false };
  let cursor = at;
  for (let guard = 0; guard < 12; guard++) {
    const item = readCycleItem(text, cursor);
    if (!item) break;
    if (list.items === 0) list.firstEvery = item.every;
    list.items++;
    if (item.cycle === 'adHoc') list.adHoc = true;
    else if (item.cycle !== 'weekly' && !list.recurrence.includes(item.cycle)) list.recurrence.push(item.cycle);
    list.end = item.end;
    CYCLE_SEPARATOR.lastIndex = item.end;
    const separator = CYCLE_SEPARATOR.exec(text);
    if (!separator) break;
    cursor = item.end + separator[0].length;
  }
  return list.recurrence.length > 0 ? list : null;
}

const DOING_VERB =
  /(?<!\p{L})(?:báo cáo|tổ chức|sơ kết|tổng kết|xây dựng|ban hành|kiểm tra|đánh giá|tập huấn|triển khai|rà soát|cập nhật|giao ban|họp|hội nghị|thống kê|gửi)(?!\p{L})/iu;
const TARGET_WORDS = /%|tỷ lệ|chỉ tiêu|phấn đấu|số vụ|số đối tượng/iu;

/** A lone "hằng năm" is a cycle when it opens the clause or qualifies something done, not a target figure. */
function isEveryYearCycle(doc: Doc, start: number, end: number): boolean {
  const lead = before(doc, start, 80).text;
  if (TARGET_WORDS.test(lead)) return false;
  if (lead.replace(LEADING_LABEL, '').trim() === '') return true;
  if (/^\s{0,2},/.test(doc.text.slice(end, end + 3))) return true;
  return DOING_VERB.test(lead) || DOING_VERB.test(after(doc, end, 40));
}

function cycleConfidence(anchor: string, list: CycleList): number {
  if (anchor === 'định kỳ') return 0.9;
  if (anchor === 'báo cáo') return list.firstEvery || list.items > 1 ? 0.85 : 0.75;
  if (anchor === 'sơ kết' || anchor === 'tổng kết') return 0.8;
  if (list.items > 1) return 0.9;
  return list.recurrence[0] === 'yearly' ? 0.7 : 0.85;
}

function recurringResults(doc: Doc, blocked: Array<{ start: number; end: number }>): ExtractedDate[] {
  const results: ExtractedDate[] = [];
  const text = doc.text;
  CYCLE_ANCHOR.lastIndex = 0;
  for (let anchor = CYCLE_ANCHOR.exec(text); anchor !== null; anchor = CYCLE_ANCHOR.exec(text)) {
    const at = anchor.index;
    if (blocked.some((span) => at >= span.start && at < span.end)) continue;
    const word = (anchor[1] ?? '').toLowerCase();
    const list = readCycleList(text, word === 'định kỳ' ? at + anchor[0].length : at);
    if (!list) continue;
    const loneEveryYear = word !== 'định kỳ' && list.items === 1 && list.firstEvery && list.recurrence[0] === 'yearly';
    if (loneEveryYear && !isEveryYearCycle(doc, at, list.end)) continue;
    const result = blank('recurring', at, list.end, cycleConfidence(word, list));
    result.recurrence = list.recurrence;
    result.adHoc = list.adHoc;
    results.push(result);
    CYCLE_ANCHOR.lastIndex = list.end;
  }
  return results;
}

// ---------------------------------------------------------------------------
// Putting it together.

function classifyTokens(doc: Doc, tokens: TimeToken[], context: DateContext): ExtractedDate[] {
  const { planYear } = context;
  const results: ExtractedDate[] = [];
  const hits: DeadlineHit[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const pair = pairedRange(doc, tokens, i, planYear);
    if (pair) {
      results.push(pair);
      previousEnd = tokens[i + 1]?.end ?? token.end;
      i++;
      continue;
    }
    const hit = deadlineHit(doc, token, planYear) ?? chainedDeadline(doc, token, hits, planYear);
    if (hit) hits.push(hit);
    else {
      const found =
        daySpan(doc, token, planYear) ??
        fromNowRange(doc, token, context) ??
        singlePeriod(doc, token, planYear) ??
        withinRange(doc, token, planYear) ??
        yearlyDay(doc, token, previousEnd, planYear);
      if (found) results.push(found);
    }
    previousEnd = token.end;
  }
  return [...results, ...deadlineResults(doc, hits)];
}

export function extractDates(input: string, context: DateContext): ExtractedDate[] {
  const source = composed(input);
  const doc = makeDoc(source.text);
  const tokens = scanTokens(source.text, context.planYear).filter((token) => !isCitedOrIssueDate(source.text, token));
  const dated = classifyTokens(doc, tokens, context);
  const yearly = dated.filter((result) => result.kind === 'yearly');
  const all = [...dated, ...recurringResults(doc, yearly)];
  for (const result of all) {
    result.start = source.toInput(result.start);
    result.end = source.toInput(result.end);
    result.text = input.slice(result.start, result.end);
  }
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function findDateMentions(input: string, defaultYear: number): DateMention[] {
  const source = composed(input);
  const mentions: DateMention[] = [];
  for (const token of scanTokens(source.text, defaultYear)) {
    if (token.grain !== 'day') continue;
    const iso = firstDay(token, token.year ?? defaultYear);
    if (!iso) continue;
    const start = source.toInput(token.start);
    const end = source.toInput(token.end);
    mentions.push({ iso, start, end, yearGiven: token.year !== null, text: input.slice(start, end) });
  }
  return mentions;
}
