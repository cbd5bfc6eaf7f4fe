/**
 * Working-day arithmetic for deadlines written as "trong 05 ngày làm việc", over a
 * calendar of days off: Saturdays and Sundays, the holidays of holidays.ts, and the
 * officer's edits of the government's yearly schedule (longer Tết, swapped days,
 * make-up working Saturdays).
 *
 * Dates are ISO `YYYY-MM-DD`; arithmetic is on integer day numbers, never Date.
 */

import { daysInMonth, formatDisplayDate } from './dates';
import { invalidInput } from './errors';
import { computeHolidays, type Holiday, type HolidayOptions } from './holidays';
import { isoFromJd, jdFromYmd, weekdayOfJd } from './lunar';

export interface WorkCalendar {
  /** Days not worked although they may be Monday–Friday: holidays, nghỉ bù, swapped days. */
  daysOff: ReadonlySet<string>;
  /** Weekend days the government made working days (ngày làm bù). They win over daysOff. */
  makeUpWorkdays: ReadonlySet<string>;
  /** Names of days off, for messages (optional: a bare set of dates works too). */
  names?: ReadonlyMap<string, string>;
}

/** How the officer may change one day: an extra day off, a computed one worked after all, a make-up Saturday. */
export const HOLIDAY_CHANGES = ['day_off', 'not_day_off', 'make_up_workday'] as const;
export type HolidayChange = (typeof HOLIDAY_CHANGES)[number];

/** The officer's changes to the computed days off, for the years of a calendar. */
export interface CalendarEdits {
  /** Extra days off (the government's longer Tết block, a swapped day …). */
  added?: readonly Holiday[];
  /** Computed days off that are working days after all (ISO dates). */
  removed?: readonly string[];
  /** Weekend days that are working days (ISO dates). */
  makeUp?: readonly string[];
}

export interface DeadlineWarning {
  message: string;
  /** The working day before the deadline. */
  suggested: string;
}

/** More consecutive days off than this means the calendar is broken, not that a long holiday lies ahead. */
const MAX_DAYS_OFF_IN_A_ROW = 366;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------
// Building a calendar

/** The computed holidays of `years` with the officer's edits applied, sorted by date. */
export function holidaysFor(
  years: readonly number[],
  edits: CalendarEdits = {},
  options: HolidayOptions = {},
): Holiday[] {
  const removed = new Set(edits.removed ?? []);
  const added = edits.added ?? [];
  const addedDates = new Set(added.map((holiday) => holiday.date));
  const computed = [...new Set(years)].flatMap((year) => computeHolidays(year, options));
  // An added day replaces a computed one on the same date: the officer's name wins.
  const kept = computed.filter((holiday) => !removed.has(holiday.date) && !addedDates.has(holiday.date));
  return [...kept, ...added.filter((holiday) => !removed.has(holiday.date))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** The working calendar of `years`: computed holidays, then the officer's edits. */
export function workCalendarFor(
  years: readonly number[],
  edits: CalendarEdits = {},
  options: HolidayOptions = {},
): WorkCalendar {
  const holidays = holidaysFor(years, edits, options);
  const names = new Map<string, string>();
  for (const holiday of holidays) {
    const existing = names.get(holiday.date);
    names.set(holiday.date, existing ? `${existing}; ${holiday.name}` : holiday.name);
  }
  return { daysOff: new Set(names.keys()), makeUpWorkdays: new Set(edits.makeUp ?? []), names };
}

// ---------------------------------------------------------------------------
// Queries

export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  return isWorkingJd(parseDay(iso), calendar);
}

/**
 * The date `n` working days after `iso` (n > 0: "trong n ngày làm việc", the day
 * itself not counted) or |n| working days before it (n < 0). n = 0 gives the day
 * itself when it is a working day, otherwise the next working day: the answer is
 * always a working day.
 */
export function addWorkingDays(iso: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n)) throw invalidInput(`Số ngày làm việc phải là số nguyên (nhận được ${n}).`);
  let jd = parseDay(iso);
  if (n === 0) return isoOf(scanToWorkingDay(jd, 1, calendar));
  const step = n > 0 ? 1 : -1;
  for (let remaining = Math.abs(n); remaining > 0; remaining -= 1) {
    jd = scanToWorkingDay(jd + step, step, calendar);
  }
  return isoOf(jd);
}

/** The working day on or before `iso`. */
export function previousWorkingDay(iso: string, calendar: WorkCalendar): string {
  return isoFromJd(scanToWorkingDay(parseDay(iso), -1, calendar));
}

/** The working day on or after `iso`. */
export function nextWorkingDay(iso: string, calendar: WorkCalendar): string {
  return isoFromJd(scanToWorkingDay(parseDay(iso), 1, calendar));
}

/**
 * A warning when a deadline falls on a day off, proposing the working day before it
 * (a report due on a holiday has to be in before the office closes), or null.
 */
export function deadlineWarning(iso: string, calendar: WorkCalendar): DeadlineWarning | null {
  const jd = parseDay(iso);
  if (isWorkingJd(jd, calendar)) return null;
  const suggested = isoFromJd(scanToWorkingDay(jd, -1, calendar));
  const reason = calendar.names?.get(iso) ?? weekendName(jd);
  const because = reason ? ` (${reason})` : '';
  return {
    message:
      `Hạn ${formatDisplayDate(iso)} rơi vào ngày nghỉ${because}. ` +
      `Đề xuất: ${formatDisplayDate(suggested)} (ngày làm việc liền trước).`,
    suggested,
  };
}

// ---------------------------------------------------------------------------

function isWorkingJd(jd: number, calendar: WorkCalendar): boolean {
  const weekday = weekdayOfJd(jd);
  if (weekday === 0 || weekday === 6) return calendar.makeUpWorkdays.size > 0 && calendar.makeUpWorkdays.has(isoOf(jd));
  const iso = isoOf(jd);
  return !calendar.daysOff.has(iso) || calendar.makeUpWorkdays.has(iso);
}

/**
 * ISO strings of day numbers, made once and reused: the same string object keeps its
 * hash, so the Set lookups of a scan cost almost nothing. Pure memoisation.
 */
const isoMemo: string[] = [];
const MEMO_FIRST_JD = jdFromYmd(1900, 1, 1);
const MEMO_LAST_JD = jdFromYmd(2101, 12, 31);

function isoOf(jd: number): string {
  if (jd < MEMO_FIRST_JD || jd > MEMO_LAST_JD) return isoFromJd(jd);
  const index = jd - MEMO_FIRST_JD;
  return (isoMemo[index] ??= isoFromJd(jd));
}

/** From day `jd` in direction `step` (±1), the first working day, `jd` included. */
function scanToWorkingDay(jd: number, step: 1 | -1, calendar: WorkCalendar): number {
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i += 1) {
    if (isWorkingJd(jd + i * step, calendar)) return jd + i * step;
  }
  throw invalidInput('Lịch làm việc không có ngày làm việc nào trong một năm liền: hãy kiểm tra lại các ngày nghỉ.');
}

function weekendName(jd: number): string | null {
  const weekday = weekdayOfJd(jd);
  if (weekday === 6) return 'thứ Bảy';
  if (weekday === 0) return 'Chủ nhật';
  return null;
}

/**
 * `YYYY-MM-DD` → day number. Any real Gregorian date, not only 1900–2100: adding
 * working days to late December 2100 must still give an answer.
 */
function parseDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidInput(`Ngày "${iso}" không hợp lệ: cần dạng YYYY-MM-DD.`);
  }
  return jdFromYmd(year, month, day);
}
