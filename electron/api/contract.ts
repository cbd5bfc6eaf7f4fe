/**
 * The one API contract between the UI and the main process: channel names,
 * their input schemas (parsed with zod at the boundary, in main) and their
 * result types. Electron IPC, the loopback HTTP server and the CLI all serve it.
 */
import { z } from 'zod';
import { AGENCY_KINDS, type Agency } from '../../core/agency';
import { isIsoDate } from '../../core/dates';
import type { ErrorCode } from '../../core/errors';
import type { Matrix } from '../../core/matrix';
import { MATRIX_COLUMN_MODES } from '../../core/matrix';
import { ENTRY_KINDS, type Cycle, type Entry, type Occurrence } from '../../core/calendar';
import type { ImportDraft } from '../../core/import/draft';
import type { DueReminder, ReminderRules } from '../../core/reminders';
import {
  REQUEST_KINDS,
  type AgencyReportStatus,
  type Rate,
  type ReportingRates,
  type ReportRequest,
  type Submission,
} from '../../core/reports';
import type { ParseResult } from '../../core/import/types';
import {
  ASSIGNMENT_ROLES,
  SECTION_ROLES,
  PLAN_LEVELS,
  PLAN_STATUSES,
  RECURRENCES,
  TASK_PROGRESS,
  TIMING_KINDS,
  type Assignment,
  type PlanDetail,
  type PlanSummary,
  type Section,
  type Task,
} from '../../core/plan';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max, `Tối đa ${max} ký tự.`);
const optionalText = (max: number) => text(max).nullable().default(null);
const isoDate = z.string().refine(isIsoDate, { message: 'Ngày không có thật trên lịch (định dạng YYYY-MM-DD).' });
const year = z.number().int().min(1945, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.');

export const agencyInput = z.object({
  name: text(300),
  shortName: optionalText(100),
  aliases: z.array(text(200)).max(50).default([]),
  kind: z.enum(AGENCY_KINDS),
  parentId: id.nullable().default(null),
  active: z.boolean().default(true),
  mergedIntoId: id.nullable().default(null),
  mergedOn: isoDate.nullable().default(null),
});

export const planFields = z.object({
  numberSymbol: optionalText(100),
  title: text(1000),
  issuer: text(300),
  issuedOn: isoDate.nullable().default(null),
  signer: optionalText(200),
  level: z.enum(PLAN_LEVELS),
  periodFrom: year,
  periodTo: year,
  implementsPlanId: id.nullable().default(null),
  implementsRef: optionalText(500),
  status: z.enum(PLAN_STATUSES).default('draft'),
});

export const sectionFields = z.object({ label: text(20).default(''), title: text(1000) });

export const taskFields = z.object({
  label: optionalText(20),
  text: text(10000),
  allMembers: z.boolean().default(false),
  timingKind: z.enum(TIMING_KINDS).default('unspecified'),
  dueOn: isoDate.nullable().default(null),
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
  recurrence: z.enum(RECURRENCES).nullable().default(null),
  progress: z.enum(TASK_PROGRESS).default('not_started'),
  note: optionalText(5000),
  lead: z.array(id).max(500).default([]),
  coordinating: z.array(id).max(500).default([]),
});

const agencyRef = z.union([z.object({ agencyId: id }).strict(), z.object({ newKey: text(40) }).strict()]);

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** The reviewed import, as the review screen sends it to be saved (core/import/draft.ts). */
export const importDraft = z.object({
  source: z.object({
    fileName: optionalText(260),
    text: z.string().max(20_000_000),
    encoding: optionalText(40),
    legacyFont: optionalText(20),
  }),
  plan: planFields,
  nodes: z
    .array(
      z.object({
        key: text(40),
        parentKey: text(40).nullable(),
        type: z.enum(['section', 'task']),
        label: text(20),
        text: text(10000),
        role: z.enum(SECTION_ROLES),
        lead: z.array(agencyRef).max(500),
        coordinating: z.array(agencyRef).max(500),
        allMembers: z.boolean(),
        timing: z.object({
          timingKind: z.enum(TIMING_KINDS),
          dueOn: isoDate.nullable(),
          periodFrom: isoDate.nullable(),
          periodTo: isoDate.nullable(),
          recurrence: z.enum(RECURRENCES).nullable(),
        }),
        source: span.nullable(),
      }),
    )
    .max(5000),
  newAgencies: z.array(z.object({ key: text(40), name: text(300), kind: z.enum(AGENCY_KINDS) })).max(500),
  // Kept as extracted, for the calendar and the report (core/import/dates/, core/import/types.ts).
  dates: z
    .array(
      z.object({
        kind: z.enum(['deadline', 'period', 'range', 'recurring', 'yearly']),
        text: z.string().max(5000),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
        due: isoDate.nullable(),
        what: z.string().max(1000).nullable(),
        sender: z.string().max(1000).nullable(),
        receiver: z.string().max(1000).nullable(),
        recurrence: z.array(z.enum(RECURRENCES)),
        adHoc: z.boolean(),
        monthDay: z.string().max(5).nullable(),
        confidence: z.number().min(0).max(1),
      }),
    )
    .max(5000),
  targets: z
    .array(
      z.object({
        text: z.string().max(5000),
        span,
        percent: z.number().min(0).max(100),
        comparator: z.enum(['above', 'at_least', 'equal']),
      }),
    )
    .max(500),
});

/** What reading a document gives the review screen. */
export interface ImportPreview {
  fileName: string | null;
  /** utf-8, utf-16le, windows-1258, docx, pasted … */
  encoding: string;
  legacyFont: string | null;
  /** Vietnamese sentence to show when the text was converted (TCVN3, VNI). */
  notice: string | null;
  result: ParseResult;
  draft: ImportDraft;
}

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ không hợp lệ (định dạng HH:MM).')
  .nullable()
  .default(null);

export const entryFields = z
  .object({
    kind: z.enum(ENTRY_KINDS),
    title: text(500),
    description: optionalText(5000),
    startOn: isoDate,
    endOn: isoDate.nullable().default(null),
    yearly: z.boolean().default(false),
    time,
    place: optionalText(300),
    what: optionalText(500),
    sender: optionalText(500),
    receiver: optionalText(500),
    dataFrom: isoDate.nullable().default(null),
    dataTo: isoDate.nullable().default(null),
    planId: id.nullable().default(null),
    agencyIds: z.array(id).max(500).default([]),
    taskIds: z.array(id).max(500).default([]),
  })
  .refine((entry) => entry.endOn === null || entry.endOn >= entry.startOn, {
    message: 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.',
    path: ['endOn'],
  })
  .refine((entry) => entry.dataFrom === null || entry.dataTo === null || entry.dataTo >= entry.dataFrom, {
    message: 'Kỳ số liệu: ngày cuối phải sau ngày đầu.',
    path: ['dataTo'],
  });

export const cycleFields = z.object({
  title: text(300),
  recurrence: z.enum(RECURRENCES),
  windowStartDay: z.number().int().min(1).max(31).default(15),
  windowEndDay: z.number().int().min(1).max(31).default(14),
  dueDay: z.number().int().min(1).max(31).default(20),
  dueMonthOffset: z.number().int().min(0).max(3).default(0),
  fromYear: year,
  toYear: year.nullable().default(null),
  receiver: optionalText(300),
  planId: id.nullable().default(null),
  agencyIds: z.array(id).max(500).default([]),
});

const calendarRange = z
  .object({
    from: isoDate,
    to: isoDate,
    kinds: z.array(z.enum(['deadline', 'period', 'event', 'meeting', 'report'])).optional(),
    planId: id.nullable().optional(),
    agencyId: id.nullable().optional(),
  })
  .refine((range) => range.from <= range.to, { message: 'Khoảng ngày không hợp lệ: “từ” sau “đến”.', path: ['to'] })
  .refine((range) => Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) <= 20, {
    message: 'Khoảng ngày quá dài (tối đa 20 năm).',
    path: ['to'],
  });

export interface CalendarView {
  occurrences: Occurrence[];
  /** Days off in the range (computed holidays with the officer's edits), for shading. */
  daysOff: HolidayDay[];
  /** Weekend days that are working days. */
  makeUpWorkdays: string[];
}

export interface HolidayDay {
  date: string;
  name: string;
  lunar: boolean;
  /** computed: from the law; edited: the officer's change. */
  source: 'computed' | 'edited';
}

export interface HolidayYear {
  year: number;
  daysOff: HolidayDay[];
  /** Computed days off the officer marked as working days. */
  removed: Array<{ date: string; name: string }>;
  makeUpWorkdays: string[];
}

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
    .array(z.object({ fileName: text(260), base64: z.string().max(70_000_000, 'Tệp quá lớn (tối đa 50 MB).') }))
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

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: string;
  runtime: 'electron' | 'browser' | 'cli';
  lastBackupPath: string | null;
}

/** A file made for the user to save: the renderer turns it into a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** Binds a channel's input schema to its result type, so both are written once, here. */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

const none = z.object({}).default({});

export const contract = {
  'app.info': channel<AppInfo>()(none),

  'agencies.list': channel<Agency[]>()(
    z.object({ query: text(200).optional(), includeInactive: z.boolean().optional() }).default({}),
  ),
  'agencies.create': channel<Agency>()(agencyInput),
  'agencies.update': channel<Agency>()(z.object({ id, agency: agencyInput })),
  'agencies.delete': channel<null>()(z.object({ id })),

  'plans.list': channel<PlanSummary[]>()(z.object({ query: text(200).optional() }).default({})),
  'plans.get': channel<PlanDetail>()(z.object({ id })),
  'plans.findByNumber': channel<PlanSummary[]>()(z.object({ numberSymbol: text(100) })),
  'plans.create': channel<PlanSummary>()(planFields),
  'plans.update': channel<PlanSummary>()(z.object({ id, plan: planFields })),
  'plans.delete': channel<null>()(z.object({ id })),
  'plans.copyToNextYear': channel<PlanSummary>()(z.object({ id })),

  'sections.create': channel<Section>()(z.object({ planId: id, parentId: id.nullable(), section: sectionFields })),
  'sections.update': channel<Section>()(z.object({ id, section: sectionFields })),
  'sections.delete': channel<null>()(z.object({ id })),

  'tasks.create': channel<Task>()(z.object({ planId: id, sectionId: id.nullable(), task: taskFields })),
  'tasks.update': channel<Task>()(z.object({ id, task: taskFields })),
  'tasks.delete': channel<null>()(z.object({ id })),

  'outline.move': channel<null>()(
    z.object({
      node: z.object({ kind: z.enum(['section', 'task']), id }),
      parentId: id.nullable(),
      index: z.number().int().min(0),
    }),
  ),

  'assignments.set': channel<Assignment | null>()(
    z.object({ taskId: id, agencyId: id, role: z.enum(ASSIGNMENT_ROLES).nullable() }),
  ),

  'matrix.get': channel<Matrix>()(
    z.object({
      planId: id,
      columns: z.enum(MATRIX_COLUMN_MODES).default('involved'),
      focusAgencyId: id.nullable().default(null),
    }),
  ),

  'exports.matrixXlsx': channel<ExportedFile>()(
    z.object({ planId: id, columns: z.enum(MATRIX_COLUMN_MODES).default('involved') }),
  ),
  'imports.parse': channel<ImportPreview>()(
    z.union([
      z
        .object({
          fileName: text(260),
          base64: z
            .string()
            .max(
              100_000_000,
              'Tệp quá lớn: một kế hoạch thường dưới 2 MB, Plan Desk nhận tệp tới 10 MB. Hãy kiểm tra lại tệp.',
            ),
        })
        .strict(),
      z.object({ text: z.string().min(1, 'Hãy dán nội dung văn bản.').max(20_000_000) }).strict(),
    ]),
  ),
  'imports.save': channel<PlanSummary>()(importDraft),

  'calendar.list': channel<CalendarView>()(calendarRange),
  'calendar.create': channel<Entry>()(entryFields),
  'calendar.update': channel<Entry>()(z.object({ id, entry: entryFields })),
  'calendar.delete': channel<null>()(z.object({ id })),
  /** Drag and drop: the entry keeps its length. */
  'calendar.move': channel<Entry>()(z.object({ id, startOn: isoDate })),

  'cycles.list': channel<Cycle[]>()(none),
  'cycles.create': channel<Cycle>()(cycleFields),
  'cycles.update': channel<Cycle>()(z.object({ id, cycle: cycleFields })),
  'cycles.delete': channel<null>()(z.object({ id })),

  'holidays.year': channel<HolidayYear>()(z.object({ year })),
  /** change null: back to the computed day. */
  'holidays.edit': channel<HolidayYear>()(
    z.object({
      date: isoDate,
      change: z.enum(['day_off', 'not_day_off', 'make_up_workday']).nullable(),
      name: optionalText(200),
    }),
  ),
  'workdays.add': channel<{ date: string; warning: string | null }>()(
    z.object({ date: isoDate, days: z.number().int().min(-366).max(366) }),
  ),

  'calendar.exportIcs': channel<ExportedFile>()(calendarRange),
  'requests.list': channel<ReportRequest[]>()(none),
  'requests.get': channel<RequestDetail>()(z.object({ id })),
  'requests.create': channel<ReportRequest>()(requestFields),
  'requests.update': channel<ReportRequest>()(z.object({ id, request: requestFields })),
  'requests.delete': channel<null>()(z.object({ id })),
  /** Stop chasing a request from `on` (no more reminders); `on: null` takes it up again. */
  'requests.close': channel<ReportRequest>()(z.object({ id, on: isoDate.nullable() })),
  'requests.rates': channel<ReportingRates>()(z.object({ asOf: isoDate })),
  /** Drafts the reminder letter naming the agencies that have not sent the report. */
  'requests.letter': channel<ExportedFile>()(z.object({ id, on: isoDate })),

  'submissions.record': channel<Submission>()(submissionInput),
  'submissions.list': channel<Submission[]>()(z.object({ requestId: id.optional(), agencyId: id.optional() })),
  'submissions.file': channel<ExportedFile>()(z.object({ fileId: id })),
  /** Opens a received file with the PC's default program; where that is impossible (a browser), returns it to save. */
  'submissions.open': channel<{ opened: true } | { opened: false; file: ExportedFile }>()(z.object({ fileId: id })),

  'reminders.todo': channel<TodoList>()(z.object({ on: isoDate.optional() }).default({})),
  'reminders.mark': channel<null>()(
    z.object({
      requestId: id,
      step: text(40),
      notified: z.boolean().optional(),
      dismissed: z.boolean().optional(),
      snoozedUntil: isoDate.nullable().optional(),
    }),
  ),
  'reminders.rules': channel<ReminderRules>()(none),
  'reminders.setRules': channel<ReminderRules>()(
    z.object({
      beforeDays: z.array(z.number().int().min(0).max(60)).min(1).max(10),
      overdueEveryDays: z.number().int().min(1).max(60),
    }),
  ),
  'letters.template': channel<LetterTemplate>()(none),
  'letters.setTemplate': channel<LetterTemplate>()(
    z.object({
      issuerParent: text(200),
      issuer: text(200),
      place: text(100),
      numberSymbol: text(100),
      subject: text(500),
      body: text(20000),
      signerTitle: text(200),
      signerName: text(200),
      archive: text(200),
    }),
  ),

  'exports.agencyTasks': channel<ExportedFile>()(
    z.object({ planId: id, agencyId: id, format: z.enum(['xlsx', 'docx']) }),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

/** `agencies.list` → `api.agencies.list(input)`: the shape the renderer and the preload expose. */
type GroupOf<C> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C, G extends string> = C extends `${G}.${infer M}` ? M : never;
export type ApiShape<Wrap extends 'promise' | 'result'> = {
  [G in GroupOf<Channel>]: {
    [M in MethodOf<Channel, G>]: `${G}.${M}` extends infer C extends Channel
      ? {} extends ChannelInput<C>
        ? (input?: ChannelInput<C>) => Promise<Wrap extends 'result' ? Result<ChannelOutput<C>> : ChannelOutput<C>>
        : (input: ChannelInput<C>) => Promise<Wrap extends 'result' ? Result<ChannelOutput<C>> : ChannelOutput<C>>
      : never;
  };
};
