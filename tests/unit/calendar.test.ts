/**
 * core/calendar.ts: the deadlines report cycles generate (Decree 09/2019/NĐ-CP
 * windows and their edits) and the expansion of entries and cycles into what a
 * date range shows. Pure: no store.
 */
import { describe, expect, it } from 'vitest';
import {
  cycleOccurrences,
  DEFAULT_CYCLE,
  expandOccurrences,
  yearlyDate,
  type Cycle,
  type Entry,
  type Occurrence,
} from '../../core/calendar';
import type { Recurrence } from '../../core/plan';

function cycle(recurrence: Recurrence, overrides: Partial<Cycle> = {}): Cycle {
  return {
    ...DEFAULT_CYCLE,
    id: 7,
    uuid: 'cycle-7',
    title: 'Báo cáo công tác phòng, chống mua bán người',
    recurrence,
    fromYear: 2020,
    ...overrides,
  };
}

let nextId = 1;
function entry(overrides: Partial<Entry> & Pick<Entry, 'kind' | 'startOn'>): Entry {
  const id = overrides.id ?? nextId++;
  return {
    id,
    uuid: `entry-${id}`,
    source: 'manual',
    title: `Mục ${id}`,
    description: null,
    endOn: null,
    yearly: false,
    time: null,
    place: null,
    what: null,
    sender: null,
    receiver: null,
    dataFrom: null,
    dataTo: null,
    planId: null,
    agencyIds: [],
    taskIds: [],
    ...overrides,
  };
}

const noWarning = () => null;
const brief = (occurrences: Occurrence[]) => occurrences.map((o) => `${o.key} ${o.start}..${o.end}`);
const windows = (occurrences: ReturnType<typeof cycleOccurrences>) =>
  occurrences.map((o) => `${o.periodLabel}: ${o.dataFrom} → ${o.dataTo}, hạn ${o.due}`);

describe('cycleOccurrences with the default windows (15th → 14th, due the 20th)', () => {
  it('monthly: data from the 15th of the previous month to the 14th, due the 20th', () => {
    const result = cycleOccurrences(cycle('monthly'), '2025-01-01', '2025-12-31');
    expect(result).toHaveLength(12);
    expect(result[0]).toEqual({
      cycleId: 7,
      secondHalf: false,
      periodLabel: 'Tháng 1/2025',
      due: '2025-01-20',
      dataFrom: '2024-12-15',
      dataTo: '2025-01-14',
    });
    expect(windows(result.slice(1, 3))).toEqual([
      'Tháng 2/2025: 2025-01-15 → 2025-02-14, hạn 2025-02-20',
      'Tháng 3/2025: 2025-02-15 → 2025-03-14, hạn 2025-03-20',
    ]);
    expect(windows(result.slice(-1))).toEqual(['Tháng 12/2025: 2025-11-15 → 2025-12-14, hạn 2025-12-20']);
  });

  it('quarterly: Q1 from 15/12 of the previous year to 14/3, due 20/3, and so on', () => {
    expect(windows(cycleOccurrences(cycle('quarterly'), '2025-01-01', '2025-12-31'))).toEqual([
      'Quý I/2025: 2024-12-15 → 2025-03-14, hạn 2025-03-20',
      'Quý II/2025: 2025-03-15 → 2025-06-14, hạn 2025-06-20',
      'Quý III/2025: 2025-06-15 → 2025-09-14, hạn 2025-09-20',
      'Quý IV/2025: 2025-09-15 → 2025-12-14, hạn 2025-12-20',
    ]);
  });

  it('half-yearly: first half 15/12 → 14/6 due 20/6, second half 15/6 → 14/12 due 20/12', () => {
    expect(windows(cycleOccurrences(cycle('half_yearly'), '2025-01-01', '2025-12-31'))).toEqual([
      '6 tháng đầu năm 2025: 2024-12-15 → 2025-06-14, hạn 2025-06-20',
      'Năm 2025 (6 tháng cuối năm): 2025-06-15 → 2025-12-14, hạn 2025-12-20',
    ]);
  });

  it('yearly: 15/12 of the previous year → 14/12, due 20/12', () => {
    expect(windows(cycleOccurrences(cycle('yearly'), '2024-01-01', '2025-12-31'))).toEqual([
      'Năm 2024: 2023-12-15 → 2024-12-14, hạn 2024-12-20',
      'Năm 2025: 2024-12-15 → 2025-12-14, hạn 2025-12-20',
    ]);
  });
});

describe('cycleOccurrences with edited windows and due days', () => {
  it('dueMonthOffset 1 puts the due date in the month after the period, across the new year', () => {
    const quarterly = cycle('quarterly', {
      windowStartDay: 1,
      windowEndDay: 31,
      dueDay: 10,
      dueMonthOffset: 1,
      fromYear: 2025,
    });
    expect(windows(cycleOccurrences(quarterly, '2025-01-01', '2026-01-31'))).toEqual([
      'Quý I/2025: 2024-12-01 → 2025-03-31, hạn 2025-04-10',
      'Quý II/2025: 2025-03-01 → 2025-06-30, hạn 2025-07-10',
      'Quý III/2025: 2025-06-01 → 2025-09-30, hạn 2025-10-10',
      'Quý IV/2025: 2025-09-01 → 2025-12-31, hạn 2026-01-10',
    ]);
    // A range holding only January 2026 still finds Q4/2025 (its period lies in the year before).
    expect(windows(cycleOccurrences(quarterly, '2026-01-01', '2026-01-31'))).toEqual([
      'Quý IV/2025: 2025-09-01 → 2025-12-31, hạn 2026-01-10',
    ]);
  });

  it('clamps day 31 to the last day of short months (28/02, 29/02 in a leap year, 30/4)', () => {
    const monthly = cycle('monthly', { windowStartDay: 31, windowEndDay: 31, dueDay: 31 });
    expect(windows(cycleOccurrences(monthly, '2025-02-01', '2025-04-30'))).toEqual([
      'Tháng 2/2025: 2025-01-31 → 2025-02-28, hạn 2025-02-28',
      'Tháng 3/2025: 2025-02-28 → 2025-03-31, hạn 2025-03-31',
      'Tháng 4/2025: 2025-03-31 → 2025-04-30, hạn 2025-04-30',
    ]);
    expect(windows(cycleOccurrences(monthly, '2024-02-01', '2024-02-29'))).toEqual([
      'Tháng 2/2024: 2024-01-31 → 2024-02-29, hạn 2024-02-29',
    ]);
    const quarterly = cycle('quarterly', { dueDay: 31, dueMonthOffset: 1 });
    // Q4/2024 is due in January 2025 (31/01), then 30/04, 31/07, 31/10.
    expect(cycleOccurrences(quarterly, '2025-01-01', '2025-12-31').map((o) => o.due)).toEqual([
      '2025-01-31',
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
    ]);
  });

  it('keeps to fromYear and toYear', () => {
    const bounded = cycle('quarterly', { fromYear: 2024, toYear: 2025 });
    const result = cycleOccurrences(bounded, '2020-01-01', '2030-12-31');
    expect(result).toHaveLength(8);
    expect(result[0]!.periodLabel).toBe('Quý I/2024');
    expect(result[0]!.due).toBe('2024-03-20');
    expect(result.at(-1)!.periodLabel).toBe('Quý IV/2025');
    expect(result.at(-1)!.due).toBe('2025-12-20');
    // The last year's last period still counts when its due date falls in the next year.
    const late = cycle('yearly', { fromYear: 2024, toYear: 2024, dueMonthOffset: 1 });
    expect(windows(cycleOccurrences(late, '2020-01-01', '2030-12-31'))).toEqual([
      'Năm 2024: 2023-12-15 → 2024-12-14, hạn 2025-01-20',
    ]);
    // An open-ended cycle runs on.
    expect(cycleOccurrences(cycle('yearly', { fromYear: 2024 }), '2020-01-01', '2030-12-31')).toHaveLength(7);
  });

  it('picks occurrences by due date, bounds included, not by data window', () => {
    const quarterly = cycle('quarterly');
    // Q1's data window reaches into this range but it is due before it.
    expect(cycleOccurrences(quarterly, '2025-03-21', '2025-06-20').map((o) => o.periodLabel)).toEqual(['Quý II/2025']);
    expect(cycleOccurrences(quarterly, '2025-03-20', '2025-03-20').map((o) => o.periodLabel)).toEqual(['Quý I/2025']);
    expect(cycleOccurrences(quarterly, '2025-03-21', '2025-06-19')).toEqual([]);
    expect(cycleOccurrences(cycle('monthly'), '2024-12-01', '2025-01-31').map((o) => o.due)).toEqual([
      '2024-12-20',
      '2025-01-20',
    ]);
  });
});

describe('yearlyDate', () => {
  it('moves a day to another year, 29/02 to 28/02 in a common year', () => {
    expect(yearlyDate('2024-07-30', 2031)).toBe('2031-07-30');
    expect(yearlyDate('2024-02-29', 2025)).toBe('2025-02-28');
    expect(yearlyDate('2024-02-29', 2028)).toBe('2028-02-29');
  });
});

describe('expandOccurrences', () => {
  it('shows a yearly event once per year of the range, from the year it starts', () => {
    const day = entry({
      id: 30,
      kind: 'event',
      title: 'Ngày toàn dân phòng, chống mua bán người',
      startOn: '2024-07-30',
      yearly: true,
    });
    const result = expandOccurrences([day], [], '2022-01-01', '2026-12-31', noWarning);
    expect(brief(result)).toEqual([
      'e30@2024 2024-07-30..2024-07-30',
      'e30@2025 2025-07-30..2025-07-30',
      'e30@2026 2026-07-30..2026-07-30',
    ]);
    expect(result.every((o) => o.yearly && o.entryId === 30 && o.kind === 'event')).toBe(true);
    // A range that misses 30/7 shows nothing, even spanning two years.
    expect(expandOccurrences([day], [], '2025-12-01', '2026-01-31', noWarning)).toEqual([]);
  });

  it('puts a yearly 29/02 on 28/02 in common years', () => {
    const leap = entry({ id: 31, kind: 'event', startOn: '2024-02-29', yearly: true });
    expect(expandOccurrences([leap], [], '2024-01-01', '2028-12-31', noWarning).map((o) => o.start)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('keeps periods that overlap the range edges, whole, and drops those outside', () => {
    const entries = [
      entry({ id: 40, kind: 'period', startOn: '2025-06-15', endOn: '2025-07-15' }),
      entry({ id: 41, kind: 'period', startOn: '2025-07-31', endOn: '2025-08-05' }),
      entry({ id: 42, kind: 'period', startOn: '2025-06-01', endOn: '2025-08-31' }),
      entry({ id: 43, kind: 'period', startOn: '2025-06-01', endOn: '2025-06-30' }),
      entry({ id: 44, kind: 'period', startOn: '2025-08-01', endOn: '2025-08-02' }),
      entry({ id: 45, kind: 'deadline', startOn: '2025-07-01' }),
      entry({ id: 46, kind: 'deadline', startOn: '2025-08-01' }),
    ];
    expect(brief(expandOccurrences(entries, [], '2025-07-01', '2025-07-31', noWarning))).toEqual([
      'e42 2025-06-01..2025-08-31',
      'e40 2025-06-15..2025-07-15',
      'e45 2025-07-01..2025-07-01',
      'e41 2025-07-31..2025-08-05',
    ]);
  });

  it('turns report cycles into report deadlines carrying their data window', () => {
    const quarterly = cycle('quarterly', { planId: 3, agencyIds: [5, 6], receiver: 'Công an tỉnh' });
    const [q2] = expandOccurrences([], [quarterly], '2025-04-01', '2025-06-30', noWarning);
    expect(q2).toEqual({
      key: 'c7@2025-06-20',
      kind: 'report',
      entryId: null,
      cycleId: 7,
      title: 'Báo cáo công tác phòng, chống mua bán người — Quý II/2025',
      description: null,
      start: '2025-06-20',
      end: '2025-06-20',
      yearly: false,
      time: null,
      place: null,
      what: 'Báo cáo công tác phòng, chống mua bán người',
      sender: null,
      receiver: 'Công an tỉnh',
      dataFrom: '2025-03-15',
      dataTo: '2025-06-14',
      planId: 3,
      agencyIds: [5, 6],
      taskIds: [],
      warning: null,
      suggested: null,
    });
  });

  describe('filters', () => {
    const entries = [
      entry({ id: 50, kind: 'deadline', startOn: '2025-05-10', planId: 1, agencyIds: [10, 11] }),
      entry({ id: 51, kind: 'period', startOn: '2025-05-01', endOn: '2025-05-31', planId: 2, agencyIds: [11] }),
      entry({ id: 52, kind: 'event', startOn: '2025-05-19', planId: null, agencyIds: [] }),
      entry({ id: 53, kind: 'meeting', startOn: '2025-05-22', time: '08:00', planId: 1, agencyIds: [12] }),
    ];
    const cycles = [cycle('monthly', { id: 8, planId: 2, agencyIds: [10] })];
    const keys = (filter: Parameters<typeof expandOccurrences>[5]) =>
      expandOccurrences(entries, cycles, '2025-05-01', '2025-05-31', noWarning, filter).map((o) => o.key);

    it('by kind', () => {
      expect(keys({ kinds: ['deadline'] })).toEqual(['e50']);
      expect(keys({ kinds: ['report', 'meeting'] })).toEqual(['c8@2025-05-20', 'e53']);
      expect(keys({ kinds: [] })).toEqual([]);
      expect(keys({})).toEqual(['e51', 'e50', 'e52', 'c8@2025-05-20', 'e53']);
    });

    it('by plan (null means every plan)', () => {
      expect(keys({ planId: 1 })).toEqual(['e50', 'e53']);
      expect(keys({ planId: 2 })).toEqual(['e51', 'c8@2025-05-20']);
      expect(keys({ planId: null })).toHaveLength(5);
    });

    it('by agency, and all filters together', () => {
      expect(keys({ agencyId: 10 })).toEqual(['e50', 'c8@2025-05-20']);
      expect(keys({ agencyId: 11 })).toEqual(['e51', 'e50']);
      expect(keys({ agencyId: 99 })).toEqual([]);
      expect(keys({ agencyId: 10, planId: 2, kinds: ['report'] })).toEqual(['c8@2025-05-20']);
      expect(keys({ agencyId: 10, planId: 1, kinds: ['report'] })).toEqual([]);
    });
  });

  it('asks `warn` about deadlines and report deadlines only, and carries its answer', () => {
    const asked: string[] = [];
    const warn = (date: string) => {
      asked.push(date);
      return date === '2025-04-30' ? { message: 'Hạn 30/04/2025 rơi vào ngày nghỉ.', suggested: '2025-04-29' } : null;
    };
    const entries = [
      entry({ id: 60, kind: 'deadline', startOn: '2025-04-30' }),
      entry({ id: 61, kind: 'deadline', startOn: '2025-04-25' }),
      entry({ id: 62, kind: 'event', startOn: '2025-04-30' }),
      entry({ id: 63, kind: 'period', startOn: '2025-04-30', endOn: '2025-05-02' }),
      entry({ id: 64, kind: 'meeting', startOn: '2025-04-30' }),
    ];
    const monthly = cycle('monthly', { id: 9, dueDay: 30 });
    const result = expandOccurrences(entries, [monthly], '2025-04-01', '2025-04-30', warn);
    // Each day is asked once, however many deadlines fall on it.
    expect(asked.sort()).toEqual(['2025-04-25', '2025-04-30']);
    const byKey = new Map(result.map((o) => [o.key, o]));
    expect(byKey.get('e60')).toMatchObject({ warning: 'Hạn 30/04/2025 rơi vào ngày nghỉ.', suggested: '2025-04-29' });
    expect(byKey.get('c9@2025-04-30')).toMatchObject({
      warning: 'Hạn 30/04/2025 rơi vào ngày nghỉ.',
      suggested: '2025-04-29',
    });
    for (const key of ['e61', 'e62', 'e63', 'e64']) {
      expect(byKey.get(key), key).toMatchObject({ warning: null, suggested: null });
    }
  });

  it('sorts by date, then by title in Vietnamese order', () => {
    const entries = [
      entry({ id: 70, kind: 'event', startOn: '2025-03-02', title: 'Đại hội' }),
      entry({ id: 71, kind: 'event', startOn: '2025-03-02', title: 'Dự án' }),
      entry({ id: 72, kind: 'event', startOn: '2025-03-02', title: 'Ễ thử' }),
      entry({ id: 73, kind: 'event', startOn: '2025-03-01', title: 'Zebra' }),
      entry({ id: 74, kind: 'period', startOn: '2025-02-20', endOn: '2025-03-10', title: 'Ảnh' }),
      entry({ id: 75, kind: 'event', startOn: '2025-03-02', title: 'Eo' }),
    ];
    const titles = expandOccurrences(entries, [], '2025-03-01', '2025-03-31', noWarning).map((o) => o.title);
    // d < đ < e in Vietnamese; Ễ sorts with the e's.
    expect(titles).toEqual(['Ảnh', 'Zebra', 'Dự án', 'Đại hội', 'Eo', 'Ễ thử']);
  });
});
