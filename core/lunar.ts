/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7.
 *
 * Rules and method follow Hồ Ngọc Đức, "Thuật toán tính âm lịch" and "Computing the
 * Vietnamese lunar calendar" (https://www.informatik.uni-leipzig.de/~duc/amlich/,
 * calrules_v02.html and calrules_en.html), themselves after the Explanatory Supplement
 * to the Astronomical Almanac:
 *   1. a month begins on the local day that holds the new moon (điểm Sóc);
 *   2. month 11 is the month that holds the winter solstice (Đông chí);
 *   3. when 13 months lie between two months 11, the first of them after month 11
 *      that holds no major solar term (trung khí: the sun's longitude crossing a
 *      multiple of 30°) is the leap month, numbered like the month before it;
 *   4. "local" is the meridian 105° E, UTC+7 — Vietnam's calendar since the decree
 *      of 08/08/1967. China computes for UTC+8, and that hour moves a new moon or a
 *      solstice across midnight in some years: Tết 1968, 1969, 1985, 2007, 2030 and
 *      2053 differ, 1985 by a whole month. Never use a Chinese lunar library.
 *
 * The astronomy is Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998), written
 * here from the book's formulas: the true new moon with every term of ch. 49 and ΔT
 * (Espenak & Meeus), the sun's apparent longitude by ch. 25's low-accuracy method.
 * The shorter series of Hồ Ngọc Đức's article disagrees with his own published
 * tables (computed with a precise ephemeris) in 2054, 2072 and 2077, each time a new
 * moon within minutes of midnight; with the full series, months 1968–2100 match
 * those tables except May 2054, whose new moon falls 23 s after midnight by today's
 * ΔT forecast (the tables say before): no computation can settle that one yet. The
 * tightest solar term is the equinox of 22/09/2033, ~10 min before midnight.
 *
 * Before 1968 these are the UTC+7 dates, proleptically. The calendar actually in use
 * then (UTC+8 reckoning, Hiệp Kỷ calendar) differs in some months — Hồ Ngọc Đức's
 * tables give Tết 1903, 1925, 1935 and 1965 a day later and other leap months in
 * 1917, 1922 and 1938; nothing in a planning app reaches back that far.
 *
 * Everything is integer Julian Day Numbers (JDN, the day count that begins at noon
 * UTC) and plain floating point: no Date, no local time zone.
 */

import { isIsoDate, toIsoDate } from './dates';
import { invalidInput } from './errors';

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True in the leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/** Hours east of Greenwich of the time zone the Vietnamese calendar is computed for. */
const TIME_ZONE_HOURS = 7;
const DEG = Math.PI / 180;
/** Mean length of the synodic month in days (Meeus). */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the mean new moon numbered k = 0 (6 January 2000), the origin of Meeus' k count. */
const NEW_MOON_EPOCH = 2451550.09766;
/** JDN of 1900-01-01 and 2100-12-31: the range this calendar answers for. */
const FIRST_JDN = jdFromYmd(1900, 1, 1);
const LAST_JDN = jdFromYmd(2100, 12, 31);

// ---------------------------------------------------------------------------
// Julian Day Numbers (proleptic Gregorian; the range 1900–2100 is all Gregorian)

/** Day number of a Gregorian date (Fliegel & Van Flandern's integer formula). */
export function jdFromYmd(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a day number, as [year, month, day]. */
export function ymdFromJd(jd: number): [number, number, number] {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return [year, month, day];
}

/** `YYYY-MM-DD` (1900–2100) → day number; a malformed or impossible date is refused. */
export function jdFromIso(iso: string): number {
  if (!isIsoDate(iso)) {
    throw invalidInput(`Ngày "${iso}" không hợp lệ: cần dạng YYYY-MM-DD, trong khoảng 1900–2100.`);
  }
  return jdFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoFromJd(jd: number): string {
  const [year, month, day] = ymdFromJd(jd);
  return toIsoDate(year, month, day);
}

/** 0 = Sunday … 6 = Saturday. JDN 0 was a Monday, hence the +1. */
export function weekdayOfJd(jd: number): number {
  return (((jd + 1) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------
// Astronomy (Meeus)

/** ΔT = TT − UT in days for a decimal year (Espenak & Meeus polynomials, NASA 2006, 1900–2150). */
function deltaTDays(year: number): number {
  let seconds: number;
  if (year < 1920) {
    const t = year - 1900;
    seconds = -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (year < 1941) {
    const t = year - 1920;
    seconds = 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  } else if (year < 1961) {
    const t = year - 1950;
    seconds = 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  } else if (year < 1986) {
    const t = year - 1975;
    seconds = 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  } else if (year < 2005) {
    const t = year - 2000;
    seconds =
      63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (year < 2050) {
    const t = year - 2000;
    seconds = 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  } else {
    seconds = -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  }
  return seconds / 86400;
}

function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

const sin = (degrees: number): number => Math.sin(degrees * DEG);

/** Periodic terms of the true new moon (Meeus table 49.A), as [coefficient, power of E, M, M′, F, Ω multipliers]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/**
 * Planetary arguments of the new moon (Meeus, after table 49.A): [coefficient, degrees
 * at k = 0, degrees per lunation, degrees × T²].
 */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.000325, 299.77, 0.107408, -0.009173],
  [0.000165, 251.88, 0.016321, 0],
  [0.000164, 251.83, 26.651886, 0],
  [0.000126, 349.42, 36.412478, 0],
  [0.00011, 84.66, 18.206239, 0],
  [0.000062, 141.74, 53.303771, 0],
  [0.00006, 207.14, 2.453732, 0],
  [0.000056, 154.84, 7.30686, 0],
  [0.000047, 34.52, 27.261239, 0],
  [0.000042, 207.19, 0.121824, 0],
  [0.00004, 291.34, 1.844379, 0],
  [0.000037, 161.72, 24.198154, 0],
  [0.000035, 239.56, 25.513099, 0],
  [0.000023, 331.55, 3.592518, 0],
];

/**
 * Julian day (UT) of the true new moon number k, counted from the new moon of
 * 6 January 2000 (Meeus ch. 49, all periodic and planetary terms: a few seconds of
 * error, against the hours that decide a day). The truncated series of Hồ Ngọc
 * Đức's article errs by up to a few minutes, and his published tables disagree
 * with it in 2054, 2072 and 2077, when a new moon falls within minutes of midnight.
 */
function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mPrime = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  for (const [coefficient, ePower, cm, cmPrime, cf, cOmega] of NEW_MOON_TERMS) {
    jde += coefficient * e ** ePower * sin(cm * m + cmPrime * mPrime + cf * f + cOmega * omega);
  }
  for (const [coefficient, base, rate, quadratic] of PLANETARY_TERMS) {
    jde += coefficient * sin(base + rate * k + quadratic * t ** 2);
  }
  return jde - deltaTDays(decimalYear(jde));
}

/**
 * Apparent longitude of the sun in degrees [0, 360) at Julian day jd (UT): Meeus
 * ch. 25, low-accuracy method (≈ 0.01°, a quarter of an hour of the sun's motion),
 * with aberration and nutation in longitude.
 */
function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTDays(decimalYear(jdUt));
  const t = (jde - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) +
    0.000289 * sin(3 * meanAnomaly);
  const omega = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * sin(omega);
  return apparent - 360 * Math.floor(apparent / 360);
}

/** The local day on which the k-th new moon falls: the first day of a lunar month. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/**
 * Which 30° sector (0…11) the sun is in at local midnight starting day jdn. Sector 9
 * begins at 270°, the winter solstice. A month holds a major term exactly when the
 * sector at its first day differs from the sector at the next month's first day.
 */
function sunSectorAtDayStart(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / 30);
}

/** Index k of the new moon nearest local day jdn. */
function newMoonIndex(jdn: number): number {
  return Math.round((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/**
 * First day of month 11 of lunar year `year`: the month holding the winter solstice.
 * Take the last new moon before 31 December; if the sun had already passed 270° when
 * that month began, the solstice lies in the month before.
 */
function month11Start(year: number): number {
  const k = Math.floor((jdFromYmd(year, 12, 31) - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSectorAtDayStart(start) >= 9 ? newMoonDay(k - 1) : start;
}

// ---------------------------------------------------------------------------
// Months of a span from one month 11 to the next

interface LunarMonth extends Omit<LunarDate, 'day'> {
  /** JDN of day 1. */
  start: number;
  /** 29 or 30. */
  length: number;
}

/**
 * Offset (1…12) from month 11 of the leap month in a 13-month span: the first month
 * with no major term. Month 11 itself always holds the solstice, so offset 0 never is.
 */
function leapOffset(k11: number): number {
  const sectorAt = (offset: number): number => sunSectorAtDayStart(newMoonDay(k11 + offset));
  let offset = 1;
  while (offset < 12 && sectorAt(offset) !== sectorAt(offset + 1)) offset += 1;
  return offset;
}

/** Month number of the month `offset` months after month 11, given the leap offset (or -1). */
function numberAt(offset: number, leap: number): { month: number; leap: boolean } {
  const shifted = leap >= 0 && offset >= leap ? offset - 1 : offset;
  return { month: ((shifted + 10) % 12) + 1, leap: offset === leap };
}

/** Cache: the computation is pure, and one span serves every day of about a year. */
const spanCache = new Map<number, readonly LunarMonth[]>();

/**
 * The months from month 11 of lunar year `year - 1` up to (not including) month 11
 * of lunar year `year`. Months 11 and 12 (and a leap 11 or 12) before month 1 belong
 * to `year - 1`; the rest to `year`.
 */
function monthsBeforeMonth11(year: number): readonly LunarMonth[] {
  const cached = spanCache.get(year);
  if (cached) return cached;
  const a11 = month11Start(year - 1);
  const b11 = month11Start(year);
  const k11 = newMoonIndex(a11);
  const count = Math.round((b11 - a11) / SYNODIC_MONTH);
  const leap = count === 13 ? leapOffset(k11) : -1;
  const months: LunarMonth[] = [];
  let seenMonth1 = false;
  for (let offset = 0; offset < count; offset += 1) {
    const start = offset === 0 ? a11 : newMoonDay(k11 + offset);
    const end = offset === count - 1 ? b11 : newMoonDay(k11 + offset + 1);
    const number = numberAt(offset, leap);
    seenMonth1 ||= number.month === 1 && !number.leap;
    months.push({ ...number, year: seenMonth1 ? year : year - 1, start, length: end - start });
  }
  spanCache.set(year, months);
  return months;
}

/** The month of lunar year `year` numbered `month` (leap or not), if the year has it. */
function findMonth(year: number, month: number, leap: boolean): LunarMonth | undefined {
  // Months 11 and 12 of lunar year Y open the span that ends at month 11 of Y + 1.
  const span = monthsBeforeMonth11(month >= 11 ? year + 1 : year);
  return span.find((m) => m.year === year && m.month === month && m.leap === leap);
}

// ---------------------------------------------------------------------------
// Conversions

/** Solar `YYYY-MM-DD` (1900–2100) → Vietnamese lunar date. */
export function solarToLunar(iso: string): LunarDate {
  const jd = jdFromIso(iso);
  const year = Number(iso.slice(0, 4));
  let months = monthsBeforeMonth11(year);
  const last = months[months.length - 1] as LunarMonth;
  if (jd >= last.start + last.length) months = monthsBeforeMonth11(year + 1);
  const month = findLast(months, (m) => m.start <= jd);
  return { year: month.year, month: month.month, day: jd - month.start + 1, leap: month.leap };
}

/**
 * Vietnamese lunar date → solar `YYYY-MM-DD`, or null when that lunar date does not
 * exist (day 30 of a 29-day month, a leap month the year does not have, a month out
 * of 1…12) or falls outside 1900–2100.
 */
export function lunarToSolar(lunar: LunarDate): string | null {
  const { year, month, day, leap } = lunar;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return null;
  if (year < 1899 || year > 2100) return null;
  const found = findMonth(year, month, leap);
  if (!found || day > found.length) return null;
  const jd = found.start + day - 1;
  return jd >= FIRST_JDN && jd <= LAST_JDN ? isoFromJd(jd) : null;
}

/** The leap month (1…12) of lunar year `year`, or null when the year has 12 months. */
export function leapMonthOf(year: number): number | null {
  const months = [...monthsBeforeMonth11(year), ...monthsBeforeMonth11(year + 1)];
  const leap = months.find((m) => m.leap && m.year === year);
  return leap ? leap.month : null;
}

/** Number of days (29 or 30) of a lunar month, or null when the year has no such month. */
export function lunarMonthLength(year: number, month: number, leap = false): number | null {
  if (!Number.isInteger(year) || year < 1899 || year > 2100) return null;
  return findMonth(year, month, leap)?.length ?? null;
}

function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i] as T;
    if (predicate(item)) return item;
  }
  throw new Error('lunar: no month starts on or before this day');
}
