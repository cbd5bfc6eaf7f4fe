/**
 * Vietnamese public holidays: the days off with pay of Bộ luật Lao động 2019
 * (Labour Code 45/2019/QH14), Điều 112, computed for a year.
 *
 *   a) Tết Dương lịch: 1 day (1/1);
 *   b) Tết Âm lịch: 5 days — the Prime Minister fixes which each year; the default
 *      here is the last day of the lunar year (29 or 30 tháng Chạp) to mùng 4;
 *   c) Ngày Chiến thắng: 1 day (30/4);
 *   d) Ngày Quốc tế lao động: 1 day (1/5);
 *   đ) Quốc khánh: 2 days (2/9 and one day next to it, 1/9 or 3/9 — the Prime
 *      Minister picks: 1/9 in 2022, 2023 and 2025 (Thông báo 6150/TB-BLĐTBXH for
 *      2025), 3/9 in 2021 and 2024). The default here is 1/9; pass
 *      `{ nationalDayAdjacent: 'after' }` for 3/9;
 *   e) Giỗ Tổ Hùng Vương: 1 day (10/3 âm lịch).
 * Điều 111(3): a weekly rest day (Saturday, Sunday for civil servants) that falls on
 * one of these holidays is made up on the next working day — the 'day_off' entries
 * ("nghỉ bù").
 *
 * These are computed defaults. The government's yearly schedule for civil servants
 * (longer Tết blocks, swapped days, make-up working Saturdays) is entered by the
 * officer as edits (see workdays.ts). The set is the 2019 Code's for every year,
 * including years before it took effect (2021): the app plans forward.
 */

import { invalidInput } from './errors';
import { isoFromJd, jdFromIso, jdFromYmd, lunarToSolar, weekdayOfJd } from './lunar';

export interface Holiday {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Vietnamese name, as shown on the calendar. */
  name: string;
  /** True when the date follows the lunar calendar (Tết, Giỗ Tổ, and their nghỉ bù). */
  lunar: boolean;
  /** 'holiday': a day the Code names; 'day_off': a compensatory day (nghỉ bù). */
  kind: 'holiday' | 'day_off';
}

export interface HolidayOptions {
  /** The second day of Quốc khánh: 'before' = 1/9 (default), 'after' = 3/9. */
  nationalDayAdjacent?: 'before' | 'after';
}

/** A holiday before its compensatory day is known, with the group its nghỉ bù is named after. */
interface Observance {
  jd: number;
  name: string;
  group: string;
  lunar: boolean;
}

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const;

const cache = new Map<string, readonly Holiday[]>();

/** Holidays and compensatory days off of `year` (1900–2100), sorted by date. */
export function computeHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw invalidInput(`Năm ${year} không hợp lệ: lịch nghỉ lễ tính được cho các năm 1900–2100.`);
  }
  const adjacent = options.nationalDayAdjacent ?? 'before';
  const key = `${year}:${adjacent}`;
  let holidays = cache.get(key);
  if (!holidays) {
    holidays = Object.freeze(build(year, adjacent).map((holiday) => Object.freeze(holiday)));
    cache.set(key, holidays);
  }
  // Callers may edit what they get; the cached list stays as computed.
  return holidays.map((holiday) => ({ ...holiday }));
}

function build(year: number, adjacent: 'before' | 'after'): Holiday[] {
  const observances = [...solarObservances(year, adjacent), ...tetObservances(year), hungKingsObservance(year)].sort(
    (a, b) => a.jd - b.jd,
  );
  const holidays: Holiday[] = observances.map(({ jd, name, lunar }) => ({
    date: isoFromJd(jd),
    name,
    lunar,
    kind: 'holiday',
  }));
  return [...holidays, ...compensatoryDays(observances)].sort((a, b) => a.date.localeCompare(b.date));
}

function solarObservances(year: number, adjacent: 'before' | 'after'): Observance[] {
  const solar = (month: number, day: number, name: string, group: string): Observance => ({
    jd: jdFromYmd(year, month, day),
    name,
    group,
    lunar: false,
  });
  const adjacentDay = adjacent === 'before' ? 1 : 3;
  return [
    solar(1, 1, 'Tết Dương lịch', 'Tết Dương lịch'),
    solar(4, 30, 'Ngày Chiến thắng 30/4', 'Ngày Chiến thắng 30/4'),
    solar(5, 1, 'Quốc tế Lao động 1/5', 'Quốc tế Lao động 1/5'),
    solar(9, adjacentDay, `Quốc khánh (ngày liền kề ${adjacentDay}/9)`, 'Quốc khánh'),
    solar(9, 2, 'Quốc khánh 2/9', 'Quốc khánh'),
  ];
}

/** The last day of the old lunar year, then mùng 1 to mùng 4 of lunar year `year` (always in January–February). */
function tetObservances(year: number): Observance[] {
  const newYear = jdFromIso(lunarDay(year, 1, 1));
  const lastDayOfOldYear = newYear - 1;
  const chapDay = lastDayOfOldYear - jdFromIso(lunarDay(year - 1, 12, 1)) + 1; // 29 or 30
  const tet = (jd: number, label: string): Observance => ({
    jd,
    name: `Tết Nguyên đán (${label})`,
    group: 'Tết Nguyên đán',
    lunar: true,
  });
  return [
    tet(lastDayOfOldYear, `${chapDay} tháng Chạp`),
    ...TET_DAY_NAMES.map((label, offset) => tet(newYear + offset, label)),
  ];
}

function hungKingsObservance(year: number): Observance {
  return {
    jd: jdFromIso(lunarDay(year, 3, 10)),
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    group: 'Giỗ Tổ Hùng Vương',
    lunar: true,
  };
}

/** Solar date of a day of a regular (not leap) lunar month; these always exist. */
function lunarDay(year: number, month: number, day: number): string {
  const iso = lunarToSolar({ year, month, day, leap: false });
  if (iso === null) throw new Error(`holidays: lunar ${day}/${month}/${year} is outside 1900–2100`);
  return iso;
}

/**
 * Điều 111(3): a Saturday or Sunday that is a holiday gives the next weekday that is
 * neither a holiday nor already a compensatory day. In date order, so Tết's weekend
 * days are made up one after another after the Tết block. Two holidays on one day
 * (Giỗ Tổ on 30/4, as in 1947) are one weekly rest day, made up once: the Code
 * gives nothing for holidays that coincide with each other.
 */
function compensatoryDays(observances: readonly Observance[]): Holiday[] {
  const taken = new Set(observances.map((o) => o.jd));
  const result: Holiday[] = [];
  for (const [jd, sameDay] of groupByDay(observances)) {
    if (!isWeekend(jd)) continue;
    let free = jd + 1;
    while (isWeekend(free) || taken.has(free)) free += 1;
    taken.add(free);
    result.push({
      date: isoFromJd(free),
      name: `Nghỉ bù ${[...new Set(sameDay.map((o) => o.group))].join(' và ')}`,
      lunar: sameDay.some((o) => o.lunar),
      kind: 'day_off',
    });
  }
  return result;
}

/** Observances by day, in the order given (already by date). */
function groupByDay(observances: readonly Observance[]): Map<number, Observance[]> {
  const byDay = new Map<number, Observance[]>();
  for (const observance of observances) byDay.set(observance.jd, [...(byDay.get(observance.jd) ?? []), observance]);
  return byDay;
}

function isWeekend(jd: number): boolean {
  const weekday = weekdayOfJd(jd);
  return weekday === 0 || weekday === 6;
}
