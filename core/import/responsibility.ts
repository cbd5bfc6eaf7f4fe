/**
 * Who does a task, as plans write it (domain.md, "Who does a task"):
 *   (X chủ trì, phối hợp Y, Z thực hiện) · (X chủ trì thực hiện) · (Các bộ, ngành, địa phương thực hiện)
 *   (X, Y, Z và các bộ, ngành, địa phương thực hiện) — joint, no single lead
 *   X chủ trì, phối hợp với Y, Z … tổ chức … (inline) · Giao X … · X phối hợp với Y … (X leads)
 */
import { foldInPlace } from '../vietnamese';
import { AgencyMatcher, guessAgencyKind } from './agencyMatcher';
import type { AgencyMention, Responsibility, Span } from './types';

export const NO_RESPONSIBILITY: Responsibility = {
  lead: [],
  coordinating: [],
  allMembers: false,
  joint: false,
  span: null,
};

/**
 * "các bộ, ngành, địa phương", "các sở, ban, ngành, đoàn thể", "các cơ quan, đơn vị, địa phương",
 * "UBND các huyện, thị xã, thành phố": every member, not an agency. Matched on folded text.
 */
const GROUP = new RegExp(
  [
    String.raw`\bcac\s+(?:bo|so|ban|nganh|co quan|don vi|dia phuong|to chuc|doan the|thanh vien|luc luong|hoi)\b(?:\s*(?:,|va|\s)\s*(?:cac\s+)?(?:bo|so|ban|nganh|co quan|don vi|dia phuong|to chuc|doan the|hoi|doan|ubnd|uy ban nhan dan|luc luong|co lien quan|chuc nang|thanh vien|cac cap|huyen|thi xa|thanh pho|xa|phuong|thi tran)\b)*`,
    String.raw`\b(?:ubnd|uy ban nhan dan)\s+cac\s+(?:huyen|xa|phuong|quan|thi xa|thanh pho|cap)\b(?:\s*(?:,|va)?\s*(?:huyen|thi xa|thanh pho|xa|phuong|thi tran|quan)\b)*`,
    String.raw`\bcac\s+dia phuong\b`,
  ].join('|'),
  'g',
);

const VERB_TAIL = /\s*(?:cung\s+)?(?:thuc hien|trien khai|tham muu|to chuc|theo doi|huong dan|chi dao|phoi hop)\b.*$/;

interface Part {
  text: string;
  start: number;
}

function part(text: string, start: number, end: number): Part {
  return { text: text.slice(start, end), start };
}

/** Splits a list of implementers on commas, semicolons and "và", keeping offsets. */
function listItems(list: Part): Part[] {
  const items: Part[] = [];
  const folded = foldInPlace(list.text);
  const separator = /\s*(?:,|;|\bva\b|\bcung voi\b)\s*/g;
  let from = 0;
  for (let match = separator.exec(folded); match; match = separator.exec(folded)) {
    if (match.index > from) items.push(part(list.text, from, match.index));
    from = match.index + match[0].length;
    if (match[0].length === 0) separator.lastIndex++;
  }
  if (from < list.text.length) items.push(part(list.text, from, list.text.length));
  return items
    .map((item) => {
      const lead = item.text.length - item.text.trimStart().length;
      return { text: item.text.trim(), start: list.start + item.start + lead };
    })
    .filter((item) => item.text.length > 0);
}

/** A list item no directory entry matched: proposed as a new agency when it reads like one. */
function unknownMention(item: Part): AgencyMention | null {
  const kind = guessAgencyKind(item.text);
  if (!kind || item.text.split(/\s+/).length > 12) return null;
  const name = item.text.replace(/[.:;,]+$/, '').trim();
  return {
    text: name,
    span: { start: item.start, end: item.start + name.length },
    agencyId: null,
    name,
    confidence: 0.5,
    proposedKind: kind,
  };
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * Reads a list of implementers: the directory's agencies first (their names may
 * hold "và", as in "Bộ Giáo dục và Đào tạo"), then what is left, split on commas
 * and "và", for agencies the directory does not know; plus whether "all members"
 * is named among them.
 */
function readList(
  matcher: AgencyMatcher,
  list: Part,
  strict = false,
): { agencies: AgencyMention[]; allMembers: boolean; leftover: number } {
  const folded = foldInPlace(list.text);
  let allMembers = false;
  let rest = list.text;
  GROUP.lastIndex = 0;
  for (let match = GROUP.exec(folded); match; match = GROUP.exec(folded)) {
    allMembers = true;
    rest = blank(rest, match.index, match.index + match[0].length);
  }
  const agencies: AgencyMention[] = [];
  for (const match of matcher.findAll(rest, strict)) {
    agencies.push({
      text: rest.slice(match.start, match.end),
      span: { start: list.start + match.start, end: list.start + match.end },
      agencyId: match.entry.id,
      name: match.entry.name,
      confidence: match.confidence,
    });
    rest = blank(rest, match.start, match.end);
  }
  let leftover = 0;
  for (const item of listItems({ text: rest, start: list.start })) {
    const found = unknownMention(item);
    if (found) agencies.push(found);
    else leftover += item.text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length;
  }
  agencies.sort((a, b) => a.span.start - b.span.start);
  return { agencies, allMembers, leftover };
}

/** Cuts the verb phrase off the end of a list: "Sở Y tế thực hiện" → "Sở Y tế". */
function withoutVerbTail(list: Part): Part {
  const folded = foldInPlace(list.text);
  const match = VERB_TAIL.exec(folded);
  return match ? { text: list.text.slice(0, match.index), start: list.start } : list;
}

/** Parses the inside of a responsibility clause. */
export function readClause(matcher: AgencyMatcher, clause: Part): Responsibility {
  const folded = foldInPlace(clause.text);
  const lead = /\bchu tri\b/.exec(folded);
  const help = /\bphoi hop(?:\s+chat che)?(?:\s+voi)?\b/.exec(folded);
  const span: Span = { start: clause.start, end: clause.start + clause.text.length };

  if (lead) {
    const leadList = readList(matcher, part(clause.text, 0, lead.index));
    // Inline, the lead is the agency just before "chủ trì", not everything said before it.
    const leaders = leadList.agencies.length > 0 ? [leadList.agencies.at(-1)!] : [];
    let coordinating: AgencyMention[] = [];
    let allMembers = false;
    if (help && help.index > lead.index) {
      const helpers = readList(
        matcher,
        withoutVerbTail(part(clause.text, help.index + help[0].length, clause.text.length)),
      );
      coordinating = helpers.agencies.map((agency) => ({ ...agency, span: shift(agency.span, clause.start) }));
      allMembers = helpers.allMembers;
    }
    return {
      lead: leaders.map((agency) => ({ ...agency, span: shift(agency.span, clause.start) })),
      coordinating,
      allMembers: allMembers || (leaders.length === 0 && leadList.allMembers),
      joint: false,
      span,
    };
  }
  if (help) {
    // "X phối hợp với Y …": X answers for it, Y helps.
    const leaders = readList(matcher, part(clause.text, 0, help.index));
    const helpers = readList(
      matcher,
      withoutVerbTail(part(clause.text, help.index + help[0].length, clause.text.length)),
    );
    return {
      lead: leaders.agencies.map((agency) => ({ ...agency, span: shift(agency.span, clause.start) })),
      coordinating: helpers.agencies.map((agency) => ({ ...agency, span: shift(agency.span, clause.start) })),
      allMembers: leaders.allMembers || helpers.allMembers,
      joint: false,
      span,
    };
  }
  const implementers = readList(matcher, withoutVerbTail(part(clause.text, 0, clause.text.length)));
  return {
    lead: implementers.agencies.map((agency) => ({ ...agency, span: shift(agency.span, clause.start) })),
    coordinating: [],
    allMembers: implementers.allMembers,
    joint: implementers.agencies.length > 1,
    span,
  };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/**
 * A parenthesised clause that says who implements: it names a role, or ends with
 * "thực hiện". "(Phòng Tham mưu)" or "(qua Công an tỉnh)" name a unit, not a role.
 */
const CLAUSE_WORDS = /\b(?:chu tri|phoi hop)\b|\bthuc hien\s*[.;]?\s*$/;

export interface ClauseHit {
  /** The whole "( … )" in the text. */
  outer: Span;
  responsibility: Responsibility;
}

/** Every responsibility clause in parentheses, in order. */
export function findClauses(matcher: AgencyMatcher, text: string, offset: number): ClauseHit[] {
  const hits: ClauseHit[] = [];
  const paren = /\(([^()]{3,800})\)/g;
  for (let match = paren.exec(text); match; match = paren.exec(text)) {
    const inner = match[1]!;
    const folded = foldInPlace(inner);
    if (!CLAUSE_WORDS.test(folded)) continue;
    const responsibility = readClause(matcher, { text: inner, start: offset + match.index + 1 });
    const namesSomeone =
      responsibility.lead.length + responsibility.coordinating.length > 0 || responsibility.allMembers;
    if (!namesSomeone) continue;
    hits.push({ outer: { start: offset + match.index, end: offset + match.index + match[0].length }, responsibility });
  }
  return hits;
}

/**
 * Responsibility written in the sentence itself: "Sở Tư pháp chủ trì, phối hợp với …",
 * "Giao Công an tỉnh …", "Đề nghị các sở, ngành …", "Lực lượng X phối hợp với Y …",
 * or a sentence whose subject is "Các sở, ban, ngành …".
 */
export function readInline(matcher: AgencyMatcher, text: string, offset: number): Responsibility | null {
  // Words in parentheses explain ("(Cơ quan thường trực Ban Chỉ đạo 138 tỉnh)"); they neither end a subject nor name a role.
  const folded = foldInPlace(text).replace(/\([^()]*\)/g, (inner) => ' '.repeat(inner.length));
  // "Giao X …", "Đề nghị X …", also after an opening phrase: "Căn cứ kế hoạch này, đề nghị X …".
  const giao = /^\s*(?:[^,.;]{0,60},\s*)?(?:giao|de nghi|yeu cau)\s+/.exec(folded);
  const subjectEnd = firstVerb(folded, giao ? giao[0].length : 0);
  const roleAt = /\b(?:chu tri|phoi hop)\b/.exec(folded);
  if (roleAt && roleAt.index < 200) {
    // Clause = from the start to the end of the implementer list after the role words.
    const end = endOfList(folded, roleAt.index);
    const responsibility = readClause(matcher, {
      text: text.slice(giao ? giao[0].length : 0, end),
      start: offset + (giao ? giao[0].length : 0),
    });
    if (responsibility.lead.length + responsibility.coordinating.length > 0) return responsibility;
  }
  if (subjectEnd > 0) {
    const from = giao ? giao[0].length : 0;
    // "Giao Công an tỉnh (Cơ quan thường trực …) theo dõi": the parenthesis explains, it does not add an agency.
    const bare = text.slice(from, subjectEnd).replace(/\([^()]*\)/g, (inner) => ' '.repeat(inner.length));
    const subject = readList(matcher, { text: bare, start: offset + from }, true);
    // The subject must be agencies and nothing else ("Dự báo tình hình …" names no one).
    if ((subject.agencies.length > 0 || subject.allMembers) && subject.leftover <= 2) {
      return {
        lead: giao ? subject.agencies.slice(0, 1) : subject.agencies,
        coordinating: [],
        allMembers: subject.allMembers,
        joint: subject.agencies.length > 1,
        span: { start: offset, end: offset + subjectEnd },
      };
    }
  }
  return null;
}

/** Verbs that end the subject of a task sentence. */
const SUBJECT_VERB =
  /\s(?:tiep tuc|to chuc|trien khai|thuc hien|xay dung|chu dong|tang cuong|day manh|tham muu|lam|huong dan|chi dao|tong hop|theo doi|kiem tra|phoi hop|nghien cuu|ra soat|can cu|bao cao|gui|co trach nhiem|duy tri|quan ly|tuyen truyen|dam bao|nang cao)\b/;

function firstVerb(folded: string, from: number): number {
  const match = SUBJECT_VERB.exec(folded.slice(from, from + 250));
  return match ? from + match.index : -1;
}

/** Where a list of implementers after "phối hợp (với)" ends: at the first word that is not part of a name list. */
function endOfList(folded: string, roleIndex: number): number {
  const after = folded.slice(roleIndex);
  const stop =
    /\s(?:to chuc|trien khai|thuc hien|xay dung|nghien cuu|tham muu|theo doi|huong dan|kiem tra|tuyen truyen|de|nham|trong|tai)\b|[.;:]/.exec(
      after.slice(12),
    );
  return stop ? roleIndex + 12 + stop.index : folded.length;
}
