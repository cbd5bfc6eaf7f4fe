import type { Occurrence } from '../../../core/calendar';
import { periodCycleIds, untrackedPeriods } from '../../../core/cyclePeriods';
import { addDays, daysBetween, formatDisplayDate } from '../../../core/dates';
import {
  DEFAULT_REMINDER_RULES,
  reminderHorizon,
  remindersFor,
  vietnamDate,
  type ReminderRules,
} from '../../../core/reminders';
import { missingAgencies, reportingRates, requestStatuses } from '../../../core/reports';
import { AppError } from '../../../core/errors';
import { listAgencies } from '../../../db/agencies';
import type { Store } from '../../../db/open';
import { listReminderStates, setReminderState } from '../../../db/reminderStates';
import {
  createRequest,
  deleteRequest,
  getRequest,
  listCycleTrackers,
  listRequests,
  setRequestClosed,
  updateRequest,
} from '../../../db/requests';
import { owedRequests, upcomingOwed } from '../../../db/owed';
import { reportingRatesAsOf } from '../../../db/reportingRates';
import { getSetting, setSetting } from '../../../db/settings';
import { listSubmissions, recordSubmission, submissionFile } from '../../../db/submissions';
import type { LetterTemplate, RequestDetail, TodoList } from '../contract';
import { DEFAULT_LETTER_TEMPLATE, reminderLetter } from '../export/reminderLetter';
import { exportFileName } from './matrix';
import { calendarView } from './calendar';
import type { HandlerMap } from './types';

const RULES_KEY = 'reminders.rules';
export const LETTER_KEY = 'letters.template';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function reminderRules(store: Store): ReminderRules {
  return getSetting(store.db, RULES_KEY, DEFAULT_REMINDER_RULES);
}

export function requestDetail(store: Store, id: number): RequestDetail {
  const request = getRequest(store.db, id);
  const submissions = listSubmissions(store.db, { requestId: id });
  const statuses = requestStatuses(request, submissions);
  const rates = reportingRates([request], submissions, '9999-12-31');
  return { request, statuses, submissions, rate: rates.overall };
}

const UPCOMING_SHOWN = 20;

/**
 * The to-do screen and the desktop reminders: what is overdue or due soon, with who is missing. Read from what is
 * still owed (db/owed.ts), so it costs what is missing, not every request ever made.
 */
export function todoList(store: Store, on?: string): TodoList {
  const today = on ?? vietnamDate(new Date());
  const rules = reminderRules(store);
  const owed = owedRequests(store.db, today, reminderHorizon(today, rules));
  const reminders = remindersFor(
    owed,
    rules,
    today,
    listReminderStates(
      store.db,
      owed.map((request) => request.id),
    ),
  );
  const listed = new Set(reminders.map((reminder) => reminder.requestId));
  const upcoming = upcomingOwed(store.db, today, UPCOMING_SHOWN + listed.size)
    .filter((item) => !listed.has(item.requestId))
    .slice(0, UPCOMING_SHOWN)
    .map((item) => ({ ...item, daysLeft: daysBetween(today, item.dueOn) }));
  return { today, reminders, upcoming, untrackedPeriods: periodsToOpen(store, today) };
}

/** How far around today the to-do screen looks for report cycle periods nobody has opened a register for. */
const PERIOD_WINDOW_DAYS = 30;

/** Report cycle periods due within a month either side of today that no request tracks yet, soonest first. */
export function periodsToOpen(store: Store, today: string): Occurrence[] {
  const view = calendarView(store, {
    from: addDays(today, -PERIOD_WINDOW_DAYS),
    to: addDays(today, PERIOD_WINDOW_DAYS),
    kinds: ['report'],
  });
  return untrackedPeriods(view.occurrences, listCycleTrackers(store.db, periodCycleIds(view.occurrences)));
}

export async function letterFor(store: Store, id: number, on: string) {
  const request = getRequest(store.db, id);
  const missing = missingAgencies(request, listSubmissions(store.db, { requestId: id }));
  if (missing.length === 0) {
    throw new AppError('INVALID_INPUT', `Mọi cơ quan đã gửi “${request.title}”; không cần công văn đôn đốc.`);
  }
  const names = new Map(listAgencies(store.db, { includeInactive: true }).map((agency) => [agency.id, agency.name]));
  const template = getSetting<LetterTemplate>(store.db, LETTER_KEY, DEFAULT_LETTER_TEMPLATE);
  const buffer = await reminderLetter({
    template,
    request,
    lateAgencyNames: missing.map((agencyId) => names.get(agencyId) ?? String(agencyId)),
    on,
  });
  return {
    fileName: exportFileName('Cong van don doc', `${request.title} ${formatDisplayDate(on)}`, 'docx'),
    mimeType: DOCX,
    base64: buffer.toString('base64'),
  };
}

export const requestHandlers = {
  'requests.list': ({ store }) => listRequests(store.db),
  'requests.get': ({ store }, { id }) => requestDetail(store, id),
  'requests.create': ({ store }, request) => createRequest(store, request),
  'requests.update': ({ store }, { id, request }) => updateRequest(store, id, request),
  'requests.delete': ({ store }, { id }) => {
    deleteRequest(store, id);
    return null;
  },
  'requests.close': ({ store }, { id, on }) => setRequestClosed(store, id, on),
  'requests.rates': ({ store }, { asOf }) => reportingRatesAsOf(store.db, asOf),
  'requests.letter': ({ store }, { id, on }) => letterFor(store, id, on),
} satisfies HandlerMap<'requests'>;

export const submissionHandlers = {
  'submissions.record': ({ store }, input) =>
    recordSubmission(store, {
      ...input,
      files: input.files.map((file) => ({ fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') })),
    }),
  'submissions.list': ({ store }, filter) => listSubmissions(store.db, filter),
  'submissions.file': ({ store }, { fileId }) => receivedFile(store, fileId),
  'submissions.open': async ({ store, openWithDefaultApp }, { fileId }) => {
    if (!openWithDefaultApp) return { opened: false as const, file: receivedFile(store, fileId) };
    const file = submissionFile(store, fileId);
    await openWithDefaultApp(file.fileName, file.bytes);
    return { opened: true as const };
  },
} satisfies HandlerMap<'submissions'>;

function receivedFile(store: Store, fileId: number) {
  const file = submissionFile(store, fileId);
  return { fileName: file.fileName, mimeType: 'application/octet-stream', base64: file.bytes.toString('base64') };
}

export const reminderHandlers = {
  'reminders.todo': ({ store }, { on }) => todoList(store, on),
  'reminders.mark': ({ store }, { requestId, step, ...change }) => {
    setReminderState(store, requestId, step, change);
    return null;
  },
  'reminders.rules': ({ store }) => reminderRules(store),
  'reminders.setRules': ({ store }, rules) => {
    const clean = {
      beforeDays: [...new Set(rules.beforeDays)].sort((a, b) => b - a),
      overdueEveryDays: rules.overdueEveryDays,
    };
    setSetting(store, RULES_KEY, clean);
    return clean;
  },
} satisfies HandlerMap<'reminders'>;

export const letterHandlers = {
  'letters.template': ({ store }) => getSetting<LetterTemplate>(store.db, LETTER_KEY, DEFAULT_LETTER_TEMPLATE),
  'letters.setTemplate': ({ store }, template) => {
    setSetting(store, LETTER_KEY, template);
    return template;
  },
} satisfies HandlerMap<'letters'>;
