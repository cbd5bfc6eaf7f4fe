import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { computeHolidays, type Holiday } from '../../core/holidays';
import { isoFromJd, jdFromIso, solarToLunar, weekdayOfJd } from '../../core/lunar';

const weekday = (iso: string) => weekdayOfJd(jdFromIso(iso));
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;
const brief = (holidays: Holiday[]) => holidays.map(({ date, kind }) => `${date} ${kind}`);

describe('computeHolidays', () => {
  it('lists 2025 in full: Tết on 28/01–01/02 with mùng 4 on a Saturday made up on Monday 03/02', () => {
    expect(computeHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Tết Dương lịch', lunar: false, kind: 'holiday' },
      { date: '2025-01-28', name: 'Tết Nguyên đán (29 tháng Chạp)', lunar: true, kind: 'holiday' },
      { date: '2025-01-29', name: 'Tết Nguyên đán (mùng 1)', lunar: true, kind: 'holiday' },
      { date: '2025-01-30', name: 'Tết Nguyên đán (mùng 2)', lunar: true, kind: 'holiday' },
      { date: '2025-01-31', name: 'Tết Nguyên đán (mùng 3)', lunar: true, kind: 'holiday' },
      { date: '2025-02-01', name: 'Tết Nguyên đán (mùng 4)', lunar: true, kind: 'holiday' },
      { date: '2025-02-03', name: 'Nghỉ bù Tết Nguyên đán', lunar: true, kind: 'day_off' },
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', lunar: true, kind: 'holiday' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng 30/4', lunar: false, kind: 'holiday' },
      { date: '2025-05-01', name: 'Quốc tế Lao động 1/5', lunar: false, kind: 'holiday' },
      { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề 1/9)', lunar: false, kind: 'holiday' },
      { date: '2025-09-02', name: 'Quốc khánh 2/9', lunar: false, kind: 'holiday' },
    ]);
  });

  it('lists 2024: Tết from 30 tháng Chạp, two Tết weekend days and 1/9 (Sunday) made up', () => {
    const holidays = computeHolidays(2024);
    expect(brief(holidays)).toEqual([
      '2024-01-01 holiday',
      '2024-02-09 holiday',
      '2024-02-10 holiday',
      '2024-02-11 holiday',
      '2024-02-12 holiday',
      '2024-02-13 holiday',
      '2024-02-14 day_off',
      '2024-02-15 day_off',
      '2024-04-18 holiday',
      '2024-04-30 holiday',
      '2024-05-01 holiday',
      '2024-09-01 holiday',
      '2024-09-02 holiday',
      '2024-09-03 day_off',
    ]);
    expect(holidays[1]?.name).toBe('Tết Nguyên đán (30 tháng Chạp)');
    expect(holidays.filter((h) => h.kind === 'day_off').map((h) => h.name)).toEqual([
      'Nghỉ bù Tết Nguyên đán',
      'Nghỉ bù Tết Nguyên đán',
      'Nghỉ bù Quốc khánh',
    ]);
  });

  it('lists 2026: Giỗ Tổ on Sunday 26/04 made up on Monday 27/04', () => {
    const holidays = computeHolidays(2026);
    expect(brief(holidays)).toEqual([
      '2026-01-01 holiday',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday',
      '2026-04-27 day_off',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
    expect(holidays.find((h) => h.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      lunar: true,
      kind: 'day_off',
    });
  });

  it('makes up weekend holidays in date order (2022: 30/4 Sat, 1/5 Sun; 2023: 29/4 Sat, 30/4 Sun, 2/9 Sat)', () => {
    const daysOff2022 = computeHolidays(2022).filter((h) => h.kind === 'day_off');
    expect(daysOff2022.map((h) => [h.date, h.name])).toEqual([
      ['2022-01-03', 'Nghỉ bù Tết Dương lịch'],
      ['2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
      ['2022-05-02', 'Nghỉ bù Ngày Chiến thắng 30/4'],
      ['2022-05-03', 'Nghỉ bù Quốc tế Lao động 1/5'],
    ]);
    const daysOff2023 = computeHolidays(2023).filter((h) => h.kind === 'day_off');
    expect(daysOff2023.map((h) => h.date)).toEqual([
      '2023-01-02',
      '2023-01-26',
      '2023-01-27',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
    ]);
  });

  it('takes 3/9 as the second National Day holiday when asked', () => {
    const holidays = computeHolidays(2025, { nationalDayAdjacent: 'after' });
    expect(holidays.filter((h) => h.date.startsWith('2025-09'))).toEqual([
      { date: '2025-09-02', name: 'Quốc khánh 2/9', lunar: false, kind: 'holiday' },
      { date: '2025-09-03', name: 'Quốc khánh (ngày liền kề 3/9)', lunar: false, kind: 'holiday' },
    ]);
  });

  it('names every day in Vietnamese and flags exactly Tết and Giỗ Tổ (and their nghỉ bù) as lunar', () => {
    for (const year of [2024, 2025, 2026]) {
      for (const holiday of computeHolidays(year)) {
        expect(holiday.name).toMatch(/^(Tết|Giỗ Tổ|Ngày Chiến thắng|Quốc tế Lao động|Quốc khánh|Nghỉ bù) /);
        expect(holiday.lunar, holiday.name).toBe(/Tết Nguyên đán|Giỗ Tổ/.test(holiday.name));
      }
    }
  });

  it('holds for every year 1900–2100', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const holidays = computeHolidays(year);
      const named = holidays.filter((h) => h.kind === 'holiday');
      const made = holidays.filter((h) => h.kind === 'day_off');
      const dates = holidays.map((h) => h.date);
      expect(named.length).toBe(11);
      // Only Giỗ Tổ on 30/4 (1947) puts two holidays on one date.
      expect(new Set(dates).size).toBe(year === 1947 ? dates.length - 1 : dates.length);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
      // Tết: five days in a row ending on mùng 4, starting on the last day of tháng Chạp.
      const tetDays = named.filter((h) => h.name.startsWith('Tết Nguyên đán'));
      expect(tetDays.map((h) => jdFromIso(h.date) - jdFromIso(tetDays[0]!.date))).toEqual([0, 1, 2, 3, 4]);
      const eve = solarToLunar(tetDays[0]!.date);
      expect(eve.month === 12 && !eve.leap && (eve.day === 29 || eve.day === 30)).toBe(true);
      expect(tetDays[0]!.name).toBe(`Tết Nguyên đán (${eve.day} tháng Chạp)`);
      expect(solarToLunar(tetDays[4]!.date)).toEqual({ year, month: 1, day: 4, leap: false });
      const hungKings = named.find((h) => h.name.startsWith('Giỗ Tổ')) as Holiday;
      expect(solarToLunar(hungKings.date)).toEqual({ year, month: 3, day: 10, leap: false });
      // One compensatory weekday per weekend day that is a holiday, never itself on a weekend or a holiday.
      expect(made.length).toBe(new Set(named.filter((h) => isWeekend(h.date)).map((h) => h.date)).size);
      for (const day of made) expect(isWeekend(day.date) || named.some((h) => h.date === day.date)).toBe(false);
    }
  });

  it('is fast once computed, and hands out copies', () => {
    computeHolidays(2030);
    const start = performance.now();
    for (let i = 0; i < 1000; i += 1) computeHolidays(2030);
    expect((performance.now() - start) / 1000).toBeLessThan(1);
    const first = computeHolidays(2030);
    first[0]!.name = 'changed';
    first.pop();
    expect(computeHolidays(2030)[0]?.name).toBe('Tết Dương lịch');
    expect(computeHolidays(2030).length).toBe(first.length + 1);
  });

  it('refuses years outside 1900–2100', () => {
    for (const year of [1899, 2101, 2025.5, Number.NaN]) expect(() => computeHolidays(year)).toThrow(AppError);
  });

  it('uses no Date: the weekday helper agrees with known weekdays', () => {
    expect(weekday('2025-01-29')).toBe(3); // Wednesday
    expect(weekday('2024-02-10')).toBe(6); // Saturday
    expect(weekday('2026-04-26')).toBe(0); // Sunday
    expect(isoFromJd(jdFromIso('2100-12-31'))).toBe('2100-12-31');
  });
});
