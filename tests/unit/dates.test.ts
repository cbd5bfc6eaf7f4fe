import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDisplayDate,
  isIsoDate,
  parseDisplayDate,
  shiftIsoDateByYears,
  toIsoDate,
} from '../../core/dates';

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy and its usual variants', () => {
    expect(parseDisplayDate('27/03/2024')).toBe('2024-03-27');
    expect(parseDisplayDate('1/7/2022')).toBe('2022-07-01');
    expect(parseDisplayDate(' 20.6.2025 ')).toBe('2025-06-20');
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses days that are not on the calendar instead of rolling them over', () => {
    for (const text of ['31/02/2024', '29/02/2023', '31/04/2025', '00/01/2024', '12/13/2024', '15/01/24', 'abc', '']) {
      expect(parseDisplayDate(text), text).toBeNull();
    }
  });

  it('round-trips with formatDisplayDate for every real date 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
          expect(isIsoDate(iso)).toBe(true);
          expect(parseDisplayDate(formatDisplayDate(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-2-3')).toBe(false);
    expect(isIsoDate('24/02/2024')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows leap years, including the century rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
});

describe('shiftIsoDateByYears', () => {
  it('moves a date by a year and clamps 29/02', () => {
    expect(shiftIsoDateByYears('2024-06-20', 1)).toBe('2025-06-20');
    expect(shiftIsoDateByYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
