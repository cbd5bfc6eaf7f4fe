/** Reports owed: requests, the submission register, reminders and the reminder letter. */
import { z } from 'zod';
import type { Occurrence } from '../../../core/calendar';
import { base64Length, LIMITS, megabytes } from '../../../core/limits';
import type { DueReminder, ReminderRules } from '../../../core/reminders';
import {
  REQUEST_KINDS,
  type AgencyReportStatus,
  type Rate,
  type ReportingRates,
  type ReportRequest,
  type Submission,
} from '../../../core/reports';
import { command, id, isoDate, none, optionalText, query, text, type ExportedFile } from './schema';

export const requestFields = z
  .object({
    title: text(500),
    kind: z.enum(REQUEST_KINDS).default('ad_hoc'),
    cycleId: id.nullable().default(null),
    requestedOn: isoDate,
    dueOn: isoDate,
    dataFrom: isoDate.nullable().default(null),
    dataTo: isoDate.nullable().default(null),
    receiver: optionalText(300),
    outline: z.array(text(1000)).max(500).default([]),
    planId: id.nullable().default(null),
    agencyIds: z.array(id).max(500),
    exemptAgencyIds: z.array(id).max(500).default([]),
  })
  .refine((request) => request.dueOn >= request.requestedOn, {
    message: 'Hạn nộp phải trùng hoặc sau ngày yêu cầu báo cáo.',
    path: ['dueOn'],
  });

export const submissionInput = z.object({
  requestId: id,
  agencyId: id,
  receivedOn: isoDate,
  documentNumber: optionalText(100),
  documentDate: isoDate.nullable().default(null),
  note: optionalText(2000),
  files: z
    .array(
      z.object({
        fileName: text(260),
        base64: z
          .string()
          .max(
            base64Length(LIMITS.submissionFileBytes),
            `Tệp quá lớn (tối đa ${megabytes(LIMITS.submissionFileBytes)}).`,
          ),
      }),
    )
    .max(20)
    .default([]),
});

/** One request with every required agency's status: the screen "who is missing, how late". */
export interface RequestDetail {
  request: ReportRequest;
  statuses: AgencyReportStatus[];
  submissions: Submission[];
  rate: Rate;
}

export interface TodoList {
  today: string;
  reminders: DueReminder[];
  /** Requests due later than the reminder window, for the officer's overview. */
  upcoming: Array<{ requestId: number; title: string; dueOn: string; daysLeft: number; missing: number }>;
  /** Report cycle periods due within a month of today that no request tracks yet: nobody is chasing them. */
  untrackedPeriods: Occurrence[];
}

/** The reminder letter (công văn đôn đốc) template: Vietnamese text with {placeholders}. */
export interface LetterTemplate {
  issuerParent: string;
  issuer: string;
  place: string;
  numberSymbol: string;
  subject: string;
  body: string;
  signerTitle: string;
  signerName: string;
  archive: string;
}

export const letterTemplateInput = z.object({
  issuerParent: text(200),
  issuer: text(200),
  place: text(100),
  numberSymbol: text(100),
  subject: text(500),
  body: text(20000),
  signerTitle: text(200),
  signerName: text(200),
  archive: text(200),
});

export const reportChannels = {
  'requests.list': query<ReportRequest[]>()(none),
  'requests.get': query<RequestDetail>()(z.object({ id })),
  'requests.create': command<ReportRequest>()(requestFields),
  'requests.update': command<ReportRequest>()(z.object({ id, request: requestFields })),
  'requests.delete': command<null>()(z.object({ id })),
  /** Stop chasing a request from `on` (no more reminders); `on: null` takes it up again. */
  'requests.close': command<ReportRequest>()(z.object({ id, on: isoDate.nullable() })),
  'requests.rates': query<ReportingRates>()(z.object({ asOf: isoDate })),
  /** Drafts the reminder letter naming the agencies that have not sent the report. */
  'requests.letter': query<ExportedFile>()(z.object({ id, on: isoDate })),

  'submissions.record': command<Submission>()(submissionInput),
  'submissions.list': query<Submission[]>()(z.object({ requestId: id.optional(), agencyId: id.optional() })),
  'submissions.file': query<ExportedFile>()(z.object({ fileId: id })),
  /** Opens a received file with the PC's default program; where that is impossible (a browser), returns it to save. */
  'submissions.open': query<{ opened: true } | { opened: false; file: ExportedFile }>()(z.object({ fileId: id })),

  'reminders.todo': query<TodoList>()(z.object({ on: isoDate.optional() }).default({})),
  'reminders.mark': command<null>()(
    z.object({
      requestId: id,
      step: text(40),
      notified: z.boolean().optional(),
      dismissed: z.boolean().optional(),
      snoozedUntil: isoDate.nullable().optional(),
    }),
  ),
  'reminders.rules': query<ReminderRules>()(none),
  'reminders.setRules': command<ReminderRules>()(
    z.object({
      beforeDays: z.array(z.number().int().min(0).max(60)).min(1).max(10),
      overdueEveryDays: z.number().int().min(1).max(60),
    }),
  ),
  'letters.template': query<LetterTemplate>()(none),
  'letters.setTemplate': command<LetterTemplate>()(letterTemplateInput),
};
