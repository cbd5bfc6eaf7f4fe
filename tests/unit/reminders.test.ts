/**
 * The reminder logic and the submission statuses of issue 5, in core/ (pure): which step a request is at on a
 * given day, what is due given the submissions and the officer's snoozes and dismissals, the Vietnam day
 * boundaries, each agency's status and the reporting rates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_RULES,
  dueReminders,
  reminderStep,
  vietnamDate,
  type ReminderRules,
  type ReminderState,
} from '../../core/reminders';
import {
  agencyStatus,
  missingAgencies,
  reportingRates,
  requestStatuses,
  type ReportRequest,
  type Submission,
} from '../../core/reports';
import { daysBetween } from '../../core/dates';
import { sampleReportRequest } from '../support/samples';

const DAY_MS = 86_400_000;
const DUE = '2025-06-20';

/** Calendar arithmetic written independently of core/ (UTC midnights, no time zone involved). */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day on which `daysLeft` days remain until `due`. */
const dayWith = (daysLeft: number, due = DUE) => addDays(due, -daysLeft);

const request = (id: number, overrides: Partial<ReportRequest> = {}) =>
  sampleReportRequest(id, { dueOn: DUE, ...overrides });

let nextSubmissionId = 1;
function submission(requestId: number, agencyId: number, receivedOn: string, version = 1): Submission {
  const id = nextSubmissionId++;
  return {
    id,
    uuid: `submission-${id}`,
    requestId,
    agencyId,
    receivedOn,
    documentNumber: null,
    documentDate: null,
    note: null,
    version,
    files: [],
  };
}

function state(requestId: number, step: string, change: Partial<ReminderState> = {}): ReminderState {
  return { requestId, step, notified: false, dismissed: false, snoozedUntil: null, ...change };
}

// ---------------------------------------------------------------------------------------------------------------
// reminderStep

/**
 * The default rules (7, 3, 1 and the day itself; every 3 days while overdue), every day from 30 days before the due
 * date to 30 days after it, written out by hand: key = days left (negative when overdue).
 */
const DEFAULT_TABLE: ReadonlyArray<readonly [number, string | null]> = [
  [30, null],
  [29, null],
  [28, null],
  [27, null],
  [26, null],
  [25, null],
  [24, null],
  [23, null],
  [22, null],
  [21, null],
  [20, null],
  [19, null],
  [18, null],
  [17, null],
  [16, null],
  [15, null],
  [14, null],
  [13, null],
  [12, null],
  [11, null],
  [10, null],
  [9, null],
  [8, null],
  [7, 'before-7'],
  [6, 'before-7'],
  [5, 'before-7'],
  [4, 'before-7'],
  [3, 'before-3'],
  [2, 'before-3'],
  [1, 'before-1'],
  [0, 'before-0'],
  [-1, 'overdue-0'],
  [-2, 'overdue-0'],
  [-3, 'overdue-0'],
  [-4, 'overdue-1'],
  [-5, 'overdue-1'],
  [-6, 'overdue-1'],
  [-7, 'overdue-2'],
  [-8, 'overdue-2'],
  [-9, 'overdue-2'],
  [-10, 'overdue-3'],
  [-11, 'overdue-3'],
  [-12, 'overdue-3'],
  [-13, 'overdue-4'],
  [-14, 'overdue-4'],
  [-15, 'overdue-4'],
  [-16, 'overdue-5'],
  [-17, 'overdue-5'],
  [-18, 'overdue-5'],
  [-19, 'overdue-6'],
  [-20, 'overdue-6'],
  [-21, 'overdue-6'],
  [-22, 'overdue-7'],
  [-23, 'overdue-7'],
  [-24, 'overdue-7'],
  [-25, 'overdue-8'],
  [-26, 'overdue-8'],
  [-27, 'overdue-8'],
  [-28, 'overdue-9'],
  [-29, 'overdue-9'],
  [-30, 'overdue-9'],
];

describe('reminderStep with the default rules (7, 3, 1, 0; every 3 days overdue)', () => {
  it('has the defaults the issue sets', () => {
    expect(DEFAULT_REMINDER_RULES).toEqual({ beforeDays: [7, 3, 1, 0], overdueEveryDays: 3 });
  });

  it('covers every day from 30 days before to 30 days after the due date', () => {
    expect(DEFAULT_TABLE).toHaveLength(61);
    expect(DEFAULT_TABLE.map(([daysLeft]) => daysLeft)).toEqual(Array.from({ length: 61 }, (_, i) => 30 - i));
  });

  it.each(DEFAULT_TABLE)('%i days left → %s', (daysLeft, step) => {
    const today = dayWith(daysLeft);
    expect(daysBetween(today, DUE)).toBe(daysLeft);
    expect(reminderStep(DUE, today, DEFAULT_REMINDER_RULES)).toBe(step);
  });

  it('gives the same table for a due date across a year end and across a leap day', () => {
    for (const due of ['2025-01-02', '2024-03-01', '2024-02-29', '2100-03-01']) {
      for (const [daysLeft, step] of DEFAULT_TABLE) {
        expect(reminderStep(due, dayWith(daysLeft, due), DEFAULT_REMINDER_RULES), `${due}, ${daysLeft}`).toBe(step);
      }
    }
  });

  it('counts the leap day: 29/2/2024 is a day of its own', () => {
    // Due 1/3/2024: 28/2 is 2 days before (not 1), 22/2 is 8 days before (not yet).
    expect(reminderStep('2024-03-01', '2024-02-28', DEFAULT_REMINDER_RULES)).toBe('before-3');
    expect(reminderStep('2024-03-01', '2024-02-29', DEFAULT_REMINDER_RULES)).toBe('before-1');
    expect(reminderStep('2024-03-01', '2024-02-22', DEFAULT_REMINDER_RULES)).toBeNull();
    expect(reminderStep('2024-03-01', '2024-02-23', DEFAULT_REMINDER_RULES)).toBe('before-7');
    // 2025 has no 29/2: 28/2 is 1 day before 1/3.
    expect(reminderStep('2025-03-01', '2025-02-28', DEFAULT_REMINDER_RULES)).toBe('before-1');
  });
});

describe('reminderStep with edited rules', () => {
  const step = (rules: ReminderRules, daysLeft: number) => reminderStep(DUE, dayWith(daysLeft), rules);

  it('[10, 5]: from 10 days before, then from 5 days before to the day itself', () => {
    const rules = { beforeDays: [10, 5], overdueEveryDays: 3 };
    const expected: Array<[number, string | null]> = [
      [12, null],
      [11, null],
      [10, 'before-10'],
      [9, 'before-10'],
      [8, 'before-10'],
      [7, 'before-10'],
      [6, 'before-10'],
      [5, 'before-5'],
      [4, 'before-5'],
      [1, 'before-5'],
      [0, 'before-5'],
      [-1, 'overdue-0'],
      [-3, 'overdue-0'],
      [-4, 'overdue-1'],
    ];
    for (const [daysLeft, wanted] of expected) expect(step(rules, daysLeft), `${daysLeft}`).toBe(wanted);
  });

  it('every day while overdue: a new step each day', () => {
    const rules = { beforeDays: [7, 3, 1, 0], overdueEveryDays: 1 };
    expect([0, -1, -2, -3, -4, -30].map((daysLeft) => step(rules, daysLeft))).toEqual([
      'before-0',
      'overdue-0',
      'overdue-1',
      'overdue-2',
      'overdue-3',
      'overdue-29',
    ]);
  });

  it('every 7 days while overdue: days 1–7 late are one step, 8–14 the next', () => {
    const rules = { beforeDays: [7, 3, 1, 0], overdueEveryDays: 7 };
    expect([-1, -7, -8, -14, -15, -21, -22].map((daysLeft) => step(rules, daysLeft))).toEqual([
      'overdue-0',
      'overdue-0',
      'overdue-1',
      'overdue-1',
      'overdue-2',
      'overdue-2',
      'overdue-3',
    ]);
  });

  it('reads the before-days in any order', () => {
    const shuffled = { beforeDays: [0, 3, 7, 1], overdueEveryDays: 3 };
    for (const [daysLeft, wanted] of DEFAULT_TABLE) expect(step(shuffled, daysLeft), `${daysLeft}`).toBe(wanted);
  });

  it('only the day itself: nothing before it', () => {
    const rules = { beforeDays: [0], overdueEveryDays: 3 };
    expect([2, 1, 0, -1].map((daysLeft) => step(rules, daysLeft))).toEqual([null, null, 'before-0', 'overdue-0']);
  });

  it('a first reminder later than the due date’s eve still covers the due date itself ([3] alone)', () => {
    const rules = { beforeDays: [3], overdueEveryDays: 3 };
    expect([4, 3, 1, 0, -1].map((daysLeft) => step(rules, daysLeft))).toEqual([
      null,
      'before-3',
      'before-3',
      'before-3',
      'overdue-0',
    ]);
  });

  it('no reminder before the due date: only the overdue steps', () => {
    const rules = { beforeDays: [], overdueEveryDays: 3 };
    expect([7, 1, 0, -1, -4].map((daysLeft) => step(rules, daysLeft))).toEqual([
      null,
      null,
      null,
      'overdue-0',
      'overdue-1',
    ]);
  });

  it('treats an overdue interval below 1 (not accepted by the API) as every day', () => {
    const rules = { beforeDays: [7], overdueEveryDays: 0 };
    expect([-1, -2, -3].map((daysLeft) => step(rules, daysLeft))).toEqual(['overdue-0', 'overdue-1', 'overdue-2']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// vietnamDate: the office's day is UTC+7, all year (no daylight saving)

describe('vietnamDate', () => {
  const at = (instant: string) => vietnamDate(new Date(instant));

  it('turns the day at 17:00 UTC (midnight in Vietnam)', () => {
    expect(at('2025-06-12T16:59:59Z')).toBe('2025-06-12');
    expect(at('2025-06-12T16:59:59.999Z')).toBe('2025-06-12');
    expect(at('2025-06-12T17:00:00Z')).toBe('2025-06-13');
    expect(at('2025-06-12T23:30:00Z')).toBe('2025-06-13');
    expect(at('2025-06-12T00:00:00Z')).toBe('2025-06-12');
  });

  it('turns the year at 17:00 UTC on 31 December', () => {
    expect(at('2024-12-31T16:59:59Z')).toBe('2024-12-31');
    expect(at('2024-12-31T17:00:00Z')).toBe('2025-01-01');
    expect(at('2025-12-31T16:59:59.999Z')).toBe('2025-12-31');
    expect(at('2025-12-31T17:00:00Z')).toBe('2026-01-01');
  });

  it('has a 29 February in leap years only', () => {
    expect(at('2024-02-28T16:59:59Z')).toBe('2024-02-28');
    expect(at('2024-02-28T17:00:00Z')).toBe('2024-02-29');
    expect(at('2024-02-29T16:59:59Z')).toBe('2024-02-29');
    expect(at('2024-02-29T17:00:00Z')).toBe('2024-03-01');
    expect(at('2025-02-28T17:00:00Z')).toBe('2025-03-01');
    // 2100 is not a leap year.
    expect(at('2100-02-28T17:00:00Z')).toBe('2100-03-01');
  });

  it('does not depend on the PC’s own time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = zone;
        expect(at('2025-06-12T16:59:59Z'), zone).toBe('2025-06-12');
        expect(at('2025-06-12T17:00:00Z'), zone).toBe('2025-06-13');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('agrees with the Asia/Ho_Chi_Minh zone of the ICU data at any instant from 1980 to 2100', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        const instant = new Date(ms);
        expect(vietnamDate(instant)).toBe(format.format(instant));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the step change at midnight in Vietnam, not at midnight UTC', () => {
    const stepAt = (instant: string) => reminderStep(DUE, at(instant), DEFAULT_REMINDER_RULES);
    // 12/6 23:59:59 in Vietnam: 8 days left; one second later it is 13/6, 7 days left.
    expect(stepAt('2025-06-12T16:59:59Z')).toBeNull();
    expect(stepAt('2025-06-12T17:00:00Z')).toBe('before-7');
    // The due day ends at 17:00 UTC: at 17:00 UTC on 20/6 it is 21/6 in Vietnam, overdue.
    expect(stepAt('2025-06-20T16:59:59Z')).toBe('before-0');
    expect(stepAt('2025-06-20T17:00:00Z')).toBe('overdue-0');
    // At 01:00 UTC on 20/6 (08:00 in Vietnam) it is the due day, not its eve.
    expect(stepAt('2025-06-20T01:00:00Z')).toBe('before-0');
    expect(stepAt('2025-06-19T16:59:59Z')).toBe('before-1');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties of reminderStep

/** Steps in the order they come: before-7 < before-3 < before-1 < before-0 < overdue-0 < overdue-1 … */
function stepOrder(step: string): number {
  const match = /^(before|overdue)-(\d+)$/.exec(step);
  if (!match) throw new Error(`not a step: ${step}`);
  const n = Number(match[2]);
  return match[1] === 'before' ? -1 - n : n;
}

const anyDate = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const anyRules: fc.Arbitrary<ReminderRules> = fc.record({
  beforeDays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 10 }),
  overdueEveryDays: fc.integer({ min: 1, max: 60 }),
});

describe('reminderStep properties', () => {
  it('default rules: more than 7 days left → null; otherwise the step of the last point reached', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), (due, offset) => {
        const today = addDays(due, offset);
        const daysLeft = -offset;
        const step = reminderStep(due, today, DEFAULT_REMINDER_RULES);
        if (daysLeft > 7) expect(step).toBeNull();
        else if (daysLeft >= 4) expect(step).toBe('before-7');
        else if (daysLeft >= 2) expect(step).toBe('before-3');
        else if (daysLeft >= 0) expect(step).toBe(`before-${daysLeft}`);
        else expect(step).toBe(`overdue-${Math.floor((-daysLeft - 1) / 3)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('any rules: one step on every day of the window, none before it, and steps never go back in time', () => {
    // Plain checks inside the day loop (expect is slow at ~100,000 calls); the message says which day failed.
    const check = (ok: boolean, what: string) => {
      if (!ok) throw new Error(what);
    };
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const first = Math.max(...rules.beforeDays);
        let previous = Number.NEGATIVE_INFINITY;
        const seen: string[] = [];
        for (let daysLeft = first + 5; daysLeft >= -4 * rules.overdueEveryDays; daysLeft--) {
          const step = reminderStep(due, addDays(due, -daysLeft), rules);
          const at = `${daysLeft} days left: ${step}`;
          if (daysLeft > first) {
            check(step === null, `${at}, expected null`);
            continue;
          }
          check(step !== null, `${at}, expected a step`);
          const order = stepOrder(step!);
          // Never back to an earlier step; a step once left never comes back (so it is never shown twice).
          check(order >= previous, `${at} comes before the previous day's step`);
          if (order > previous) {
            check(!seen.includes(step!), `${at} shown again after another step`);
            seen.push(step!);
          }
          previous = order;
          if (daysLeft >= 0) {
            // The last "N days before" point reached: N ≥ days left, and no rule point in between.
            check(step!.startsWith('before-'), `${at}, expected a before step`);
            const n = Number(step!.slice('before-'.length));
            check(rules.beforeDays.includes(n), `${at} is not a rule point`);
            check(n >= daysLeft, `${at} is a point not reached yet`);
            check(!rules.beforeDays.some((days) => days >= daysLeft && days < n), `${at} skips a point reached`);
          } else {
            const wanted = `overdue-${Math.floor((-daysLeft - 1) / rules.overdueEveryDays)}`;
            check(step === wanted, `${at}, expected ${wanted}`);
          }
        }
        // Every rule point is a step of its own, and the overdue steps follow one another, K days each (4K days late).
        for (const days of rules.beforeDays) expect(seen).toContain(`before-${days}`);
        expect(seen.filter((step) => step.startsWith('overdue-'))).toEqual([
          'overdue-0',
          'overdue-1',
          'overdue-2',
          'overdue-3',
        ]);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// dueReminders

describe('dueReminders', () => {
  const rules = DEFAULT_REMINDER_RULES;

  it('lists a request in its window with every required agency missing, and the shape the to-do screen uses', () => {
    const reminders = dueReminders([request(1)], [], rules, '2025-06-13');
    expect(reminders).toEqual([
      {
        requestId: 1,
        title: 'Báo cáo số 1',
        dueOn: DUE,
        daysLeft: 7,
        step: 'before-7',
        missingAgencyIds: [1, 2, 3],
        notify: true,
      },
    ]);
  });

  it('lists nothing before the window opens (8 days left)', () => {
    expect(dueReminders([request(1)], [], rules, '2025-06-12')).toEqual([]);
  });

  it('lists only the requests with an agency still missing, and only the agencies still missing', () => {
    const requests = [
      request(1, { agencyIds: [1, 2] }),
      request(2, { agencyIds: [1, 2, 3] }),
      request(3, { agencyIds: [1, 2, 3], exemptAgencyIds: [3] }),
      request(4, { agencyIds: [1, 2], exemptAgencyIds: [1, 2] }),
    ];
    const submissions = [
      submission(1, 1, '2025-06-10'),
      submission(1, 2, '2025-06-21'),
      submission(2, 2, '2025-06-15'),
      // A report sent for another request does not count for this one.
      submission(1, 3, '2025-06-15'),
      submission(3, 1, '2025-06-11'),
      submission(3, 2, '2025-06-12'),
    ];
    const reminders = dueReminders(requests, submissions, rules, '2025-06-17');
    expect(reminders.map((reminder) => [reminder.requestId, reminder.missingAgencyIds])).toEqual([[2, [1, 3]]]);
    expect(reminders[0]).toMatchObject({ daysLeft: 3, step: 'before-3' });
  });

  it('does not count an exempt agency as missing, even one that sent nothing', () => {
    const reminders = dueReminders([request(1, { exemptAgencyIds: [2] })], [], rules, '2025-06-20');
    expect(reminders.map((reminder) => reminder.missingAgencyIds)).toEqual([[1, 3]]);
  });

  it('counts a superseded report once: an agency with two versions is not missing', () => {
    const submissions = [submission(1, 1, '2025-06-15', 1), submission(1, 1, '2025-06-18', 2)];
    expect(dueReminders([request(1)], submissions, rules, '2025-06-19')[0]?.missingAgencyIds).toEqual([2, 3]);
  });

  it('hides a dismissed step and shows the request again at the next step', () => {
    const states = [state(1, 'before-7', { dismissed: true })];
    // 13/6–16/6 are the step before-7: dismissed.
    for (const today of ['2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16']) {
      expect(dueReminders([request(1)], [], rules, today, states), today).toEqual([]);
    }
    // 17/6 is the step before-3: shown again, and notified again.
    expect(dueReminders([request(1)], [], rules, '2025-06-17', states)).toEqual([
      expect.objectContaining({ requestId: 1, step: 'before-3', daysLeft: 3, notify: true }),
    ]);
  });

  it('dismisses one request’s step only, not the same step of another request', () => {
    const states = [state(1, 'before-7', { dismissed: true })];
    const reminders = dueReminders([request(1), request(2)], [], rules, '2025-06-13', states);
    expect(reminders.map((reminder) => reminder.requestId)).toEqual([2]);
  });

  it('dismisses an overdue step for its three days only', () => {
    const states = [state(1, 'overdue-0', { dismissed: true })];
    expect(dueReminders([request(1)], [], rules, '2025-06-21', states)).toEqual([]);
    expect(dueReminders([request(1)], [], rules, '2025-06-23', states)).toEqual([]);
    expect(dueReminders([request(1)], [], rules, '2025-06-24', states)).toEqual([
      expect.objectContaining({ step: 'overdue-1', daysLeft: -4 }),
    ]);
  });

  it('hides a snoozed step until the snooze date, and shows it again on that date', () => {
    const states = [state(1, 'before-7', { snoozedUntil: '2025-06-15' })];
    const shown = (today: string) => dueReminders([request(1)], [], rules, today, states).map((r) => r.step);
    expect(shown('2025-06-13')).toEqual([]);
    expect(shown('2025-06-14')).toEqual([]);
    // On the snooze date itself the reminder is back (inclusive), and on the days after.
    expect(shown('2025-06-15')).toEqual(['before-7']);
    expect(shown('2025-06-16')).toEqual(['before-7']);
  });

  it('ties a snooze to its step: the next step shows on time even when the snooze runs later', () => {
    const states = [state(1, 'before-7', { snoozedUntil: '2025-06-25' })];
    expect(dueReminders([request(1)], [], rules, '2025-06-16', states)).toEqual([]);
    expect(dueReminders([request(1)], [], rules, '2025-06-17', states).map((r) => r.step)).toEqual(['before-3']);
  });

  it('says notify = false once the step was notified, and true again at the next step', () => {
    const states = [state(1, 'before-7', { notified: true })];
    expect(dueReminders([request(1)], [], rules, '2025-06-13', states)).toEqual([
      expect.objectContaining({ step: 'before-7', notify: false }),
    ]);
    expect(dueReminders([request(1)], [], rules, '2025-06-16', states)[0]?.notify).toBe(false);
    expect(dueReminders([request(1)], [], rules, '2025-06-17', states)[0]?.notify).toBe(true);
  });

  it('shows a snoozed step that was already notified, after the snooze, without notifying again', () => {
    const states = [state(1, 'before-7', { notified: true, snoozedUntil: '2025-06-14' })];
    expect(dueReminders([request(1)], [], rules, '2025-06-13', states)).toEqual([]);
    expect(dueReminders([request(1)], [], rules, '2025-06-14', states)).toEqual([
      expect.objectContaining({ step: 'before-7', notify: false }),
    ]);
  });

  it('shows overdue first (the most overdue on top), then the nearest due; equal days by title', () => {
    const requests = [
      request(1, { title: 'Báo cáo quý II', dueOn: '2025-06-20' }),
      request(2, { title: 'Báo cáo tháng 5', dueOn: '2025-06-05' }),
      request(3, { title: 'Báo cáo 6 tháng', dueOn: '2025-06-16' }),
      request(4, { title: 'Báo cáo đột xuất', dueOn: '2025-06-14' }),
      request(5, { title: 'Báo cáo chuyên đề', dueOn: '2025-06-14' }),
      request(6, { title: 'Báo cáo năm', dueOn: '2025-12-20' }),
      request(7, { title: 'Ảnh hưởng', dueOn: '2025-06-14' }),
    ];
    const reminders = dueReminders(requests, [], rules, '2025-06-15');
    expect(reminders.map((reminder) => [reminder.daysLeft, reminder.title])).toEqual([
      [-10, 'Báo cáo tháng 5'],
      // Vietnamese collation: Ả sorts with A, before B (by code point it would come last).
      [-1, 'Ảnh hưởng'],
      [-1, 'Báo cáo chuyên đề'],
      [-1, 'Báo cáo đột xuất'],
      [1, 'Báo cáo 6 tháng'],
      [5, 'Báo cáo quý II'],
    ]);
    expect(reminders.map((reminder) => reminder.step)).toEqual([
      'overdue-3',
      'overdue-0',
      'overdue-0',
      'overdue-0',
      'before-1',
      'before-7',
    ]);
  });

  it('still shows a request long overdue while an agency is missing (a PC that was off misses nothing)', () => {
    const reminders = dueReminders([request(1)], [], rules, '2026-06-20');
    expect(reminders).toEqual([expect.objectContaining({ daysLeft: -365, step: 'overdue-121' })]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// core/reports: statuses and rates

describe('agencyStatus', () => {
  const r = request(1, { agencyIds: [1, 2, 3, 4, 5], exemptAgencyIds: [4] });

  it('on time: received on or before the due date', () => {
    expect(agencyStatus(r, [submission(1, 1, '2025-06-20')], 1)).toEqual({
      agencyId: 1,
      status: 'on_time',
      receivedOn: '2025-06-20',
      daysLate: 0,
      versions: 1,
    });
    expect(agencyStatus(r, [submission(1, 1, '2025-05-02')], 1)).toMatchObject({ status: 'on_time', daysLate: 0 });
  });

  it('late: received after the due date, with how many days late', () => {
    expect(agencyStatus(r, [submission(1, 2, '2025-06-21')], 2)).toEqual({
      agencyId: 2,
      status: 'late',
      receivedOn: '2025-06-21',
      daysLate: 1,
      versions: 1,
    });
    expect(agencyStatus(r, [submission(1, 2, '2025-07-01')], 2)).toMatchObject({ status: 'late', daysLate: 11 });
  });

  it('supplemented: two versions; the first one’s date says whether it was on time', () => {
    const onTimeFirst = [submission(1, 3, '2025-06-25', 2), submission(1, 3, '2025-06-18', 1)];
    expect(agencyStatus(r, onTimeFirst, 3)).toEqual({
      agencyId: 3,
      status: 'supplemented',
      receivedOn: '2025-06-18',
      daysLate: 0,
      versions: 2,
    });
    const lateFirst = [submission(1, 3, '2025-06-22', 1), submission(1, 3, '2025-06-30', 2)];
    expect(agencyStatus(r, lateFirst, 3)).toMatchObject({
      status: 'supplemented',
      receivedOn: '2025-06-22',
      daysLate: 2,
    });
  });

  it('exempt: excused, whether or not something arrived', () => {
    expect(agencyStatus(r, [], 4)).toEqual({
      agencyId: 4,
      status: 'exempt',
      receivedOn: null,
      daysLate: 0,
      versions: 0,
    });
    expect(agencyStatus(r, [submission(1, 4, '2025-06-30')], 4)).toMatchObject({
      status: 'exempt',
      daysLate: 0,
      versions: 1,
    });
  });

  it('missing: nothing from this agency for this request (another agency’s or another request’s report does not count)', () => {
    const others = [submission(1, 1, '2025-06-10'), submission(2, 5, '2025-06-10')];
    expect(agencyStatus(r, others, 5)).toEqual({
      agencyId: 5,
      status: 'missing',
      receivedOn: null,
      daysLate: 0,
      versions: 0,
    });
  });

  it('requestStatuses and missingAgencies: every required agency in order, the missing ones only', () => {
    const submissions = [submission(1, 1, '2025-06-20'), submission(1, 2, '2025-06-21')];
    expect(requestStatuses(r, submissions).map((status) => status.status)).toEqual([
      'on_time',
      'late',
      'missing',
      'exempt',
      'missing',
    ]);
    expect(missingAgencies(r, submissions)).toEqual([3, 5]);
  });
});

describe('daysBetween (days late)', () => {
  it('counts calendar days, across a month end, a leap day and a year end', () => {
    expect(daysBetween('2025-06-20', '2025-06-23')).toBe(3);
    expect(daysBetween('2025-06-23', '2025-06-20')).toBe(-3);
    expect(daysBetween('2025-06-20', '2025-06-20')).toBe(0);
    expect(daysBetween('2025-06-30', '2025-07-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('is the inverse of adding days, whatever the PC’s time zone', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1000, max: 1000 }), (from, n) => {
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reportingRates', () => {
  // Listed as the register lists them (not by year), so the years must be put in order.
  const requests = [
    // 2025: 1 supplemented (first version on time), 2 on time.
    request(2, { dueOn: '2025-03-20', requestedOn: '2025-03-01', agencyIds: [1, 2] }),
    // 2025: 3 late.
    request(5, { dueOn: '2025-01-20', requestedOn: '2025-01-01', agencyIds: [3] }),
    // 2024: agency 4 exempt; 1 on time, 2 late, 3 missing.
    request(1, { dueOn: '2024-06-20', requestedOn: '2024-05-01', agencyIds: [1, 2, 3, 4], exemptAgencyIds: [4] }),
    // Not due yet on 30/6/2025: counted neither as expected nor as missing, even with a report already in.
    request(3, { dueOn: '2025-12-20', requestedOn: '2025-06-01', agencyIds: [1, 2, 3] }),
  ];
  const submissions = [
    submission(1, 1, '2024-06-19'),
    submission(1, 2, '2024-06-25'),
    submission(2, 1, '2025-03-18', 1),
    submission(2, 1, '2025-04-02', 2),
    submission(2, 2, '2025-03-20'),
    submission(5, 3, '2025-01-22'),
    submission(3, 1, '2025-06-15'),
  ];
  const rates = reportingRates(requests, submissions, '2025-06-30');

  it('per request: completeness = submitted / expected, timeliness = on time / expected, exempt not expected', () => {
    expect(rates.byRequest).toEqual([
      { requestId: 2, expected: 2, submitted: 2, onTime: 2, completeness: 1, timeliness: 1 },
      { requestId: 5, expected: 1, submitted: 1, onTime: 0, completeness: 1, timeliness: 0 },
      { requestId: 1, expected: 3, submitted: 2, onTime: 1, completeness: 2 / 3, timeliness: 1 / 3 },
    ]);
  });

  it('per agency, over the requests due', () => {
    const byAgency = new Map(rates.byAgency.map(({ agencyId, ...rate }) => [agencyId, rate]));
    expect(byAgency.get(1)).toEqual({ expected: 2, submitted: 2, onTime: 2, completeness: 1, timeliness: 1 });
    expect(byAgency.get(2)).toEqual({ expected: 2, submitted: 2, onTime: 1, completeness: 1, timeliness: 0.5 });
    expect(byAgency.get(3)).toEqual({ expected: 2, submitted: 1, onTime: 0, completeness: 0.5, timeliness: 0 });
    // Exempt everywhere: nothing expected of it (a rate of 1 by definition, never a division by zero).
    expect(byAgency.get(4)).toEqual({ expected: 0, submitted: 0, onTime: 0, completeness: 1, timeliness: 1 });
    expect(rates.byAgency).toHaveLength(4);
  });

  it('per year of the due date, in order, and overall', () => {
    expect(rates.byYear).toEqual([
      { year: 2024, expected: 3, submitted: 2, onTime: 1, completeness: 2 / 3, timeliness: 1 / 3 },
      { year: 2025, expected: 3, submitted: 3, onTime: 2, completeness: 1, timeliness: 2 / 3 },
    ]);
    expect(rates.overall).toEqual({ expected: 6, submitted: 5, onTime: 3, completeness: 5 / 6, timeliness: 0.5 });
  });

  it('counts a request once it is due, not before', () => {
    const before = reportingRates(requests, submissions, '2025-12-19');
    expect(before.byRequest.map((rate) => rate.requestId)).toEqual([2, 5, 1]);
    const after = reportingRates(requests, submissions, '2025-12-21');
    expect(after.byRequest.map((rate) => rate.requestId)).toEqual([2, 5, 1, 3]);
    expect(after.byRequest.at(-1)).toMatchObject({ expected: 3, submitted: 1, onTime: 1 });
    expect(after.byYear.find((rate) => rate.year === 2025)).toMatchObject({ expected: 6, submitted: 4, onTime: 3 });
  });

  it('is all ones and no rows when nothing is due', () => {
    expect(reportingRates([], [], '2025-06-30')).toEqual({
      byRequest: [],
      byAgency: [],
      byYear: [],
      overall: { expected: 0, submitted: 0, onTime: 0, completeness: 1, timeliness: 1 },
    });
    expect(reportingRates(requests, submissions, '2020-01-01').byRequest).toEqual([]);
  });
});
