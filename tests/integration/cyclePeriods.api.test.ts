/**
 * A report cycle's periods and their registers (sổ theo dõi) through the API, exactly as the UI calls it, on a
 * real temp store: the calendar shows a quarterly cycle's deadlines, the to-do screen lists the periods due soon
 * that nobody tracks, opening the register for a period (a request prefilled by requestForPeriod) puts the
 * request's own deadline in the period's place wherever that deadline is itself shown (the same filters and range),
 * a second register for the same period is refused by the same rule that tracks it, and moving the request's due
 * date or shifting the cycle's window by a day or two keeps the period tracked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import type { Cycle, Occurrence } from '../../core/calendar';
import { requestForPeriod } from '../../core/cyclePeriods';
import type { ChannelInput } from '../../electron/api/contract';
import { samplePlan } from '../support/samples';
import { errorOf, openTempStore, type TempStore } from '../support/tempStore';

const TITLE = 'Báo cáo công tác phòng, chống mua bán người';
const Q1 = `${TITLE} — Quý I/2025`;
const Q2 = `${TITLE} — Quý II/2025`;
const Q3 = `${TITLE} — Quý III/2025`;
const Q4 = `${TITLE} — Quý IV/2025`;

let t: TempStore;
let agencies: Agency[];
let cycle: Cycle;
let justice: number;
let health: number;

function agencyId(name: string): number {
  const found = agencies.find((agency) => agency.name === name);
  if (!found) throw new Error(`no agency named ${name}`);
  return found.id;
}

/** Rows in a table, read with SQL so that "nothing written" does not rely on the code under test. */
function count(table: string): number {
  return t.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function counts() {
  return {
    requests: count('report_requests'),
    requestAgencies: count('report_request_agencies'),
    entries: count('calendar_entries'),
  };
}

beforeEach(async () => {
  t = openTempStore();
  agencies = await t.must('agencies.list', { includeInactive: true });
  justice = agencyId('Sở Tư pháp');
  health = agencyId('Sở Y tế');
  cycle = await t.must('cycles.create', quarterly());
});

afterEach(() => {
  t.cleanup();
});

/** The quarterly cycle of these tests, for Sở Tư pháp and Sở Y tế; an edit changes only what it names. */
function quarterly(edit: Partial<ChannelInput<'cycles.create'>> = {}): ChannelInput<'cycles.create'> {
  return {
    title: TITLE,
    recurrence: 'quarterly',
    fromYear: 2025,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    agencyIds: [justice, health],
    ...edit,
  };
}

async function calendar2025(): Promise<Occurrence[]> {
  return (await t.must('calendar.list', { from: '2025-01-01', to: '2025-12-31' })).occurrences;
}

/** What the calendar of 2025 shows, one line per occurrence. */
async function shown(): Promise<string[]> {
  return (await calendar2025()).map((o) => `${o.start} ${o.kind} ${o.title}`);
}

/** The cycle's Quý II/2025 deadline, as the calendar hands it to the "open the register" form. */
async function quarter2(): Promise<Occurrence> {
  const found = (await calendar2025()).find((o) => o.key === `c${cycle.id}@2025-06-20`);
  if (!found) throw new Error('Quý II/2025 is not on the calendar');
  return found;
}

async function untracked(on: string): Promise<string[]> {
  return (await t.must('reminders.todo', { on })).untrackedPeriods.map((o) => `${o.key} ${o.title}`);
}

describe('a report cycle before any register is opened', () => {
  it("shows the quarterly cycle's four deadlines of 2025 on the calendar, Quý II on 20/06 with its data window", async () => {
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 report ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    const period = await quarter2();
    expect(period).toMatchObject({
      kind: 'report',
      cycleId: cycle.id,
      entryId: null,
      dataFrom: '2025-03-15',
      dataTo: '2025-06-14',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
    });
    expect([...period.agencyIds].sort((a, b) => a - b)).toEqual([justice, health].sort((a, b) => a - b));
  });

  it('lists Quý II/2025 as untracked on 10/06/2025, and not Quý III due in September', async () => {
    const todo = await t.must('reminders.todo', { on: '2025-06-10' });
    expect(todo.untrackedPeriods.map((o) => [o.key, o.title, o.start, o.dataFrom, o.dataTo])).toEqual([
      [`c${cycle.id}@2025-06-20`, Q2, '2025-06-20', '2025-03-15', '2025-06-14'],
    ]);
    expect(todo.reminders).toEqual([]);
    expect(todo.upcoming).toEqual([]);
  });

  it('looks a month either side of the day: an overdue period still untracked, a period due in under a month', async () => {
    // 15/07: Quý II was due 25 days ago and nobody tracks it.
    expect(await untracked('2025-07-15')).toEqual([`c${cycle.id}@2025-06-20 ${Q2}`]);
    // 25/08: Quý III is due in 26 days; Quý II is more than a month behind.
    expect(await untracked('2025-08-25')).toEqual([`c${cycle.id}@2025-09-20 ${Q3}`]);
    // 01/05: nothing due between 01/04 and 31/05.
    expect(await untracked('2025-05-01')).toEqual([]);
  });

  it('an ad hoc request on the same dates does not track the period', async () => {
    const proposed = requestForPeriod(await quarter2());
    await t.must('requests.create', { ...proposed, kind: 'ad_hoc', cycleId: null });
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 report ${Q2}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    expect(await untracked('2025-06-10')).toEqual([`c${cycle.id}@2025-06-20 ${Q2}`]);
  });
});

describe('opening the register for a period', () => {
  it("creates the request requestForPeriod proposes; the request's deadline takes the period's place", async () => {
    const request = await t.must('requests.create', requestForPeriod(await quarter2()));
    expect(request).toMatchObject({
      title: Q2,
      kind: 'cycle',
      cycleId: cycle.id,
      requestedOn: '2025-03-15',
      dueOn: '2025-06-20',
      dataFrom: '2025-03-15',
      dataTo: '2025-06-14',
      receiver: 'Công an tỉnh (Phòng Tham mưu)',
      outline: [],
      planId: null,
      exemptAgencyIds: [],
    });
    expect([...request.agencyIds].sort((a, b) => a - b)).toEqual([justice, health].sort((a, b) => a - b));

    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    const deadline = (await calendar2025()).find((o) => o.start === '2025-06-20')!;
    expect(deadline).toMatchObject({ cycleId: null, dataFrom: '2025-03-15', dataTo: '2025-06-14' });
    expect(deadline.entryId).not.toBeNull();
  });

  it('takes the period off the to-do list of untracked periods and follows the request instead', async () => {
    const request = await t.must('requests.create', requestForPeriod(await quarter2()));

    const on10 = await t.must('reminders.todo', { on: '2025-06-10' });
    expect(on10.untrackedPeriods).toEqual([]);
    expect(on10.reminders).toEqual([]);
    expect(on10.upcoming).toEqual([
      { requestId: request.id, title: Q2, dueOn: '2025-06-20', daysLeft: 10, missing: 2 },
    ]);

    const on13 = await t.must('reminders.todo', { on: '2025-06-13' });
    expect(on13.untrackedPeriods).toEqual([]);
    expect(on13.upcoming).toEqual([]);
    expect(on13.reminders).toHaveLength(1);
    expect(on13.reminders[0]).toMatchObject({ requestId: request.id, title: Q2, dueOn: '2025-06-20', daysLeft: 7 });
    expect(on13.reminders[0]!.step).toBe('before-7');
    expect([...on13.reminders[0]!.missingAgencyIds].sort((a, b) => a - b)).toEqual(
      [justice, health].sort((a, b) => a - b),
    );

    // The next quarter is still nobody's.
    expect(await untracked('2025-08-25')).toEqual([`c${cycle.id}@2025-09-20 ${Q3}`]);
  });

  it('refuses a second register for the same period with DUPLICATE, writing nothing', async () => {
    const proposed = requestForPeriod(await quarter2());
    await t.must('requests.create', proposed);
    const before = counts();
    expect(before).toEqual({ requests: 1, requestAgencies: 2, entries: 1 });

    const again = errorOf(await t.call('requests.create', proposed));
    expect(again.code).toBe('DUPLICATE');
    expect(again.message).toBe(
      `Kỳ báo cáo này đã có sổ theo dõi: “${Q2}” (hạn 20/06/2025). Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.`,
    );

    // The same period with another due date (same data window) is the same period.
    const moved = errorOf(
      await t.call('requests.create', { ...proposed, title: 'Quý II (bản 2)', dueOn: '2025-06-23' }),
    );
    expect(moved.code).toBe('DUPLICATE');
    expect(moved.message).toMatch(/^Kỳ báo cáo này đã có sổ theo dõi/);

    // So is one whose window ends up to a week from 14/06, either way, the due date moved too: as it would track.
    for (const [dueOn, dataTo] of [
      ['2025-06-23', '2025-06-16'],
      ['2025-06-18', '2025-06-07'],
      ['2025-06-27', '2025-06-21'],
    ] as const) {
      const shifted = errorOf(
        await t.call('requests.create', { ...proposed, title: 'Quý II (lệch kỳ)', dueOn, dataTo }),
      );
      expect([dueOn, dataTo, shifted.code, shifted.message]).toEqual([
        dueOn,
        dataTo,
        'DUPLICATE',
        `Kỳ báo cáo này đã có sổ theo dõi: “${Q2}” (hạn 20/06/2025). Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.`,
      ]);
    }

    expect(counts()).toEqual(before);
    expect((await t.must('requests.list', {})).map((r) => r.title)).toEqual([Q2]);
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
  });

  it('opens the register of another period of the same cycle beside it', async () => {
    await t.must('requests.create', requestForPeriod(await quarter2()));
    const quarter3 = (await calendar2025()).find((o) => o.key === `c${cycle.id}@2025-09-20`)!;
    await t.must('requests.create', requestForPeriod(quarter3));
    expect(count('report_requests')).toBe(2);
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 deadline Hạn nộp: ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
  });

  it("keeps the period tracked when the request's due date is moved, hidden wherever that deadline shows", async () => {
    const proposed = requestForPeriod(await quarter2());
    const request = await t.must('requests.create', proposed);
    const updated = await t.must('requests.update', { id: request.id, request: { ...proposed, dueOn: '2025-06-19' } });
    expect([updated.dueOn, updated.dataTo]).toEqual(['2025-06-19', '2025-06-14']);

    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-19 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    // A range that leaves out the request's deadline (19/06) shows the period instead: nothing goes missing.
    const on20 = (await t.must('calendar.list', { from: '2025-06-20', to: '2025-06-20' })).occurrences;
    expect(on20.map((o) => [o.key, o.kind, o.title])).toEqual([[`c${cycle.id}@2025-06-20`, 'report', Q2]]);
    const from19 = (await t.must('calendar.list', { from: '2025-06-19', to: '2025-06-20' })).occurrences;
    expect(from19.map((o) => `${o.start} ${o.kind} ${o.title}`)).toEqual([`2025-06-19 deadline Hạn nộp: ${Q2}`]);
    // Still tracked, whatever the calendar shows.
    expect(await untracked('2025-06-10')).toEqual([]);
    expect(await untracked('2025-06-21')).toEqual([]);
    // And still refuses a second register for it.
    expect(errorOf(await t.call('requests.create', proposed)).code).toBe('DUPLICATE');
  });

  it('puts the period back on the calendar and the to-do list when its request is deleted', async () => {
    const request = await t.must('requests.create', requestForPeriod(await quarter2()));
    expect(await t.must('requests.delete', { id: request.id })).toBeNull();
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 report ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    expect(await untracked('2025-06-10')).toEqual([`c${cycle.id}@2025-06-20 ${Q2}`]);
  });
});

/** A request's row, read with SQL so that "nothing changed" does not rely on the code under test. */
function requestRow(id: number) {
  return t.store.sqlite
    .prepare(
      `SELECT title, kind, cycle_id AS cycleId, requested_on AS requestedOn, due_on AS dueOn,
              data_from AS dataFrom, data_to AS dataTo, calendar_entry_id AS calendarEntryId, updated_at AS updatedAt
       FROM report_requests WHERE id = ?`,
    )
    .get(id) as Record<string, unknown>;
}

/** The cycle's Quý III/2025 deadline, as the calendar hands it to the form. */
async function quarter3(): Promise<Occurrence> {
  const found = (await calendar2025()).find((o) => o.key === `c${cycle.id}@2025-09-20`);
  if (!found) throw new Error('Quý III/2025 is not on the calendar');
  return found;
}

describe('editing a register onto a period', () => {
  it("refuses to move Quý III's register onto Quý II's due date with DUPLICATE, changing nothing", async () => {
    await t.must('requests.create', requestForPeriod(await quarter2()));
    const proposed3 = requestForPeriod(await quarter3());
    const request3 = await t.must('requests.create', proposed3);
    const row = requestRow(request3.id);
    const detail = await t.must('requests.get', { id: request3.id });
    const before = counts();
    const calendarBefore = await shown();

    const error = errorOf(
      await t.call('requests.update', { id: request3.id, request: { ...proposed3, dueOn: '2025-06-20' } }),
    );
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toBe(
      `Kỳ báo cáo này đã có sổ theo dõi: “${Q2}” (hạn 20/06/2025). Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.`,
    );

    expect(requestRow(request3.id)).toEqual(row);
    expect(row).toMatchObject({ title: Q3, dueOn: '2025-09-20', dataFrom: '2025-06-15', dataTo: '2025-09-14' });
    expect(await t.must('requests.get', { id: request3.id })).toEqual(detail);
    expect(counts()).toEqual(before);
    expect(await shown()).toEqual(calendarBefore);
  });

  it("refuses to move Quý III's register onto Quý II's data window (same end) with DUPLICATE, changing nothing", async () => {
    await t.must('requests.create', requestForPeriod(await quarter2()));
    const proposed3 = requestForPeriod(await quarter3());
    const request3 = await t.must('requests.create', proposed3);
    const row = requestRow(request3.id);
    const detail = await t.must('requests.get', { id: request3.id });
    const before = counts();

    const error = errorOf(
      await t.call('requests.update', {
        id: request3.id,
        request: {
          ...proposed3,
          title: 'Quý III (sửa)',
          requestedOn: '2025-03-15',
          dataFrom: '2025-03-15',
          dataTo: '2025-06-14',
        },
      }),
    );
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toMatch(/^Kỳ báo cáo này đã có sổ theo dõi: “.+Quý II\/2025”/);

    expect(requestRow(request3.id)).toEqual(row);
    expect(row).toMatchObject({ title: Q3, requestedOn: '2025-06-15', dataTo: '2025-09-14' });
    expect((await t.must('requests.get', { id: request3.id })).request).toEqual(detail.request);
    expect(counts()).toEqual(before);
    expect((await t.must('requests.list', {})).map((r) => r.title).sort()).toEqual([Q2, Q3].sort());
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 deadline Hạn nộp: ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
  });

  it("refuses to move Quý III's register onto a window ending two days after Quý II's, changing nothing", async () => {
    await t.must('requests.create', requestForPeriod(await quarter2()));
    const proposed3 = requestForPeriod(await quarter3());
    const request3 = await t.must('requests.create', proposed3);
    const row = requestRow(request3.id);
    const before = counts();

    const error = errorOf(
      await t.call('requests.update', {
        id: request3.id,
        request: {
          ...proposed3,
          requestedOn: '2025-03-17',
          dueOn: '2025-06-24',
          dataFrom: '2025-03-17',
          dataTo: '2025-06-16',
        },
      }),
    );
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toBe(
      `Kỳ báo cáo này đã có sổ theo dõi: “${Q2}” (hạn 20/06/2025). Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.`,
    );
    expect(requestRow(request3.id)).toEqual(row);
    expect(counts()).toEqual(before);
  });

  it('lets a register be edited on its own period: a new title, then the due date moved by a day', async () => {
    const proposed2 = requestForPeriod(await quarter2());
    const request2 = await t.must('requests.create', proposed2);
    await t.must('requests.create', requestForPeriod(await quarter3()));

    const renamed = await t.must('requests.update', {
      id: request2.id,
      request: { ...proposed2, title: `${Q2} (bổ sung)` },
    });
    expect([renamed.title, renamed.dueOn, renamed.dataTo]).toEqual([`${Q2} (bổ sung)`, '2025-06-20', '2025-06-14']);

    const moved = await t.must('requests.update', {
      id: request2.id,
      request: { ...proposed2, title: `${Q2} (bổ sung)`, dueOn: '2025-06-21' },
    });
    expect([moved.dueOn, moved.dataTo]).toEqual(['2025-06-21', '2025-06-14']);
    expect(requestRow(request2.id)).toMatchObject({ title: `${Q2} (bổ sung)`, dueOn: '2025-06-21' });
    expect((await t.must('requests.get', { id: request2.id })).request).toMatchObject({
      title: `${Q2} (bổ sung)`,
      dueOn: '2025-06-21',
      cycleId: cycle.id,
    });
    expect(count('report_requests')).toBe(2);
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-21 deadline Hạn nộp: ${Q2} (bổ sung)`,
      `2025-09-20 deadline Hạn nộp: ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
  });
});

describe('the calendar filtered by kind', () => {
  const june = (kinds?: Array<'deadline' | 'period' | 'event' | 'meeting' | 'report'>) =>
    t
      .must('calendar.list', { from: '2025-06-01', to: '2025-06-30', ...(kinds ? { kinds } : {}) })
      .then((view) => view.occurrences.map((o) => `${o.start} ${o.kind} ${o.title}`));

  it('shows a tracked period when deadlines are filtered out, and hides it when they are shown', async () => {
    await t.must('requests.create', requestForPeriod(await quarter2()));

    expect(await june(['report'])).toEqual([`2025-06-20 report ${Q2}`]);
    expect(await june(['report', 'event'])).toEqual([`2025-06-20 report ${Q2}`]);

    expect(await june()).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await june(['report', 'deadline'])).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await june(['deadline'])).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await june(['event'])).toEqual([]);
    // The to-do list goes by tracking alone, not by what a filtered calendar shows.
    expect(await untracked('2025-06-10')).toEqual([]);
  });
});

describe('the calendar filtered by plan or agency', () => {
  const june = (filter: { planId?: number | null; agencyId?: number | null }) =>
    t
      .must('calendar.list', { from: '2025-06-01', to: '2025-06-30', ...filter })
      .then((view) => view.occurrences.map((o) => `${o.start} ${o.kind} ${o.title}`));

  it("shows a tracked period for an agency its request leaves out, and hides it for the request's agency", async () => {
    const request = await t.must('requests.create', { ...requestForPeriod(await quarter2()), agencyIds: [justice] });
    expect(request.agencyIds).toEqual([justice]);

    expect(await june({ agencyId: health })).toEqual([`2025-06-20 report ${Q2}`]);
    expect(await june({ agencyId: justice })).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await june({})).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await untracked('2025-06-10')).toEqual([]);
  });

  it("shows a tracked period under its cycle's plan when the request has another plan, hides it under the same", async () => {
    const plan = await t.must('plans.create', samplePlan());
    await t.must('cycles.update', { id: cycle.id, cycle: quarterly({ planId: plan.id }) });
    const proposed = requestForPeriod(await quarter2());
    expect(proposed.planId).toBe(plan.id);
    const request = await t.must('requests.create', { ...proposed, planId: null });

    expect(await june({ planId: plan.id })).toEqual([`2025-06-20 report ${Q2}`]);
    expect(await june({})).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
    expect(await untracked('2025-06-10')).toEqual([]);

    await t.must('requests.update', { id: request.id, request: proposed });
    expect(await june({ planId: plan.id })).toEqual([`2025-06-20 deadline Hạn nộp: ${Q2}`]);
  });
});

describe('a register opened before the cycle is edited', () => {
  it('still tracks Quý II after the due day becomes 25 and the window 16–15', async () => {
    const request = await t.must('requests.create', requestForPeriod(await quarter2()));
    await t.must('cycles.update', {
      id: cycle.id,
      cycle: quarterly({ windowStartDay: 16, windowEndDay: 15, dueDay: 25 }),
    });
    expect([request.dueOn, request.dataTo]).toEqual(['2025-06-20', '2025-06-14']);

    expect(await shown()).toEqual([
      `2025-03-25 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-25 report ${Q3}`,
      `2025-12-25 report ${Q4}`,
    ]);
    // A range without the request's deadline (20/06) shows the edited period.
    const on25 = (await t.must('calendar.list', { from: '2025-06-25', to: '2025-06-25' })).occurrences;
    expect(on25.map((o) => [o.key, o.kind])).toEqual([[`c${cycle.id}@2025-06-25`, 'report']]);
    // Deadlines filtered out: the edited period shows, with its new dates.
    const periods = (await t.must('calendar.list', { from: '2025-06-01', to: '2025-06-30', kinds: ['report'] }))
      .occurrences;
    expect(periods.map((o) => [o.key, o.start, o.dataFrom, o.dataTo])).toEqual([
      [`c${cycle.id}@2025-06-25`, '2025-06-25', '2025-03-16', '2025-06-15'],
    ]);

    const todo = await t.must('reminders.todo', { on: '2025-06-20' });
    expect(todo.untrackedPeriods).toEqual([]);
    expect(todo.reminders.map((r) => r.requestId)).toEqual([request.id]);
    // The next quarter, due 25/09, is still nobody's.
    expect(await untracked('2025-09-01')).toEqual([`c${cycle.id}@2025-09-25 ${Q3}`]);
  });

  it('still tracks Quý II, not Quý III, after the due day becomes 18 and the window 14–13', async () => {
    const proposed = requestForPeriod(await quarter2());
    const request = await t.must('requests.create', proposed);
    await t.must('cycles.update', {
      id: cycle.id,
      cycle: quarterly({ windowStartDay: 14, windowEndDay: 13, dueDay: 18 }),
    });
    // The request's data run to 14/06: now the first day of Quý III's window (14/06–13/09).
    expect([request.dueOn, request.dataTo]).toEqual(['2025-06-20', '2025-06-14']);
    const periods = (await t.must('calendar.list', { from: '2025-01-01', to: '2025-12-31', kinds: ['report'] }))
      .occurrences;
    expect(periods.map((o) => [o.key, o.dataFrom, o.dataTo])).toEqual([
      [`c${cycle.id}@2025-03-18`, '2024-12-14', '2025-03-13'],
      [`c${cycle.id}@2025-06-18`, '2025-03-14', '2025-06-13'],
      [`c${cycle.id}@2025-09-18`, '2025-06-14', '2025-09-13'],
      [`c${cycle.id}@2025-12-18`, '2025-09-14', '2025-12-13'],
    ]);

    expect(await shown()).toEqual([
      `2025-03-18 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-18 report ${Q3}`,
      `2025-12-18 report ${Q4}`,
    ]);
    expect((await t.must('reminders.todo', { on: '2025-06-10' })).untrackedPeriods).toEqual([]);
    expect(await untracked('2025-09-01')).toEqual([`c${cycle.id}@2025-09-18 ${Q3}`]);

    // The register of Quý III can still be opened, and a second one for Quý II is still refused.
    const quarter3Period = periods.find((o) => o.key === `c${cycle.id}@2025-09-18`)!;
    const request3 = await t.must('requests.create', requestForPeriod(quarter3Period));
    expect([request3.dueOn, request3.dataFrom, request3.dataTo]).toEqual(['2025-09-18', '2025-06-14', '2025-09-13']);
    expect(await untracked('2025-09-01')).toEqual([]);
    const quarter2Period = periods.find((o) => o.key === `c${cycle.id}@2025-06-18`)!;
    const again = errorOf(await t.call('requests.create', requestForPeriod(quarter2Period)));
    expect([again.code, again.message]).toEqual([
      'DUPLICATE',
      `Kỳ báo cáo này đã có sổ theo dõi: “${Q2}” (hạn 20/06/2025). Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.`,
    ]);
    expect(await shown()).toEqual([
      `2025-03-18 report ${Q1}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-18 deadline Hạn nộp: ${Q3}`,
      `2025-12-18 report ${Q4}`,
    ]);
  });
});

describe('an ad hoc request naming a cycle', () => {
  it('is stored without the cycle and does not hide the period', async () => {
    const proposed = requestForPeriod(await quarter2());
    const adHoc = await t.must('requests.create', { ...proposed, kind: 'ad_hoc' });
    expect(proposed.cycleId).toBe(cycle.id);
    expect([adHoc.kind, adHoc.cycleId]).toEqual(['ad_hoc', null]);
    expect((await t.must('requests.get', { id: adHoc.id })).request).toMatchObject({ kind: 'ad_hoc', cycleId: null });
    expect(requestRow(adHoc.id)).toMatchObject({ kind: 'ad_hoc', cycleId: null });

    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 report ${Q2}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
    expect(await untracked('2025-06-10')).toEqual([`c${cycle.id}@2025-06-20 ${Q2}`]);
    // It does not count as the period's register either: the register can still be opened.
    const register = await t.must('requests.create', proposed);
    expect(register.cycleId).toBe(cycle.id);
    expect(await untracked('2025-06-10')).toEqual([]);
  });

  it('drops the cycle when a register is edited into an ad hoc request, and the period comes back', async () => {
    const proposed = requestForPeriod(await quarter2());
    const request = await t.must('requests.create', proposed);
    const updated = await t.must('requests.update', { id: request.id, request: { ...proposed, kind: 'ad_hoc' } });
    expect([updated.kind, updated.cycleId]).toEqual(['ad_hoc', null]);
    expect(requestRow(request.id)).toMatchObject({ kind: 'ad_hoc', cycleId: null });
    expect(await shown()).toEqual([
      `2025-03-20 report ${Q1}`,
      `2025-06-20 report ${Q2}`,
      `2025-06-20 deadline Hạn nộp: ${Q2}`,
      `2025-09-20 report ${Q3}`,
      `2025-12-20 report ${Q4}`,
    ]);
  });
});
