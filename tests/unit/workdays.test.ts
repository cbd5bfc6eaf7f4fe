import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { isoFromJd, jdFromYmd } from '../../core/lunar';
import {
  addWorkingDays,
  deadlineWarning,
  holidaysFor,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workCalendarFor,
  type WorkCalendar,
} from '../../core/workdays';

const YEARS_1900_2100 = Array.from({ length: 201 }, (_, i) => 1900 + i);
const everyYear = workCalendarFor(YEARS_1900_2100);
const calendar2025 = workCalendarFor([2025]);

/** Day number of any ISO date (results may run past 2100, where jdFromIso stops). */
const jdOf = (iso: string) => jdFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Working days in the open interval (from, to), by brute force. */
function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let count = 0;
  for (let jd = jdOf(from) + 1; jd < jdOf(to); jd += 1) if (isWorkingDay(isoFromJd(jd), calendar)) count += 1;
  return count;
}

describe('Tết 2025 (28/01–01/02, nghỉ bù 03/02)', () => {
  it('knows which days are worked', () => {
    expect(isWorkingDay('2025-01-27', calendar2025)).toBe(true);
    for (const day of [
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
    ]) {
      expect(isWorkingDay(day, calendar2025), day).toBe(false);
    }
    expect(isWorkingDay('2025-02-04', calendar2025)).toBe(true);
  });

  it('counts "trong 05 ngày làm việc" across the Tết block', () => {
    // Friday 24/01: Mon 27/01 is day 1, then Tết; Tue 04/02 … Fri 07/02 are days 2–5.
    expect(addWorkingDays('2025-01-24', 5, calendar2025)).toBe('2025-02-07');
    expect(addWorkingDays('2025-01-27', 1, calendar2025)).toBe('2025-02-04');
    expect(addWorkingDays('2025-02-04', -1, calendar2025)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-29', 0, calendar2025)).toBe('2025-02-04');
    expect(previousWorkingDay('2025-02-03', calendar2025)).toBe('2025-01-27');
    expect(nextWorkingDay('2025-01-28', calendar2025)).toBe('2025-02-04');
  });

  it('warns about a deadline on mùng 1 and proposes 27/01', () => {
    expect(deadlineWarning('2025-01-29', calendar2025)).toEqual({
      message:
        'Hạn 29/01/2025 rơi vào ngày nghỉ (Tết Nguyên đán (mùng 1)). Đề xuất: 27/01/2025 (ngày làm việc liền trước).',
      suggested: '2025-01-27',
    });
  });
});

describe('30/4 – 1/5 2025', () => {
  it('skips the two holidays', () => {
    expect(addWorkingDays('2025-04-29', 1, calendar2025)).toBe('2025-05-02');
    expect(addWorkingDays('2025-04-25', 5, calendar2025)).toBe('2025-05-06');
    expect(addWorkingDays('2025-05-02', -2, calendar2025)).toBe('2025-04-28');
  });

  it('words the warning as the office writes it', () => {
    expect(deadlineWarning('2025-04-30', calendar2025)).toEqual({
      message:
        'Hạn 30/04/2025 rơi vào ngày nghỉ (Ngày Chiến thắng 30/4). Đề xuất: 29/04/2025 (ngày làm việc liền trước).',
      suggested: '2025-04-29',
    });
    expect(deadlineWarning('2025-05-03', calendar2025)?.message).toBe(
      'Hạn 03/05/2025 rơi vào ngày nghỉ (thứ Bảy). Đề xuất: 02/05/2025 (ngày làm việc liền trước).',
    );
    expect(deadlineWarning('2025-05-04', calendar2025)?.message).toContain('(Chủ nhật)');
    expect(deadlineWarning('2025-05-02', calendar2025)).toBeNull();
  });
});

describe("the government's schedule as edits", () => {
  // 2024: Văn bản 2450/VPCP-KGVX (12/4/2024) — Monday 29/04 off, Saturday 04/05 worked instead.
  const swap2024 = workCalendarFor([2024], {
    added: [{ date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05)', lunar: false, kind: 'day_off' }],
    makeUp: ['2024-05-04'],
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(isWorkingDay('2024-05-04', swap2024)).toBe(true);
    expect(isWorkingDay('2024-04-29', swap2024)).toBe(false);
    expect(addWorkingDays('2024-05-03', 1, swap2024)).toBe('2024-05-04');
    expect(addWorkingDays('2024-05-03', 1, workCalendarFor([2024]))).toBe('2024-05-06');
    expect(addWorkingDays('2024-04-26', 1, swap2024)).toBe('2024-05-02');
    expect(deadlineWarning('2024-05-04', swap2024)).toBeNull();
    expect(deadlineWarning('2024-04-29', swap2024)?.message).toBe(
      'Hạn 29/04/2024 rơi vào ngày nghỉ (Nghỉ hoán đổi (làm bù thứ Bảy 04/05)). ' +
        'Đề xuất: 26/04/2024 (ngày làm việc liền trước).',
    );
  });

  it('drops removed days and lets an added day rename a computed one', () => {
    const edited = holidaysFor([2025], {
      removed: ['2025-02-03'],
      added: [{ date: '2025-01-28', name: 'Nghỉ Tết (theo thông báo)', lunar: true, kind: 'holiday' }],
    });
    expect(edited.some((h) => h.date === '2025-02-03')).toBe(false);
    expect(edited.filter((h) => h.date === '2025-01-28').map((h) => h.name)).toEqual(['Nghỉ Tết (theo thông báo)']);
    expect(isWorkingDay('2025-02-03', workCalendarFor([2025], { removed: ['2025-02-03'] }))).toBe(true);
  });

  it('accepts a bare calendar without names', () => {
    const bare: WorkCalendar = { daysOff: new Set(['2025-06-20']), makeUpWorkdays: new Set() };
    expect(deadlineWarning('2025-06-20', bare)).toEqual({
      message: 'Hạn 20/06/2025 rơi vào ngày nghỉ. Đề xuất: 19/06/2025 (ngày làm việc liền trước).',
      suggested: '2025-06-19',
    });
  });
});

describe('input checks', () => {
  it('refuses malformed dates and fractional counts', () => {
    for (const bad of ['2025-02-29', '2025/01/01', '01/01/2025', '']) {
      expect(() => addWorkingDays(bad, 1, calendar2025), bad).toThrow(AppError);
    }
    expect(() => addWorkingDays('2025-01-02', 1.5, calendar2025)).toThrow(AppError);
  });

  it('stops on a calendar with no working day instead of looping forever', () => {
    const allOff: WorkCalendar = {
      daysOff: new Set(Array.from({ length: 800 }, (_, i) => isoFromJd(jdFromYmd(2025, 1, 1) + i))),
      makeUpWorkdays: new Set(),
    };
    expect(() => addWorkingDays('2025-01-01', 1, allOff)).toThrow(AppError);
  });

  it('answers past 2100 (a deadline computed from late December 2100)', () => {
    expect(addWorkingDays('2100-12-31', 1, everyYear)).toBe('2101-01-03');
  });
});

describe('properties, 1900–2100', () => {
  const anyDay = fc.integer({ min: jdFromYmd(1900, 1, 1), max: jdFromYmd(2100, 12, 31) }).map(isoFromJd);

  it('addWorkingDays lands on a working day, exactly n working days on', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (day, n) => {
        const result = addWorkingDays(day, n, everyYear);
        expect(isWorkingDay(result, everyYear)).toBe(true);
        if (n === 0) {
          expect(result).toBe(nextWorkingDay(day, everyYear));
        } else {
          expect(result > day).toBe(true);
          expect(workingDaysBetween(day, result, everyYear)).toBe(n - 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('going back undoes going forward from a working day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const start = nextWorkingDay(day, everyYear);
        expect(addWorkingDays(addWorkingDays(start, n, everyYear), -n, everyYear)).toBe(start);
      }),
      { numRuns: 300 },
    );
  });

  it('previousWorkingDay is a working day on or before the date, with only days off between', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const previous = previousWorkingDay(day, everyYear);
        expect(isWorkingDay(previous, everyYear)).toBe(true);
        expect(previous <= day).toBe(true);
        for (let jd = jdOf(previous) + 1; jd <= jdOf(day); jd += 1) {
          expect(isWorkingDay(isoFromJd(jd), everyYear)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('deadlineWarning is null on a working day and otherwise proposes the working day before', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const warning = deadlineWarning(day, everyYear);
        if (isWorkingDay(day, everyYear)) {
          expect(warning).toBeNull();
        } else {
          expect(warning?.suggested).toBe(previousWorkingDay(day, everyYear));
          expect(warning?.message).toMatch(/^Hạn \d{2}\/\d{2}\/\d{4} rơi vào ngày nghỉ/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('speed', () => {
  it('does 1,000 addWorkingDays calls in a few milliseconds', () => {
    const starts = Array.from({ length: 1000 }, (_, i) => isoFromJd(jdFromYmd(2024, 1, 1) + ((i * 37) % 1000)));
    for (const start of starts) addWorkingDays(start, 10, everyYear); // warm up
    const begin = performance.now();
    starts.forEach((start, i) => addWorkingDays(start, (i % 20) + 1, everyYear));
    expect(performance.now() - begin).toBeLessThan(50); // measured ≈ 1–2 ms; the bound only catches regressions
  });
});
