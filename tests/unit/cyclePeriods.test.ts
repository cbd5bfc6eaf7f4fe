/**
 * core/cyclePeriods.ts: a report cycle's periods and the requests that track them (the register, sổ theo dõi).
 * The occurrences are built with the real expandOccurrences from a cycle literal; the requests are literals, and
 * the trackers the calendar gets (listCycleTrackers) are requests with the id of their own deadline entry.
 * Pure: no store.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CYCLE,
  expandOccurrences,
  type Cycle,
  type Entry,
  type Occurrence,
  type OccurrenceFilter,
} from '../../core/calendar';
import {
  isCyclePeriod,
  requestForPeriod,
  sameCyclePeriod,
  trackingRequest,
  untrackedPeriods,
  withoutTrackedPeriods,
} from '../../core/cyclePeriods';
import type { ReportRequest } from '../../core/reports';

const TITLE = 'Báo cáo công tác phòng, chống mua bán người';
const RECEIVER = 'Công an tỉnh (Phòng Tham mưu)';

function quarterly(overrides: Partial<Cycle> = {}): Cycle {
  return {
    ...DEFAULT_CYCLE,
    id: 3,
    uuid: 'cycle-3',
    title: TITLE,
    recurrence: 'quarterly',
    fromYear: 2025,
    receiver: RECEIVER,
    planId: null,
    agencyIds: [1, 2],
    ...overrides,
  };
}

function deadlineEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 12,
    uuid: 'entry-12',
    source: 'request',
    kind: 'deadline',
    title: `Hạn nộp: ${TITLE} — Quý II/2025`,
    description: null,
    startOn: '2025-06-20',
    endOn: null,
    yearly: false,
    time: null,
    place: null,
    what: `${TITLE} — Quý II/2025`,
    sender: null,
    receiver: RECEIVER,
    dataFrom: '2025-03-15',
    dataTo: '2025-06-14',
    planId: null,
    agencyIds: [1, 2],
    taskIds: [],
    ...overrides,
  };
}

let nextRequestId = 100;
function request(overrides: Partial<ReportRequest> = {}): ReportRequest {
  const id = overrides.id ?? nextRequestId++;
  return {
    id,
    uuid: `request-${id}`,
    title: `${TITLE} — Quý II/2025`,
    kind: 'cycle',
    cycleId: 3,
    requestedOn: '2025-03-15',
    dueOn: '2025-06-20',
    dataFrom: '2025-03-15',
    dataTo: '2025-06-14',
    receiver: RECEIVER,
    outline: [],
    planId: null,
    agencyIds: [1, 2],
    exemptAgencyIds: [],
    closedOn: null,
    ...overrides,
  };
}

/** A request as listCycleTrackers hands it to the calendar: with the id of its deadline entry on the calendar. */
function tracker(calendarEntryId: number | null, overrides: Partial<ReportRequest> = {}) {
  return { ...request(overrides), calendarEntryId };
}

const noWarning = () => null;

/** The calendar of 2025 for the given cycles and entries, as the calendar screen gets it before tracking. */
function year2025(cycles: Cycle[] = [quarterly()], entries: Entry[] = [], filter: OccurrenceFilter = {}): Occurrence[] {
  return expandOccurrences(entries, cycles, '2025-01-01', '2025-12-31', noWarning, filter);
}

/** The calendar between two dates, with the screen's filters. */
function between(
  from: string,
  to: string,
  cycles: Cycle[],
  entries: Entry[],
  filter: OccurrenceFilter = {},
): Occurrence[] {
  return expandOccurrences(entries, cycles, from, to, noWarning, filter);
}

function occurrence(key: string, occurrences: Occurrence[] = year2025()): Occurrence {
  const found = occurrences.find((item) => item.key === key);
  if (!found) throw new Error(`no occurrence ${key} in ${occurrences.map((item) => item.key).join(', ')}`);
  return found;
}

const keys = (occurrences: Occurrence[]) => occurrences.map((item) => item.key);

describe('isCyclePeriod', () => {
  it("is true for a cycle's generated deadline and false for a calendar entry", () => {
    const all = year2025([quarterly()], [deadlineEntry()]);
    expect(all.map((item) => [item.key, isCyclePeriod(item)])).toEqual([
      ['c3@2025-03-20', true],
      ['c3@2025-06-20', true],
      ['e12', false],
      ['c3@2025-09-20', true],
      ['c3@2025-12-20', true],
    ]);
  });
});

describe('requestForPeriod', () => {
  it("proposes the Quý II/2025 request with the period's due date, data window, receiver, plan and agencies", () => {
    const quarter2 = occurrence('c3@2025-06-20');
    expect(requestForPeriod(quarter2)).toEqual({
      title: 'Báo cáo công tác phòng, chống mua bán người — Quý II/2025',
      kind: 'cycle',
      cycleId: 3,
      requestedOn: '2025-03-15',
      dueOn: '2025-06-20',
      dataFrom: '2025-03-15',
      dataTo: '2025-06-14',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      outline: [],
      planId: null,
      agencyIds: [1, 2],
      exemptAgencyIds: [],
    });
  });

  it('counts Quý I/2025 as requested from 15/12/2024, the first day of its data window in the year before', () => {
    const proposed = requestForPeriod(occurrence('c3@2025-03-20'));
    expect([proposed.title, proposed.requestedOn, proposed.dueOn, proposed.dataFrom, proposed.dataTo]).toEqual([
      'Báo cáo công tác phòng, chống mua bán người — Quý I/2025',
      '2024-12-15',
      '2025-03-20',
      '2024-12-15',
      '2025-03-14',
    ]);
  });

  it("carries the cycle's plan", () => {
    const occurrences = year2025([quarterly({ planId: 8 })]);
    expect(requestForPeriod(occurrence('c3@2025-09-20', occurrences)).planId).toBe(8);
  });

  it("copies the agencies into a new array: editing the proposal leaves the period's agencies alone", () => {
    const quarter2 = occurrence('c3@2025-06-20');
    const proposed = requestForPeriod(quarter2);
    expect(proposed.agencyIds).not.toBe(quarter2.agencyIds);
    proposed.agencyIds.push(9);
    proposed.exemptAgencyIds.push(1);
    proposed.outline.push('I. Kết quả');
    expect(quarter2.agencyIds).toEqual([1, 2]);
    expect(requestForPeriod(quarter2)).toMatchObject({ agencyIds: [1, 2], exemptAgencyIds: [], outline: [] });
  });

  it('refuses a calendar entry that is not a cycle period', () => {
    const entry = occurrence('e12', year2025([], [deadlineEntry()]));
    expect(() => requestForPeriod(entry)).toThrow('Not a report cycle period');
  });
});

describe('trackingRequest', () => {
  const quarter2 = () => occurrence('c3@2025-06-20');

  it('finds the request of the same cycle with the same due date', () => {
    const tracker = request({ id: 1, dataTo: null });
    expect(trackingRequest(quarter2(), [tracker])).toBe(tracker);
  });

  it('finds the request whose due date was moved off the 20th, by the end of its data window', () => {
    const moved = request({ id: 2, dueOn: '2025-06-19' });
    expect(trackingRequest(quarter2(), [moved])).toBe(moved);
  });

  it('picks the tracker out of other cycles, ad hoc requests and other periods', () => {
    const otherCycle = request({ id: 3, cycleId: 4 });
    const adHoc = request({ id: 4, kind: 'ad_hoc', cycleId: null });
    const quarter3 = request({ id: 5, dueOn: '2025-09-20', dataFrom: '2025-06-15', dataTo: '2025-09-14' });
    const tracker = request({ id: 6 });
    expect(trackingRequest(quarter2(), [otherCycle, adHoc, quarter3, tracker])).toBe(tracker);
  });

  it("does not take another cycle's request for the same dates", () => {
    expect(trackingRequest(quarter2(), [request({ cycleId: 4 })])).toBeUndefined();
  });

  it('does not take an ad hoc request for the same dates', () => {
    expect(trackingRequest(quarter2(), [request({ kind: 'ad_hoc', cycleId: null })])).toBeUndefined();
  });

  it('does not take the request of another period of the same cycle', () => {
    const quarter3 = request({ dueOn: '2025-09-20', dataFrom: '2025-06-15', dataTo: '2025-09-14' });
    const quarter1 = request({ dueOn: '2025-03-20', dataFrom: '2024-12-15', dataTo: '2025-03-14' });
    expect(trackingRequest(quarter2(), [quarter3, quarter1])).toBeUndefined();
  });

  it('does not take a request with a moved due date and no data window', () => {
    expect(
      trackingRequest(quarter2(), [request({ dueOn: '2025-06-19', dataFrom: null, dataTo: null })]),
    ).toBeUndefined();
  });

  it('never matches a calendar entry, even to a request of the same day', () => {
    const entry = occurrence('e12', year2025([], [deadlineEntry()]));
    expect(trackingRequest(entry, [request(), request({ cycleId: null })])).toBeUndefined();
  });

  it("finds a request with a moved due date whose data window ends up to a week either side of the period's", () => {
    // Quý II's window ends 14/06. 07/06 lies inside it, 21/06 inside Quý III's (15/06–14/09): a week either way.
    expect(quarter2()).toMatchObject({ dataFrom: '2025-03-15', dataTo: '2025-06-14' });
    const earlier = request({ id: 7, dueOn: '2025-06-18', dataTo: '2025-06-07' });
    const later = request({ id: 10, dueOn: '2025-06-23', dataTo: '2025-06-21' });
    expect(trackingRequest(quarter2(), [earlier])).toBe(earlier);
    expect(trackingRequest(quarter2(), [later])).toBe(later);
    expect(trackingRequest(occurrence('c3@2025-09-20'), [earlier, later])).toBeUndefined();
  });

  it("does not take a request with a moved due date whose data window ends more than a week from the period's", () => {
    // 06/06 is inside Quý II's window (15/03–14/06) but 8 days before its end; 22/06 is 8 days after it.
    const tooEarly = request({ id: 11, dueOn: '2025-06-18', dataTo: '2025-06-06' });
    const tooLate = request({ id: 12, dueOn: '2025-06-23', dataTo: '2025-06-22' });
    expect(trackingRequest(quarter2(), [tooEarly, tooLate])).toBeUndefined();
    expect(trackingRequest(occurrence('c3@2025-09-20'), [tooEarly, tooLate])).toBeUndefined();
  });

  it("still takes a request whose data window ends a day or two into the next period's window for its own period", () => {
    // Data to 16/06 falls in Quý III's window (15/06–14/09), but two days from Quý II's end and far from Quý III's.
    const shifted = request({ id: 9, dueOn: '2025-06-23', dataTo: '2025-06-16' });
    expect(trackingRequest(quarter2(), [shifted])).toBe(shifted);
    expect(trackingRequest(occurrence('c3@2025-09-20'), [shifted])).toBeUndefined();
  });

  it('still finds the request opened for Quý II after the cycle is edited to a window 16–15 and a due day 25', () => {
    const edited = year2025([quarterly({ windowStartDay: 16, windowEndDay: 15, dueDay: 25 })]);
    const period = occurrence('c3@2025-06-25', edited);
    expect([period.dataFrom, period.dataTo]).toEqual(['2025-03-16', '2025-06-15']);
    // Opened before the edit: due 20/06, data to 14/06. Neither the due date nor the window's end is the period's.
    const opened = request({ id: 8 });
    expect(trackingRequest(period, [opened])).toBe(opened);
    expect(trackingRequest(occurrence('c3@2025-09-25', edited), [opened])).toBeUndefined();
    expect(trackingRequest(occurrence('c3@2025-03-25', edited), [opened])).toBeUndefined();
  });

  it('still finds the request opened for Quý II after the cycle is edited to a window 14–13 and a due day 18', () => {
    const edited = year2025([quarterly({ windowStartDay: 14, windowEndDay: 13, dueDay: 18 })]);
    const period = occurrence('c3@2025-06-18', edited);
    const quarter3 = occurrence('c3@2025-09-18', edited);
    expect([period.dataFrom, period.dataTo]).toEqual(['2025-03-14', '2025-06-13']);
    expect([quarter3.dataFrom, quarter3.dataTo]).toEqual(['2025-06-14', '2025-09-13']);
    // Opened before the edit: due 20/06, data to 14/06, which is now the first day of Quý III's window.
    const opened = request({ id: 13 });
    expect(trackingRequest(period, [opened])).toBe(opened);
    expect(trackingRequest(quarter3, [opened])).toBeUndefined();
    expect(trackingRequest(occurrence('c3@2025-03-18', edited), [opened])).toBeUndefined();
  });
});

describe('sameCyclePeriod', () => {
  const quarter2 = { cycleId: 3, dueOn: '2025-06-20', dataTo: '2025-06-14' };

  it('is true for the same cycle and the same due date, whatever the data window', () => {
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-06-20', dataTo: '2025-06-10' })).toBe(true);
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-06-20', dataTo: '2025-03-14' })).toBe(true);
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-06-20', dataTo: null })).toBe(true);
    expect(sameCyclePeriod({ cycleId: 3, dueOn: '2025-06-20', dataTo: null }, quarter2)).toBe(true);
  });

  it('is true for the same cycle and the same end of the data window, the due date moved', () => {
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-06-23', dataTo: '2025-06-14' })).toBe(true);
    expect(sameCyclePeriod({ cycleId: 3, dueOn: '2025-06-19', dataTo: '2025-06-14' }, quarter2)).toBe(true);
  });

  it('is true when the ends of the data windows are at most 7 days apart, either way and in either order', () => {
    for (const dataTo of ['2025-06-07', '2025-06-13', '2025-06-15', '2025-06-21']) {
      const moved = { cycleId: 3, dueOn: '2025-06-25', dataTo };
      expect([dataTo, sameCyclePeriod(quarter2, moved), sameCyclePeriod(moved, quarter2)]).toEqual([
        dataTo,
        true,
        true,
      ]);
    }
  });

  it('is false when the ends of the data windows are 8 days apart or more and the due dates differ', () => {
    for (const dataTo of ['2025-06-06', '2025-06-22', '2025-09-14']) {
      const other = { cycleId: 3, dueOn: '2025-06-25', dataTo };
      expect([dataTo, sameCyclePeriod(quarter2, other), sameCyclePeriod(other, quarter2)]).toEqual([
        dataTo,
        false,
        false,
      ]);
    }
  });

  it('is false for another period of the same cycle, or moved due dates with a data window on one side or none', () => {
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-09-20', dataTo: '2025-09-14' })).toBe(false);
    expect(
      sameCyclePeriod(
        { cycleId: 3, dueOn: '2025-06-19', dataTo: null },
        { cycleId: 3, dueOn: '2025-06-23', dataTo: null },
      ),
    ).toBe(false);
    expect(sameCyclePeriod(quarter2, { cycleId: 3, dueOn: '2025-06-23', dataTo: null })).toBe(false);
    expect(sameCyclePeriod({ cycleId: 3, dueOn: '2025-06-23', dataTo: null }, quarter2)).toBe(false);
  });

  it('is false for another cycle, even on the same dates', () => {
    expect(sameCyclePeriod(quarter2, { ...quarter2, cycleId: 4 })).toBe(false);
    expect(sameCyclePeriod({ ...quarter2, cycleId: 4 }, quarter2)).toBe(false);
  });

  it('never matches a request without a cycle, on either side', () => {
    const adHoc = { ...quarter2, cycleId: null };
    expect(sameCyclePeriod(adHoc, adHoc)).toBe(false);
    expect(sameCyclePeriod(adHoc, quarter2)).toBe(false);
    expect(sameCyclePeriod(quarter2, adHoc)).toBe(false);
  });
});

describe('withoutTrackedPeriods', () => {
  it("drops exactly the tracked period when its request's own deadline entry is shown, keeping everything else", () => {
    const all = year2025(
      [quarterly()],
      [
        deadlineEntry({ startOn: '2025-06-19' }),
        deadlineEntry({ id: 13, uuid: 'entry-13', kind: 'event', title: 'Ngày toàn dân', startOn: '2025-07-30' }),
      ],
    );
    expect(keys(all)).toEqual(['c3@2025-03-20', 'e12', 'c3@2025-06-20', 'e13', 'c3@2025-09-20', 'c3@2025-12-20']);
    expect(occurrence('e12', all).entryId).toBe(12);
    const shown = withoutTrackedPeriods(all, [
      tracker(12, { dueOn: '2025-06-19' }),
      tracker(13, { kind: 'ad_hoc', cycleId: null }),
    ]);
    expect(keys(shown)).toEqual(['c3@2025-03-20', 'e12', 'e13', 'c3@2025-09-20', 'c3@2025-12-20']);
  });

  it("keeps the period when the tracker's deadline entry is not among the occurrences, even if another entry is", () => {
    const all = year2025([quarterly()], [deadlineEntry()]);
    expect(withoutTrackedPeriods(all, [tracker(99)])).toBe(all);
    expect(withoutTrackedPeriods(all, [tracker(null)])).toBe(all);
    expect(keys(all)).toEqual(['c3@2025-03-20', 'c3@2025-06-20', 'e12', 'c3@2025-09-20', 'c3@2025-12-20']);
  });

  it('keeps the period when deadlines are filtered out (kinds: report), and hides it when they are shown', () => {
    const entries = [deadlineEntry()];
    const trackers = [tracker(12)];
    const reportsOnly = year2025([quarterly()], entries, { kinds: ['report'] });
    expect(keys(reportsOnly)).toEqual(['c3@2025-03-20', 'c3@2025-06-20', 'c3@2025-09-20', 'c3@2025-12-20']);
    expect(withoutTrackedPeriods(reportsOnly, trackers)).toBe(reportsOnly);

    const both = year2025([quarterly()], entries, { kinds: ['report', 'deadline'] });
    expect(keys(withoutTrackedPeriods(both, trackers))).toEqual([
      'c3@2025-03-20',
      'e12',
      'c3@2025-09-20',
      'c3@2025-12-20',
    ]);
  });

  it("keeps the period when the plan filter leaves out the request's deadline, and hides it when the plan is theirs", () => {
    const cycles = [quarterly({ planId: 8 })];
    const trackers = [tracker(12, { planId: null })];
    const otherPlan = year2025(cycles, [deadlineEntry({ planId: null })], { planId: 8 });
    expect(keys(otherPlan)).toEqual(['c3@2025-03-20', 'c3@2025-06-20', 'c3@2025-09-20', 'c3@2025-12-20']);
    expect(withoutTrackedPeriods(otherPlan, trackers)).toBe(otherPlan);

    const samePlan = year2025(cycles, [deadlineEntry({ planId: 8 })], { planId: 8 });
    expect(keys(withoutTrackedPeriods(samePlan, trackers))).toEqual([
      'c3@2025-03-20',
      'e12',
      'c3@2025-09-20',
      'c3@2025-12-20',
    ]);
  });

  it("keeps the period when the agency filter leaves out the request's deadline, and hides it for the request's agency", () => {
    const entries = [deadlineEntry({ agencyIds: [1] })];
    const trackers = [tracker(12, { agencyIds: [1] })];
    const agency2 = year2025([quarterly()], entries, { agencyId: 2 });
    expect(keys(agency2)).toEqual(['c3@2025-03-20', 'c3@2025-06-20', 'c3@2025-09-20', 'c3@2025-12-20']);
    expect(withoutTrackedPeriods(agency2, trackers)).toBe(agency2);

    const agency1 = year2025([quarterly()], entries, { agencyId: 1 });
    expect(keys(withoutTrackedPeriods(agency1, trackers))).toEqual([
      'c3@2025-03-20',
      'e12',
      'c3@2025-09-20',
      'c3@2025-12-20',
    ]);
  });

  it("keeps the period when the request's moved deadline lies outside the range shown", () => {
    const entries = [deadlineEntry({ startOn: '2025-06-19' })];
    const trackers = [tracker(12, { dueOn: '2025-06-19' })];
    const from20 = between('2025-06-20', '2025-06-30', [quarterly()], entries);
    expect(keys(from20)).toEqual(['c3@2025-06-20']);
    expect(withoutTrackedPeriods(from20, trackers)).toBe(from20);

    const june = between('2025-06-01', '2025-06-30', [quarterly()], entries);
    expect(keys(withoutTrackedPeriods(june, trackers))).toEqual(['e12']);
  });

  it("judges each tracked period by its own request's deadline, not by any request's deadline being shown", () => {
    // Quý II's request is due 19/06, before the range; Quý III's request (entry 14) is due on the period's day.
    const entries = [
      deadlineEntry({ startOn: '2025-06-19' }),
      deadlineEntry({ id: 14, uuid: 'entry-14', startOn: '2025-09-20', dataFrom: '2025-06-15', dataTo: '2025-09-14' }),
    ];
    const trackers = [
      tracker(12, { dueOn: '2025-06-19' }),
      tracker(14, { dueOn: '2025-09-20', dataFrom: '2025-06-15', dataTo: '2025-09-14' }),
    ];
    const summer = between('2025-06-20', '2025-09-30', [quarterly()], entries);
    expect(keys(summer)).toEqual(['c3@2025-06-20', 'c3@2025-09-20', 'e14']);
    expect(keys(withoutTrackedPeriods(summer, trackers))).toEqual(['c3@2025-06-20', 'e14']);
  });

  it("keeps another cycle's period of the same day", () => {
    const all = year2025(
      [quarterly(), quarterly({ id: 4, uuid: 'cycle-4', title: 'Báo cáo công tác dân tộc' })],
      [deadlineEntry()],
    );
    const shown = withoutTrackedPeriods(all, [tracker(12, { cycleId: 3 })]);
    expect(keys(shown).filter((key) => key.endsWith('@2025-06-20'))).toEqual(['c4@2025-06-20']);
    expect(keys(shown)).toContain('e12');
    expect(shown).toHaveLength(8);
  });

  it('returns the input unchanged when there is no tracker, or none of their deadline entries is shown', () => {
    const all = year2025([quarterly()], [deadlineEntry()]);
    expect(withoutTrackedPeriods(all, [])).toBe(all);
    expect(withoutTrackedPeriods(all, [tracker(null, { kind: 'ad_hoc', cycleId: null })])).toBe(all);
    expect(withoutTrackedPeriods(all, [tracker(13), tracker(null, { dueOn: '2025-09-20' })])).toBe(all);
    expect(keys(all)).toHaveLength(5);
  });

  it("hides nothing for a request without a cycle, even when its deadline entry is shown on the period's day", () => {
    const all = year2025([quarterly()], [deadlineEntry()]);
    expect(keys(withoutTrackedPeriods(all, [tracker(12, { kind: 'ad_hoc', cycleId: null })]))).toEqual(keys(all));
    expect(keys(all)).toEqual(['c3@2025-03-20', 'c3@2025-06-20', 'e12', 'c3@2025-09-20', 'c3@2025-12-20']);
  });
});

describe('untrackedPeriods', () => {
  it('lists the periods no request tracks, never a calendar entry', () => {
    const all = year2025([quarterly()], [deadlineEntry()]);
    expect(keys(untrackedPeriods(all, []))).toEqual([
      'c3@2025-03-20',
      'c3@2025-06-20',
      'c3@2025-09-20',
      'c3@2025-12-20',
    ]);
    expect(keys(untrackedPeriods(all, [request()]))).toEqual(['c3@2025-03-20', 'c3@2025-09-20', 'c3@2025-12-20']);
  });

  it('counts a request as tracking whatever is shown: its deadline filtered out, or with no calendar entry', () => {
    const reportsOnly = year2025([quarterly()], [deadlineEntry()], { kinds: ['report'] });
    const trackers = [tracker(12)];
    // The calendar keeps Quý II (its request's deadline is not shown), the to-do list does not call it untracked.
    expect(keys(withoutTrackedPeriods(reportsOnly, trackers))).toContain('c3@2025-06-20');
    expect(keys(untrackedPeriods(reportsOnly, trackers))).toEqual(['c3@2025-03-20', 'c3@2025-09-20', 'c3@2025-12-20']);
    expect(keys(untrackedPeriods(reportsOnly, [tracker(null)]))).toEqual([
      'c3@2025-03-20',
      'c3@2025-09-20',
      'c3@2025-12-20',
    ]);
  });

  it('matches like trackingRequest: a moved due date within a week of the window end, not another cycle or ad hoc', () => {
    const all = year2025([quarterly()]);
    const moved = request({ dueOn: '2025-09-22', dataFrom: '2025-06-15', dataTo: '2025-09-16' });
    const otherCycle = request({ cycleId: 4, dueOn: '2025-03-20', dataTo: '2025-03-14' });
    const adHoc = request({ kind: 'ad_hoc', cycleId: null, dueOn: '2025-12-20', dataTo: '2025-12-14' });
    const tooFar = request({ dueOn: '2025-06-25', dataTo: '2025-06-06' });
    expect(keys(untrackedPeriods(all, [moved, otherCycle, adHoc, tooFar]))).toEqual([
      'c3@2025-03-20',
      'c3@2025-06-20',
      'c3@2025-12-20',
    ]);
  });
});
