import { isSpace } from './sentences';

// Deadlines: who sends what to whom.

/** A list label or bullet at the start of a clause: "a)", "đ)", "2.1.", "(3)", "-", "+". */
export const LEADING_LABEL =
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

export function trimPhrase(phrase: string): string | null {
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

export interface Parties {
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

export function readParties(clause: string, markerAt: number, dateEnd: number): Parties {
  const { sender, verbAt } = readSender(clause, markerAt, dateEnd);
  const sent = readSend(clause, markerAt) ?? readReportTo(clause, markerAt);
  const predicate = verbAt >= 0 && verbAt < markerAt ? trimPhrase(clause.slice(verbAt, markerAt)) : null;
  const what = sent?.what ?? (predicate && predicate.length <= 160 ? predicate : null);
  return { what, sender, receiver: sent?.receiver ?? receiverAfterDate(clause, dateEnd) };
}
