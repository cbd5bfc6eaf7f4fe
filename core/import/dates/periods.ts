import { isIsoDate, isValidDate, toIsoDate } from '../../dates';
import { firstDay, lastDay, type TimeToken } from './mentions';
import { blank, type DateContext, type DateKind, type ExtractedDate } from './result';
import { before, type Doc } from './sentences';

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

export function spanResult(
  doc: Doc,
  start: number,
  end: number,
  from: string | null,
  to: string | null,
  confidence: number,
) {
  const kind = periodOrRange(doc, start);
  const result = blank(kind, start, end, confidence);
  result.from = from;
  result.to = to;
  return result;
}

export function pairedRange(doc: Doc, tokens: TimeToken[], index: number, planYear: number): ExtractedDate | null {
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
export function daySpan(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
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
export function fromNowRange(doc: Doc, token: TimeToken, context: DateContext): ExtractedDate | null {
  const lead = before(doc, token.start, 40);
  if (!/nay/iu.test(lead.text)) return null; // cheap pre-check: most tokens have no "từ nay"
  const mark = FROM_NOW_TO.exec(lead.text);
  if (!mark) return null;
  const to = lastDay(token, token.year ?? context.planYear);
  const from = context.issuedOn && isIsoDate(context.issuedOn) ? context.issuedOn : null;
  return spanResult(doc, lead.start + mark.index, token.end, from, to, 0.65);
}

/** "số liệu tính đến ngày 15/6/2025", "số liệu tính từ ngày 01/01/2025", "số liệu quý II/2025". */
export function singlePeriod(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
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
