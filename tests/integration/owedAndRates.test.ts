/**
 * The to-do list and the reporting rates are read in SQL from what is still owed (db/owed.ts, db/reportingRates.ts);
 * core/ computes the same from whole requests and the register in memory. On a register written through the real
 * API — requests early and late, versions, exemptions, closed requests, dismissed and snoozed steps — both must
 * give the same answer on every day of a year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { DEFAULT_REMINDER_RULES, dueReminders } from '../../core/reminders';
import { reportingRates } from '../../core/reports';
import { listReminderStates } from '../../db/reminderStates';
import { reportingRatesAsOf } from '../../db/reportingRates';
import { listRequests } from '../../db/requests';
import { listSubmissions } from '../../db/submissions';
import { todoList } from '../../electron/api/handlers/reports';
import { createPrng } from '../../bench/prng';
import { sampleRequestInput } from '../support/samples';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeAll(async () => {
  t = openTempStore();
  const prng = createPrng(2025);
  const agencies = t.store.sqlite
    .prepare(`SELECT id FROM agencies WHERE kind = 'department' LIMIT 12`)
    .pluck()
    .all() as number[];
  for (let k = 0; k < 40; k++) {
    const dueOn = addDays('2025-01-10', k * 9);
    const requestedOn = addDays(dueOn, -20);
    const asked = agencies.filter(() => prng.chance(0.7));
    const request = await t.must(
      'requests.create',
      sampleRequestInput(asked, {
        title: `Báo cáo số ${k + 1}`,
        requestedOn,
        dueOn,
        dataFrom: null,
        dataTo: null,
        exemptAgencyIds: asked.filter(() => prng.chance(0.1)),
      }),
    );
    for (const agencyId of asked) {
      if (!prng.chance(0.6)) continue;
      const versions = prng.chance(0.2) ? 2 : 1;
      for (let v = 0; v < versions; v++) {
        const day = addDays(dueOn, prng.int(-15, 12) + v * 5);
        await t.must('submissions.record', {
          requestId: request.id,
          agencyId,
          receivedOn: day < requestedOn ? requestedOn : day,
        });
      }
    }
    if (prng.chance(0.15)) await t.must('requests.close', { id: request.id, on: addDays(dueOn, prng.int(0, 20)) });
    if (prng.chance(0.2)) await t.must('reminders.mark', { requestId: request.id, step: 'before-3', dismissed: true });
    if (prng.chance(0.2)) {
      await t.must('reminders.mark', { requestId: request.id, step: 'overdue-0', snoozedUntil: addDays(dueOn, 2) });
    }
  }
});
afterAll(() => t.cleanup());

describe('what is owed, read in SQL, is what core/ computes from the whole register', () => {
  it('gives the same reminders on every day of 2025', () => {
    const requests = listRequests(t.store.db);
    const submissions = listSubmissions(t.store.db);
    const states = listReminderStates(t.store.db);
    let seen = 0;
    for (let day = '2025-01-01'; day <= '2025-12-31'; day = addDays(day, 1)) {
      const fromSql = todoList(t.store, day).reminders;
      const inMemory = dueReminders(requests, submissions, DEFAULT_REMINDER_RULES, day, states);
      expect(fromSql, day).toEqual(inMemory);
      seen += fromSql.length;
    }
    // The dataset is not empty of reminders: the comparison compared something.
    expect(seen).toBeGreaterThan(200);
  });

  it('gives the same rates as of every month end', () => {
    const requests = listRequests(t.store.db);
    const submissions = listSubmissions(t.store.db);
    const byAgency = <T extends { agencyId: number }>(rows: T[]) => [...rows].sort((a, b) => a.agencyId - b.agencyId);
    for (let month = 1; month <= 12; month++) {
      const asOf = addDays(`2025-${String(month).padStart(2, '0')}-01`, 27);
      const fromSql = reportingRatesAsOf(t.store.db, asOf);
      const inMemory = reportingRates(requests, submissions, asOf);
      expect(fromSql.overall, asOf).toEqual(inMemory.overall);
      expect(fromSql.byYear, asOf).toEqual(inMemory.byYear);
      expect(fromSql.byRequest, asOf).toEqual(inMemory.byRequest);
      expect(byAgency(fromSql.byAgency), asOf).toEqual(byAgency(inMemory.byAgency));
    }
    expect(reportingRatesAsOf(t.store.db, '2025-12-31').overall.submitted).toBeGreaterThan(50);
  });
});
