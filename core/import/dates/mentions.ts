import { daysInMonth, isValidDate, toIsoDate } from '../../dates';

// Tokens: every time expression, before deciding what it means.

type Grain = 'day' | 'month' | 'quarter' | 'half';

export interface TimeToken {
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

export function scanTokens(text: string, fallbackYear: number): TimeToken[] {
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

export function firstDay(token: TimeToken, year: number): string | null {
  return isValidDate(year, token.fromMonth, token.fromDay) ? toIsoDate(year, token.fromMonth, token.fromDay) : null;
}

export function lastDay(token: TimeToken, year: number): string | null {
  if (!isValidDate(year, token.toMonth, 1)) return null;
  const day = token.toDay ?? daysInMonth(year, token.toMonth);
  return isValidDate(year, token.toMonth, day) ? toIsoDate(year, token.toMonth, day) : null;
}

/** The day before a span starts: "trước tháng 6/2025" is due 31/5/2025. */
export function dayBefore(token: TimeToken, year: number): string | null {
  if (token.fromMonth > 1) {
    const month = token.fromMonth - 1;
    return isValidDate(year, month, 1) ? toIsoDate(year, month, daysInMonth(year, month)) : null;
  }
  return isValidDate(year - 1, 12, 31) ? toIsoDate(year - 1, 12, 31) : null;
}
