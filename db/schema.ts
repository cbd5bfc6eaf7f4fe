/**
 * The database schema. Every record has a local integer key (for joins) and a
 * stable UUID (for exchange between offices), plus created/updated timestamps;
 * the few tables that have neither hold local bookkeeping that never travels
 * (LOCAL_TABLES). Kinds and statuses come from core/, so the checks here, the
 * contract and the screens name the same values. Every foreign-key column is
 * the first column of an index. See docs/architecture.md ("Records").
 * Change it, then run `npm run db:generate` and commit the generated SQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { AGENCY_KINDS } from '../core/agency';
import { ENTRY_KINDS } from '../core/calendar';
import { AGGREGATIONS } from '../core/figures/catalogue';
import { COLUMN_ROLES, FIGURE_SOURCE_STATUSES } from '../core/figures/form';
import { FIGURE_KINDS } from '../core/figures/numbers';
import {
  ASSIGNMENT_ROLES,
  PLAN_LEVELS,
  PLAN_STATUSES,
  RECURRENCES,
  SECTION_ROLES,
  TASK_PROGRESS,
  TIMING_KINDS,
} from '../core/plan';
import { REQUEST_KINDS } from '../core/reports';
import { HOLIDAY_CHANGES } from '../core/workdays';

export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** `column in ('a', 'b')`, from a list defined once in core/. */
export function oneOf(column: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

/**
 * Tables without uuid and timestamps, and why: they are the app's own bookkeeping on this PC, rebuilt or
 * meaningless elsewhere, and never exported (tests/integration/schemaGuard.test.ts holds every other table to it).
 */
export const LOCAL_TABLES: Readonly<Record<string, string>> = {
  seed_log: 'which shipped directory entries this PC has applied, so a deleted one is not re-added',
  __drizzle_migrations: "drizzle's record of the migrations applied to this file",
  sqlite_sequence: "SQLite's own AUTOINCREMENT counters",
};

export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** JSON array of strings: abbreviations and variants seen in documents. */
    aliases: text('aliases').notNull().default('[]'),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => agencies.id, { onDelete: 'set null' }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => agencies.id, { onDelete: 'set null' }),
    mergedOn: text('merged_on'),
    seedKey: text('seed_key').unique(),
    /** Folded name, short name and aliases: what diacritics-insensitive search looks through. */
    searchText: text('search_text').notNull(),
    /** Folded name: two agencies may not share one. */
    nameKey: text('name_key').notNull().unique(),
    ...timestamps,
  },
  (table) => [
    check('agencies_name_not_blank', sql`length(trim(${table.name})) > 0`),
    index('agencies_parent_idx').on(table.parentId),
    index('agencies_merged_into_idx').on(table.mergedIntoId),
  ],
);

/** Seeds already applied, so that a seeded agency the user deleted does not come back on upgrade. */
export const seedLog = sqliteTable('seed_log', {
  seedKey: text('seed_key').primaryKey(),
  appliedAt: text('applied_at').notNull(),
});

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    numberSymbol: text('number_symbol'),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: text('issued_on'),
    signer: text('signer'),
    level: text('level', { enum: PLAN_LEVELS }).notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    implementsPlanId: integer('implements_plan_id').references((): AnySQLiteColumn => plans.id, {
      onDelete: 'set null',
    }),
    implementsRef: text('implements_ref'),
    status: text('status', { enum: PLAN_STATUSES }).notNull(),
    /** Folded number-symbol + issuer; null for drafts without a number. One issuer never reuses a number. */
    identityKey: text('identity_key').unique(),
    ...timestamps,
  },
  (table) => [
    check('plans_period_order', sql`${table.periodFrom} <= ${table.periodTo}`),
    index('plans_implements_idx').on(table.implementsPlanId),
  ],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => sections.id, { onDelete: 'cascade' }),
    label: text('label').notNull().default(''),
    title: text('title').notNull(),
    /** content | objectives | report_outline | other: what the heading holds (see core/plan.ts SECTION_ROLES). */
    role: text('role', { enum: SECTION_ROLES }).notNull().default('content'),
    /** Shared with tasks: siblings of both kinds are ordered together. */
    position: integer('position').notNull(),
    ...timestamps,
  },
  (table) => [
    index('sections_plan_idx').on(table.planId, table.parentId, table.position),
    index('sections_parent_idx').on(table.parentId),
  ],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'cascade' }),
    label: text('label'),
    text: text('text').notNull(),
    allMembers: integer('all_members', { mode: 'boolean' }).notNull().default(false),
    timingKind: text('timing_kind', { enum: TIMING_KINDS }).notNull().default('unspecified'),
    dueOn: text('due_on'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    recurrence: text('recurrence', { enum: RECURRENCES }),
    progress: text('progress', { enum: TASK_PROGRESS }).notNull().default('not_started'),
    note: text('note'),
    /** Where the task was read from, in its plan's imported source text (plan_sources). */
    sourceStart: integer('source_start'),
    sourceEnd: integer('source_end'),
    position: integer('position').notNull(),
    ...timestamps,
  },
  (table) => [
    index('tasks_plan_idx').on(table.planId, table.sectionId, table.position),
    index('tasks_section_idx').on(table.sectionId),
    check('tasks_text_not_blank', sql`length(trim(${table.text})) > 0`),
  ],
);

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    /** Restrict: an agency that still has assignments cannot be deleted (it can be marked merged). */
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ASSIGNMENT_ROLES }).notNull(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('assignments_task_agency_uq').on(table.taskId, table.agencyId),
    index('assignments_agency_idx').on(table.agencyId),
    check('assignments_role_valid', oneOf(table.role, ASSIGNMENT_ROLES)),
  ],
);

/** The document a plan was imported from, kept as read, with what was extracted from it. */
export const planSources = sqliteTable(
  'plan_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    fileName: text('file_name'),
    /** utf-8 | utf-16le | utf-16be | windows-1258 | docx | pasted */
    encoding: text('encoding'),
    /** tcvn3 | vni when the text was converted from a legacy font encoding. */
    legacyFont: text('legacy_font'),
    text: text('text').notNull(),
    sha256: text('sha256').notNull(),
    /** JSON: the dates and targets the officer kept, for the calendar and the report. */
    extraction: text('extraction').notNull().default('{}'),
    ...timestamps,
  },
  (table) => [index('plan_sources_plan_idx').on(table.planId)],
);

/** The calendar: deadlines, periods, events and meetings (core/calendar.ts). */
export const calendarEntries = sqliteTable(
  'calendar_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startOn: text('start_on').notNull(),
    endOn: text('end_on'),
    yearly: integer('yearly', { mode: 'boolean' }).notNull().default(false),
    time: text('time'),
    place: text('place'),
    what: text('what'),
    sender: text('sender'),
    receiver: text('receiver'),
    dataFrom: text('data_from'),
    dataTo: text('data_to'),
    planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    /** manual | import */
    source: text('source').notNull().default('manual'),
    ...timestamps,
  },
  (table) => [
    index('calendar_entries_start_idx').on(table.startOn),
    index('calendar_entries_plan_idx').on(table.planId),
    check('calendar_entries_kind_valid', oneOf(table.kind, ENTRY_KINDS)),
    check('calendar_entries_title_not_blank', sql`length(trim(${table.title})) > 0`),
  ],
);

export const calendarEntryAgencies = sqliteTable(
  'calendar_entry_agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => calendarEntries.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('calendar_entry_agencies_uq').on(table.entryId, table.agencyId),
    index('calendar_entry_agencies_agency_idx').on(table.agencyId),
  ],
);

export const calendarEntryTasks = sqliteTable(
  'calendar_entry_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => calendarEntries.id, { onDelete: 'cascade' }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('calendar_entry_tasks_uq').on(table.entryId, table.taskId),
    index('calendar_entry_tasks_task_idx').on(table.taskId),
  ],
);

/** Periodic reports that generate their deadlines and data windows (core/calendar.ts CycleFields). */
export const reportCycles = sqliteTable(
  'report_cycles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    title: text('title').notNull(),
    recurrence: text('recurrence', { enum: RECURRENCES }).notNull(),
    windowStartDay: integer('window_start_day').notNull().default(15),
    windowEndDay: integer('window_end_day').notNull().default(14),
    dueDay: integer('due_day').notNull().default(20),
    dueMonthOffset: integer('due_month_offset').notNull().default(0),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year'),
    receiver: text('receiver'),
    planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [index('report_cycles_plan_idx').on(table.planId)],
);

export const reportCycleAgencies = sqliteTable(
  'report_cycle_agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => reportCycles.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('report_cycle_agencies_uq').on(table.cycleId, table.agencyId),
    index('report_cycle_agencies_agency_idx').on(table.agencyId),
  ],
);

/**
 * The officer's edits of a year's days off (the government fixes them each
 * year): an extra day off, a computed one that is worked after all, or a
 * make-up working Saturday. Computed holidays themselves are never stored.
 */
export const holidayEdits = sqliteTable(
  'holiday_edits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    date: text('date').notNull().unique(),
    change: text('change', { enum: HOLIDAY_CHANGES }).notNull(),
    name: text('name'),
    ...timestamps,
  },
  (table) => [check('holiday_edits_change_valid', oneOf(table.change, HOLIDAY_CHANGES))],
);

/** A report asked of the agencies (core/reports.ts): from a report cycle or ad hoc, with its due date and data window. */
export const reportRequests = sqliteTable(
  'report_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    title: text('title').notNull(),
    kind: text('kind', { enum: REQUEST_KINDS }).notNull(),
    cycleId: integer('cycle_id').references(() => reportCycles.id, { onDelete: 'set null' }),
    requestedOn: text('requested_on').notNull(),
    dueOn: text('due_on').notNull(),
    dataFrom: text('data_from'),
    dataTo: text('data_to'),
    receiver: text('receiver'),
    /** JSON array of the outline's headings (Đề cương). */
    outline: text('outline').notNull().default('[]'),
    planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    /** The deadline this request puts on the calendar. */
    calendarEntryId: integer('calendar_entry_id').references(() => calendarEntries.id, { onDelete: 'set null' }),
    /** The day the office stopped chasing this report (consolidated, or given up): no more reminders. */
    closedOn: text('closed_on'),
    ...timestamps,
  },
  (table) => [
    index('report_requests_due_idx').on(table.dueOn),
    // The requests still chased (never closed, or closed after today) by due day: the to-do list reads these only,
    // not ten years of closed registers (docs/architecture.md, "Scale").
    index('report_requests_chased_idx').on(table.closedOn, table.dueOn),
    index('report_requests_cycle_idx').on(table.cycleId),
    index('report_requests_plan_idx').on(table.planId),
    index('report_requests_entry_idx').on(table.calendarEntryId),
    check('report_requests_kind_valid', oneOf(table.kind, REQUEST_KINDS)),
    check('report_requests_title_not_blank', sql`length(trim(${table.title})) > 0`),
  ],
);

export const reportRequestAgencies = sqliteTable(
  'report_request_agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    /** Restrict: an agency a report is asked of cannot vanish from the directory (mark it merged instead). */
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    exempt: integer('exempt', { mode: 'boolean' }).notNull().default(false),
    /**
     * Derived, never written by the app: the day the agency's first version of this report was received, kept by
     * the triggers of migration 0006 from `submissions`, so "who is still missing" reads an index instead of
     * joining every request with every submission (docs/architecture.md, "Derived columns").
     */
    firstReceivedOn: text('first_received_on'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('report_request_agencies_uq').on(table.requestId, table.agencyId),
    index('report_request_agencies_agency_idx').on(table.agencyId),
    // Who still owes a report: only the missing links, so the to-do list reads a few rows per request. Every column
    // the to-do reads is in the index (SQLite does not infer a partial index's constant columns): no table lookup.
    index('report_request_agencies_missing_idx')
      .on(table.requestId, table.agencyId, table.firstReceivedOn, table.exempt)
      .where(sql`${table.firstReceivedOn} is null and ${table.exempt} = 0`),
  ],
);

/**
 * A report received (sổ theo dõi báo cáo). Never deleted: a later version
 * supersedes an earlier one and both stay. Restrict on both parents, so neither
 * a request nor an agency with received reports can be deleted.
 */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'restrict' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    receivedOn: text('received_on').notNull(),
    documentNumber: text('document_number'),
    documentDate: text('document_date'),
    note: text('note'),
    version: integer('version').notNull(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('submissions_version_uq').on(table.requestId, table.agencyId, table.version),
    index('submissions_agency_idx').on(table.agencyId),
  ],
);

/** A file received with a submission, stored once under its SHA-256 in the data folder. */
export const submissionFiles = sqliteTable(
  'submission_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'restrict' }),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    ...timestamps,
  },
  (table) => [
    index('submission_files_sha_idx').on(table.sha256),
    index('submission_files_submission_idx').on(table.submissionId),
  ],
);

/** What the officer did with a reminder step: notified, dismissed, snoozed. A step is never shown twice. */
export const reminderStates = sqliteTable(
  'reminder_states',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    notified: integer('notified', { mode: 'boolean' }).notNull().default(false),
    dismissed: integer('dismissed', { mode: 'boolean' }).notNull().default(false),
    snoozedUntil: text('snoozed_until'),
    ...timestamps,
  },
  (table) => [uniqueIndex('reminder_states_step_uq').on(table.requestId, table.step)],
);

/** Office settings as JSON values: reminder rules, the reminder letter's template. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  uuid: text('uuid').notNull().unique(),
  value: text('value').notNull(),
  ...timestamps,
});

/**
 * The office's indicator catalogue (docs/figures.md, "Catalogue"), one row per version: an indicator applies in a
 * year in the version with the latest `from_year` not after it, so a rename or a retirement from 2026 leaves the
 * forms and figures of 2025 as they were. Figures refer to an indicator by its code, never by a version's row.
 */
export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    code: text('code').notNull(),
    /** 0: the shipped version, for every year. */
    fromYear: integer('from_year').notNull(),
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    kind: text('kind', { enum: FIGURE_KINDS }).notNull(),
    area: text('area').notNull(),
    aggregation: text('aggregation', { enum: AGGREGATIONS }).notNull().default('sum'),
    /** Whose figure stands for a designated-source indicator. */
    designatedAgencyId: integer('designated_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    /** JSON array of breakdowns (core/figures/breakdowns.ts). */
    breakdowns: text('breakdowns').notNull().default('[]'),
    /** A computed indicator (a rate) divides these two codes. */
    numerator: text('numerator'),
    denominator: text('denominator'),
    target: real('target'),
    rangeMin: real('range_min'),
    rangeMax: real('range_max'),
    position: integer('position').notNull(),
    /** catalogue | office */
    origin: text('origin').notNull().default('office'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('indicators_version_uq').on(table.code, table.fromYear),
    index('indicators_designated_idx').on(table.designatedAgencyId),
    check('indicators_kind_valid', oneOf(table.kind, FIGURE_KINDS)),
    check('indicators_aggregation_valid', oneOf(table.aggregation, AGGREGATIONS)),
    check('indicators_name_not_blank', sql`length(trim(${table.name})) > 0`),
  ],
);

/** A request's columns: one per reporting slice (a quarter, each year of a review) and the previous period. */
export const requestColumns = sqliteTable(
  'request_columns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    role: text('role', { enum: COLUMN_ROLES }).notNull().default('slice'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    ...timestamps,
  },
  (table) => [
    index('request_columns_request_idx').on(table.requestId, table.position),
    check('request_columns_role_valid', oneOf(table.role, COLUMN_ROLES)),
  ],
);

/** The indicators a request asks for, in the form's order. */
export const requestIndicators = sqliteTable(
  'request_indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    position: integer('position').notNull(),
    ...timestamps,
  },
  (table) => [uniqueIndex('request_indicators_uq').on(table.requestId, table.indicatorCode)],
);

/**
 * One figure a source gave (docs/figures.md, "The value key"): request, source, column, indicator and breakdown
 * option (`part` is `sex=female`, or '' for the indicator's total). A blank is no row: 0 is a row. Restrict on every
 * parent: figures received are evidence and go only when the officer clears them.
 */
export const figureValues = sqliteTable(
  'figure_values',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'restrict' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    columnId: integer('column_id')
      .notNull()
      .references(() => requestColumns.id, { onDelete: 'restrict' }),
    indicatorCode: text('indicator_code').notNull(),
    part: text('part').notNull().default(''),
    value: real('value').notNull(),
    ...timestamps,
  },
  (table) => [
    // One source's figures in a request, read and written together; and the agency's foreign-key index.
    uniqueIndex('figure_values_cell_uq').on(
      table.agencyId,
      table.requestId,
      table.columnId,
      table.indicatorCode,
      table.part,
    ),
    // Consolidation reads only this index, in its order: the sums over sources per key and column, and each
    // source's totals per indicator, without touching the table (docs/architecture.md, "Scale").
    index('figure_values_consolidation_idx').on(
      table.requestId,
      table.part,
      table.indicatorCode,
      table.columnId,
      table.agencyId,
      table.value,
    ),
    // Each source's own totals (no breakdown) per indicator: "by source" and the designated sources' cross-check.
    index('figure_values_totals_idx')
      .on(table.requestId, table.indicatorCode, table.agencyId, table.columnId, table.value)
      .where(sql`${table.part} = ''`),
    index('figure_values_column_idx').on(table.columnId),
    check('figure_values_not_negative', sql`${table.value} >= 0`),
  ],
);

/** Where one source's figures stand in a request: entered, accepted (locked), returned with a reason. */
export const figureSources = sqliteTable(
  'figure_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uuid: text('uuid').notNull().unique(),
    requestId: integer('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'restrict' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    status: text('status', { enum: FIGURE_SOURCE_STATUSES }).notNull(),
    statusNote: text('status_note'),
    statusOn: text('status_on'),
    /** The register's entry these figures arrived with. */
    submissionId: integer('submission_id').references(() => submissions.id, { onDelete: 'set null' }),
    /** JSON object: `rule@column` → the officer's comment on that warning. */
    comments: text('comments').notNull().default('{}'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('figure_sources_uq').on(table.requestId, table.agencyId),
    index('figure_sources_agency_idx').on(table.agencyId),
    index('figure_sources_submission_idx').on(table.submissionId),
    check('figure_sources_status_valid', oneOf(table.status, FIGURE_SOURCE_STATUSES)),
  ],
);
