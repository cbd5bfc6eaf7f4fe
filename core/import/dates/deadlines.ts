import { dayBefore, firstDay, lastDay, type TimeToken } from './mentions';
import { LEADING_LABEL, readParties, trimPhrase, type Parties } from './parties';
import { spanResult } from './periods';
import { blank, type ExtractedDate } from './result';
import { before, isSpace, sentenceEnd, sentenceStart, type Doc } from './sentences';

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

export interface DeadlineHit {
  markerStart: number;
  token: TimeToken;
  due: string;
  bareBefore: boolean;
}

export function deadlineHit(doc: Doc, token: TimeToken, planYear: number): DeadlineHit | null {
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
export function chainedDeadline(doc: Doc, token: TimeToken, hits: DeadlineHit[], planYear: number): DeadlineHit | null {
  const previous = hits[hits.length - 1];
  if (!previous || token.start - previous.token.end > 12 || token.grain !== previous.token.grain) return null;
  if (!DATE_JOINER.test(doc.text.slice(previous.token.end, token.start))) return null;
  const due = token.grain === 'day' ? firstDay(token, token.year ?? planYear) : lastDay(token, token.year ?? planYear);
  return due ? { markerStart: previous.markerStart, token, due, bareBefore: previous.bareBefore } : null;
}

/** "trong quý III/2025" with nothing to finish: the activity happens within that span. */
export function withinRange(doc: Doc, token: TimeToken, planYear: number): ExtractedDate | null {
  if (token.grain === 'day') return null;
  const lead = before(doc, token.start, 40);
  const within = WITHIN_MARK.exec(lead.text);
  if (!within) return null;
  const year = token.year ?? planYear;
  return spanResult(doc, lead.start + within.index, token.end, firstDay(token, year), lastDay(token, year), 0.6);
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

export function deadlineResults(doc: Doc, hits: DeadlineHit[]): ExtractedDate[] {
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
