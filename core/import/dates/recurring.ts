import type { Recurrence } from '../../plan';
import { firstDay, type TimeToken } from './mentions';
import { LEADING_LABEL } from './parties';
import { blank, type ExtractedDate } from './result';
import { after, before, sentenceStart, type Doc } from './sentences';

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

export function yearlyDay(doc: Doc, token: TimeToken, previousEnd: number, planYear: number): ExtractedDate | null {
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

export function recurringResults(doc: Doc, blocked: Array<{ start: number; end: number }>): ExtractedDate[] {
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
