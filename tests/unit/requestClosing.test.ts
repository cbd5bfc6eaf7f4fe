/**
 * "Kết thúc theo dõi" in core/ (pure): a request the office stopped chasing gives no reminder from its closing day
 * on, whatever step it is at; a closing set for a later day leaves the reminders until then; the agencies still
 * missing and the reporting rates do not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleReportRequest } from '../support/samples';
import { DEFAULT_REMINDER_RULES, dueReminders } from '../../core/reminders';
import {
  isOpen,
  missingAgencies,
  reportingRates,
  requestStatuses,
  type ReportRequest,
  type Submission,
} from '../../core/reports';

const DAY_MS = 86_400_000;
const REQUESTED = '2025-06-01';
const DUE = '2025-06-20';

/** Calendar arithmetic written independently of core/ (UTC midnights, no time zone involved). */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const request = (id: number, overrides: Partial<ReportRequest> = {}) =>
  sampleReportRequest(id, { requestedOn: REQUESTED, dueOn: DUE, ...overrides });

let nextSubmissionId = 1;
function submission(requestId: number, agencyId: number, receivedOn: string): Submission {
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
    version: 1,
    files: [],
  };
}

/** 23/6/2025: three days after the due date, agency 1 sent its report, 2 and 3 did not. */
const TODAY = '2025-06-23';
const SENT = [submission(1, 1, '2025-06-18')];

const remindedIds = (requests: ReportRequest[], today = TODAY, submissions: Submission[] = SENT) =>
  dueReminders(requests, submissions, DEFAULT_REMINDER_RULES, today).map((reminder) => reminder.requestId);

describe('isOpen', () => {
  it('is open while no closing date is set', () => {
    expect(isOpen({ closedOn: null }, TODAY)).toBe(true);
  });

  it('is closed on the closing day itself', () => {
    expect(isOpen({ closedOn: TODAY }, TODAY)).toBe(false);
  });

  it('is closed on every day after the closing day', () => {
    expect(isOpen({ closedOn: addDays(TODAY, -1) }, TODAY)).toBe(false);
    expect(isOpen({ closedOn: '2024-12-31' }, '2025-01-01')).toBe(false);
    expect(isOpen({ closedOn: REQUESTED }, '2030-06-01')).toBe(false);
  });

  it('is still open on the day before a closing set for later', () => {
    expect(isOpen({ closedOn: addDays(TODAY, 1) }, TODAY)).toBe(true);
    expect(isOpen({ closedOn: '2026-01-01' }, '2025-12-31')).toBe(true);
  });
});

describe('reminders of a closed request', () => {
  it('reminds of an overdue request with agencies still missing while it is open', () => {
    const reminders = dueReminders([request(1)], SENT, DEFAULT_REMINDER_RULES, TODAY);
    expect(reminders).toEqual([
      {
        requestId: 1,
        title: 'Báo cáo số 1',
        dueOn: DUE,
        daysLeft: -3,
        step: 'overdue-0',
        missingAgencyIds: [2, 3],
        notify: true,
      },
    ]);
  });

  it('does not remind of it from the day it was closed', () => {
    expect(remindedIds([request(1, { closedOn: TODAY })])).toEqual([]);
  });

  it('does not remind of it on any day after it was closed', () => {
    expect(remindedIds([request(1, { closedOn: addDays(TODAY, -1) })])).toEqual([]);
    expect(remindedIds([request(1, { closedOn: REQUESTED })])).toEqual([]);
    // Closed before the due date: neither the "days before" reminders nor the overdue ones.
    const closedEarly = request(1, { closedOn: '2025-06-05' });
    for (const day of ['2025-06-13', '2025-06-17', '2025-06-20', '2025-06-21', '2025-07-20']) {
      expect(remindedIds([closedEarly], day), day).toEqual([]);
    }
  });

  it('still reminds of it until a closing date set for a later day', () => {
    const closingLater = request(1, { closedOn: addDays(TODAY, 1) });
    expect(remindedIds([closingLater])).toEqual([1]);
    expect(remindedIds([closingLater], addDays(TODAY, 1))).toEqual([]);
  });

  it('leaves the reminders of the other requests as they were', () => {
    const open = request(2, { title: 'Báo cáo số 2', dueOn: '2025-06-19' });
    const closed = request(1, { closedOn: '2025-06-22' });
    const reminders = dueReminders([closed, open], SENT, DEFAULT_REMINDER_RULES, TODAY);
    expect(reminders.map((reminder) => reminder.requestId)).toEqual([2]);
    expect(reminders[0]).toMatchObject({ daysLeft: -4, missingAgencyIds: [1, 2, 3] });
  });

  it('on any day, reminds of a request closed on or before that day exactly as if it did not exist', () => {
    const days = fc.integer({ min: 0, max: 120 }).map((offset) => addDays(REQUESTED, offset));
    // The closing day relative to that day: often right at the boundary, otherwise anywhere.
    const shifts = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -120, max: 120 }));
    fc.assert(
      fc.property(days, shifts, (today, shift) => {
        const closedOn = addDays(today, shift);
        const others = [request(2, { dueOn: '2025-06-25' }), request(3, { dueOn: '2025-07-10' })];
        const closed = request(1, { closedOn });
        const withClosed = dueReminders([closed, ...others], SENT, DEFAULT_REMINDER_RULES, today);
        const withOpen = dueReminders([request(1), ...others], SENT, DEFAULT_REMINDER_RULES, today);
        if (closedOn <= today) {
          expect(withClosed).toEqual(dueReminders(others, SENT, DEFAULT_REMINDER_RULES, today));
        } else {
          expect(withClosed).toEqual(withOpen);
        }
      }),
    );
  });
});

describe('what closing does not change', () => {
  it('keeps the agencies still missing, the statuses and the reporting rates of the request', () => {
    const late = [...SENT, submission(1, 2, '2025-06-25')];
    const open = request(1);
    const closed = request(1, { closedOn: '2025-06-22' });
    expect(missingAgencies(closed, late)).toEqual([3]);
    expect(requestStatuses(closed, late)).toEqual(requestStatuses(open, late));
    expect(requestStatuses(closed, late).map((status) => status.status)).toEqual(['on_time', 'late', 'missing']);
    const rates = reportingRates([closed], late, '2025-06-30');
    expect(rates).toEqual(reportingRates([open], late, '2025-06-30'));
    expect(rates.overall).toMatchObject({ expected: 3, submitted: 2, onTime: 1 });
  });
});
