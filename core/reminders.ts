/**
 * Deadline reminders: given the requests, what arrived, the rules and "now",
 * what the officer should be reminded of. Pure, so every day boundary can be
 * tested. Days are counted in Vietnam's time zone (UTC+7, no daylight saving):
 * at 23:30 UTC on 12 June it is already 13 June in the office.
 */
import { addDays, daysBetween } from './dates';
import { compareVietnamese } from './vietnamese';
import { indexSubmissions, isOpen, missingAgencies, type ReportRequest, type Submission } from './reports';

export interface ReminderRules {
  /** Remind this many days before the due date (0: the day itself). */
  beforeDays: number[];
  /** While overdue, remind every this many days. */
  overdueEveryDays: number;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = { beforeDays: [7, 3, 1, 0], overdueEveryDays: 3 };

/** What the officer did with one step of one request's reminders. */
export interface ReminderState {
  requestId: number;
  step: string;
  /** notified: the desktop notification was shown; dismissed: not again for this step. */
  notified: boolean;
  dismissed: boolean;
  snoozedUntil: string | null;
}

export interface DueReminder {
  requestId: number;
  title: string;
  dueOn: string;
  /** Negative when overdue. */
  daysLeft: number;
  /** `before-7`, `before-0`, `overdue-0` (days 1–3 late with K = 3), `overdue-1` … */
  step: string;
  missingAgencyIds: number[];
  /** The desktop notification for this step is still to be shown. */
  notify: boolean;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The date in Vietnam at an instant. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The reminder step a request is at on `today`, or null when it is not time yet.
 * Before the due date: the last "N days before" point already reached (a PC that
 * was off still shows it, once). After: one step per `overdueEveryDays`.
 */
export function reminderStep(dueOn: string, today: string, rules: ReminderRules): string | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft >= 0) {
    const reached = rules.beforeDays.filter((days) => days >= daysLeft);
    return reached.length === 0 ? null : `before-${Math.min(...reached)}`;
  }
  const every = Math.max(1, rules.overdueEveryDays);
  return `overdue-${Math.floor((-daysLeft - 1) / every)}`;
}

/** A request still owed by some agencies, as the store finds it: only what reminders need. */
export interface OwedRequest {
  id: number;
  title: string;
  dueOn: string;
  closedOn: string | null;
  /** The required, not excused agencies that have sent nothing yet. */
  missingAgencyIds: number[];
}

/** The last day whose requests can be due for a reminder on `today`: the earliest "N days before" point. */
export function reminderHorizon(today: string, rules: ReminderRules): string {
  return addDays(today, Math.max(0, ...rules.beforeDays));
}

/** The reminders of `today` among requests still owed (the store reads those from an index). */
export function remindersFor(
  owed: readonly OwedRequest[],
  rules: ReminderRules,
  today: string,
  states: readonly ReminderState[] = [],
): DueReminder[] {
  const out: DueReminder[] = [];
  const stateOf = new Map(states.map((state) => [`${state.requestId}|${state.step}`, state]));
  for (const request of owed) {
    if (!isOpen(request, today) || request.missingAgencyIds.length === 0) continue;
    const step = reminderStep(request.dueOn, today, rules);
    if (step === null) continue;
    const state = stateOf.get(`${request.id}|${step}`);
    if (state?.dismissed) continue;
    if (state?.snoozedUntil && state.snoozedUntil > today) continue;
    out.push({
      requestId: request.id,
      title: request.title,
      dueOn: request.dueOn,
      daysLeft: daysBetween(today, request.dueOn),
      step,
      missingAgencyIds: request.missingAgencyIds,
      notify: !state?.notified,
    });
  }
  // Overdue first (the longest overdue on top), then the nearest due.
  return out.sort((a, b) => a.daysLeft - b.daysLeft || compareVietnamese(a.title, b.title));
}

/** The same, from whole requests and the register (what tests and the bench hold in memory). */
export function dueReminders(
  requests: readonly ReportRequest[],
  submissions: readonly Submission[],
  rules: ReminderRules,
  today: string,
  states: readonly ReminderState[] = [],
): DueReminder[] {
  const index = indexSubmissions(submissions);
  const owed = requests.map((request) => ({ ...request, missingAgencyIds: missingAgencies(request, index) }));
  return remindersFor(owed, rules, today, states);
}
