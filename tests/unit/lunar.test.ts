import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import {
  isoFromJd,
  jdFromIso,
  jdFromYmd,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
} from '../../core/lunar';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1, leap: false });
const hungKings = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });

/** Every day from..to (ISO, inclusive). */
function* days(from: string, to: string): Generator<string> {
  for (let jd = jdFromIso(from); jd <= jdFromIso(to); jd += 1) yield isoFromJd(jd);
}

describe('known Vietnamese dates', () => {
  it('puts Tết and Giỗ Tổ Hùng Vương where the government calendar does (2024–2026)', () => {
    expect(tet(2024)).toBe('2024-02-10');
    expect(tet(2025)).toBe('2025-01-29');
    expect(tet(2026)).toBe('2026-02-17');
    expect(hungKings(2024)).toBe('2024-04-18');
    expect(hungKings(2025)).toBe('2025-04-07');
    expect(hungKings(2026)).toBe('2026-04-26');
    expect(solarToLunar('2025-01-29')).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    expect(solarToLunar('2025-04-07')).toEqual({ year: 2025, month: 3, day: 10, leap: false });
  });

  /*
   * Mùng 1 Tết 1900–2100. Source: Hồ Ngọc Đức, "Âm lịch Việt Nam" — the year tables
   * (1900-99, 2000-99) and the packed year data TK20/TK21/TK22 of amlich-hnd.js at
   * https://www.informatik.uni-leipzig.de/~duc/amlich/ (decoded: Tết = 1 January +
   * bits 17–24), computed there with a precise ephemeris, independent of the code under
   * test. Cross-checked: 1968 (Tết Mậu Thân, 29/01 in the North, the Tet Offensive),
   * 1985, 2007, 2030, 2053 in the divergence list below; 2020–2025 as widely
   * published; 2026 by the civil servants' Tết schedule, 14/02/2026 = 27 tháng Chạp
   * to 22/02/2026 = mùng 6 (congan.com.vn).
   */
  const TET: ReadonlyArray<readonly [number, string]> = [
    [1900, '1900-01-31'],
    [1912, '1912-02-18'],
    [1930, '1930-01-30'],
    [1945, '1945-02-13'],
    [1954, '1954-02-03'],
    [1960, '1960-01-28'],
    [1968, '1968-01-29'],
    [1975, '1975-02-11'],
    [1985, '1985-01-21'],
    [1990, '1990-01-27'],
    [2000, '2000-02-05'],
    [2007, '2007-02-17'],
    [2010, '2010-02-14'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2030, '2030-02-02'],
    [2033, '2033-01-31'],
    [2050, '2050-01-23'],
    [2053, '2053-02-18'],
    [2075, '2075-02-15'],
    [2099, '2099-01-21'],
    [2100, '2100-02-09'],
  ];

  it.each(TET)('Tết %i is on %s', (year, date) => {
    expect(tet(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  /*
   * Years where Vietnam (UTC+7) and China (UTC+8) start the lunar year on different
   * days. Sources: Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar"
   * (calrules_en.html: 1985 — 21/01 vs 20/02; 2007 — 17/02 vs 18/02; 2030 — 02/02 vs
   * 03/02; 2053 — 18/02 vs 19/02); the Vietnamese calendar office (Trần Tiến Bình,
   * Viện Vật lý) quoted by viet-jo.com, 06/07/2006: Tết differed in 1968, 1969 and
   * 1984–85 and will in 2030 and 2053; 1968: Aslaksen, "The Mathematics of the
   * Chinese Calendar" (North Vietnam 29/01, China and the South 30/01).
   */
  const DIVERGENT: ReadonlyArray<readonly [number, string, string]> = [
    [1968, '1968-01-29', '1968-01-30'],
    [1969, '1969-02-16', '1969-02-17'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ];

  it.each(DIVERGENT)('Tết %i is %s in Vietnam, not %s as in China', (year, vietnam, china) => {
    expect(tet(year)).toBe(vietnam);
    expect(solarToLunar(china)).not.toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('explains 1985 as Hồ Ngọc Đức does: no leap month in 1984, leap month 2 in 1985', () => {
    // calrules_en.html: the month 21/03/1985–19/04/1985 holds no principal term.
    expect(leapMonthOf(1984)).toBeNull();
    expect(leapMonthOf(1985)).toBe(2);
    expect(solarToLunar('1985-03-21')).toEqual({ year: 1985, month: 2, day: 1, leap: true });
    expect(solarToLunar('1985-04-19')).toEqual({ year: 1985, month: 2, day: 30, leap: true });
    expect(solarToLunar('1985-04-20')).toEqual({ year: 1985, month: 3, day: 1, leap: false });
    // Month 11 of 1984 holds the solstice of 21/12/1984 (Hanoi time): 23/11/1984–21/12/1984.
    expect(solarToLunar('1984-11-23')).toEqual({ year: 1984, month: 11, day: 1, leap: false });
    expect(solarToLunar('1984-12-22')).toEqual({ year: 1984, month: 12, day: 1, leap: false });
  });
});

describe('leap months', () => {
  it.each([
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11],
    [1900, 8],
  ])('lunar year %i has leap month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar({ year, month, day: 1, leap: true })).not.toBeNull();
  });

  it.each([2021, 2022, 2024, 2026, 2027])('lunar year %i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeNull();
    for (let month = 1; month <= 12; month += 1) expect(lunarToSolar({ year, month, day: 1, leap: true })).toBeNull();
  });

  it('places the 2025 leap month 6 after month 6 (new moons 25/07 and 23/08/2025)', () => {
    expect(solarToLunar('2025-06-25')).toEqual({ year: 2025, month: 6, day: 1, leap: false });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(solarToLunar('2025-08-23')).toEqual({ year: 2025, month: 7, day: 1, leap: false });
    expect(lunarToSolar({ year: 2025, month: 6, day: 15, leap: true })).toBe('2025-08-08');
  });

  it('counts a leap month 11 (2033) in the lunar year it belongs to', () => {
    const leap11 = lunarToSolar({ year: 2033, month: 11, day: 1, leap: true });
    expect(leap11).not.toBeNull();
    expect(solarToLunar(leap11 as string)).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(tet(2034)).not.toBeNull();
  });
});

describe('dates that do not exist', () => {
  it('returns null instead of rolling over', () => {
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toBeNull();
    expect(lunarToSolar({ year: 2024, month: 12, day: 29, leap: false })).toBe('2025-01-28');
    expect(lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toBeNull();
    for (const bad of [
      { year: 2025, month: 13, day: 1, leap: false },
      { year: 2025, month: 0, day: 1, leap: false },
      { year: 2025, month: 1, day: 0, leap: false },
      { year: 2025, month: 1, day: 31, leap: false },
      { year: 2025, month: 1.5, day: 1, leap: false },
      { year: 2101, month: 1, day: 1, leap: false },
      { year: 1898, month: 1, day: 1, leap: false },
    ]) {
      expect(lunarToSolar(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('refuses a solar date that is not a real ISO date', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '25-01-01', '1899-12-31', '2101-01-01', '']) {
      expect(() => solarToLunar(bad), bad).toThrow(AppError);
    }
  });
});

describe('round trips and month lengths, 1900–2100', () => {
  const FIRST = jdFromYmd(1900, 1, 31); // mùng 1 Tết 1900
  const LAST = jdFromYmd(2100, 12, 31);

  it('solar → lunar → solar for sampled days', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (jd) => {
        const iso = isoFromJd(jd);
        expect(lunarToSolar(solarToLunar(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('lunar → solar → lunar for every lunar date that exists', () => {
    const lunarDate = fc.record<LunarDate>({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    });
    fc.assert(
      fc.property(lunarDate, (lunar) => {
        const iso = lunarToSolar(lunar);
        if (iso !== null) expect(solarToLunar(iso)).toEqual(lunar);
      }),
      { numRuns: 3000 },
    );
  });

  it('every day from Tết 1900 to 31/12/2100: round-trips and follows the day before', () => {
    let previous: LunarDate | null = null;
    let failures = 0;
    for (let jd = FIRST; jd <= LAST; jd += 1) {
      const iso = isoFromJd(jd);
      const lunar = solarToLunar(iso);
      if (lunarToSolar(lunar) !== iso) failures += 1;
      if (previous && lunar.day !== previous.day + 1) {
        // A new month: the last one had 29 or 30 days.
        if (lunar.day !== 1 || (previous.day !== 29 && previous.day !== 30)) failures += 1;
      }
      previous = lunar;
    }
    expect(failures).toBe(0);
  });

  it('whole years, day by day (1985, 2007, 2025, 2033)', () => {
    for (const year of [1985, 2007, 2025, 2033]) {
      for (const iso of days(`${year}-01-01`, `${year}-12-31`)) {
        expect(lunarToSolar(solarToLunar(iso))).toBe(iso);
      }
    }
  });

  it('every lunar month has 29 or 30 days and follows the previous one without a gap', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const leap = leapMonthOf(year);
      const months = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) =>
        month === leap
          ? [
              { month, leap: false },
              { month, leap: true },
            ]
          : [{ month, leap: false }],
      );
      expect(months.length).toBe(leap === null ? 12 : 13);
      for (const [i, { month, leap: isLeap }] of months.entries()) {
        const length = lunarMonthLength(year, month, isLeap);
        expect([29, 30], `${month}${isLeap ? 'N' : ''}/${year}`).toContain(length);
        const next = months[i + 1];
        if (!next) continue;
        const start = lunarToSolar({ year, month, day: 1, leap: isLeap }) as string;
        const nextStart = lunarToSolar({ year, month: next.month, day: 1, leap: next.leap });
        if (nextStart !== null) expect(jdFromIso(nextStart) - jdFromIso(start)).toBe(length);
      }
    }
  });

  it('puts Tết between 21/01 and 20/02 and Giỗ Tổ between 29/03 and 30/04', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const newYear = tet(year) as string;
      expect(newYear >= `${year}-01-21` && newYear <= `${year}-02-20`, `${year}: ${newYear}`).toBe(true);
      const hungKingsDay = hungKings(year) as string;
      expect(hungKingsDay >= `${year}-03-29` && hungKingsDay <= `${year}-04-30`, `${year}: ${hungKingsDay}`).toBe(true);
    }
  });
});
