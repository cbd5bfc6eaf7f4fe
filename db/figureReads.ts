/**
 * One source's figures in a request as the screens read them (docs/figures.md, "Entering figures"): its values,
 * the checks that fire on them with the officer's comments, and where the source stands; every source's summary
 * for the form's list of sources.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { CATALOGUE_RULES } from '../core/figures/catalogue';
import type { FigureSourceStatus } from '../core/figures/form';
import type { FigureSourceSummary, SourceFigures, SourceViolation } from '../core/figures/records';
import { checkSource, commentKey, formRules, type SourceCheck } from '../core/figures/sourceChecks';
import { AppError } from '../core/errors';
import type { ValidationRule } from '../core/figures/validation';
import type { FormContext } from './figureForms';
import type { AppDb } from './open';
import { figureSources, figureValues, reportRequests, requestColumns } from './schema';

export type SourceRow = typeof figureSources.$inferSelect;

/** The rules of a form, built once per request read. */
export function rulesOf(context: FormContext): ValidationRule[] {
  return formRules(
    context.indicators.filter((indicator) => !indicator.computed),
    CATALOGUE_RULES,
  );
}

export function sourceRow(db: AppDb, requestId: number, agencyId: number): SourceRow | undefined {
  return db
    .select()
    .from(figureSources)
    .where(and(eq(figureSources.requestId, requestId), eq(figureSources.agencyId, agencyId)))
    .get();
}

export function sourceOf(context: FormContext, agencyId: number) {
  const source = context.sources.find((item) => item.agencyId === agencyId);
  if (!source) {
    const name = context.request.exemptAgencyIds.includes(agencyId) ? 'Cơ quan này được miễn' : 'Cơ quan này không có';
    throw new AppError(
      'INVALID_INPUT',
      `${name} trong danh sách cơ quan phải gửi “${context.request.title}”; không nhập số liệu cho cơ quan này.`,
    );
  }
  return source;
}

export function requireSaved(context: FormContext): void {
  if (!context.saved) {
    throw new AppError(
      'INVALID_INPUT',
      `“${context.request.title}” chưa có biểu mẫu số liệu: hãy “Lập biểu mẫu” trước.`,
    );
  }
}

export type ValuesByColumn = Map<string, Map<string, number>>;

export interface FigureRow {
  id: number;
  columnId: number;
  code: string;
  part: string;
  value: number;
}

/**
 * One source's figures in a request, by the source's own index. Named, not left to the planner: without statistics
 * SQLite prefers the covering consolidation index and would scan every source of the request (docs/figures.md,
 * "Consolidation at scale").
 */
export function ownFigureRows(db: AppDb, requestId: number, agencyId: number): FigureRow[] {
  return db.$client
    .prepare(
      `select id, column_id as columnId, indicator_code as code, part, value
       from figure_values indexed by figure_values_cell_uq where agency_id = ? and request_id = ?`,
    )
    .all(agencyId, requestId) as FigureRow[];
}

/** One source's values: column uuid → value key → value. */
export function sourceValues(db: AppDb, context: FormContext, agencyId: number): ValuesByColumn {
  const uuidOf = new Map(context.columns.map((column) => [column.id, column.uuid]));
  const values: ValuesByColumn = new Map(context.columns.map((column) => [column.uuid, new Map()]));
  const rows = ownFigureRows(db, context.request.id, agencyId);
  for (const row of rows) {
    const column = uuidOf.get(row.columnId);
    if (column) values.get(column)!.set(row.part ? `${row.code}|${row.part}` : row.code, row.value);
  }
  return values;
}

/**
 * The source's own last figure per indicator in the earlier requests of the same report cycle: what its first
 * column is compared with for a jump. An ad hoc request has no earlier periods.
 */
function earlierFigures(db: AppDb, context: FormContext, agencyId: number): Map<string, number> {
  const earlier = new Map<string, number>();
  if (context.request.cycleId === null) return earlier;
  const rows = db
    .select({ code: figureValues.indicatorCode, value: figureValues.value })
    .from(figureValues)
    .innerJoin(reportRequests, eq(reportRequests.id, figureValues.requestId))
    .innerJoin(requestColumns, eq(requestColumns.id, figureValues.columnId))
    .where(
      and(
        eq(figureValues.agencyId, agencyId),
        eq(figureValues.part, ''),
        eq(reportRequests.cycleId, context.request.cycleId),
        sql`${reportRequests.dueOn} < ${context.request.dueOn}`,
        eq(requestColumns.role, 'slice'),
      ),
    )
    .orderBy(desc(reportRequests.dueOn), desc(requestColumns.position))
    .all();
  for (const row of rows) if (!earlier.has(row.code)) earlier.set(row.code, row.value);
  return earlier;
}

export function checksOf(
  db: AppDb,
  context: FormContext,
  agencyId: number,
  values: ValuesByColumn,
  rules: readonly ValidationRule[] = rulesOf(context),
): SourceCheck[] {
  return checkSource({
    rules,
    indicators: context.indicators.filter((indicator) => !indicator.computed),
    columns: context.columns.map((column) => ({ key: column.uuid, role: column.role })),
    values,
    earlier: earlierFigures(db, context, agencyId),
  });
}

export function comments(row: SourceRow | undefined): Record<string, string> {
  return row ? (JSON.parse(row.comments) as Record<string, string>) : {};
}

export function summarize(
  context: FormContext,
  source: { agencyId: number; name: string },
  row: SourceRow | undefined,
  count: number,
  checks: readonly SourceCheck[],
  receivedOn: string | null,
): FigureSourceSummary {
  const notes = comments(row);
  const warnings = checks.filter((check) => check.importance === 'warning');
  return {
    agencyId: source.agencyId,
    agency: source.name,
    status: (row?.status as FigureSourceStatus | undefined) ?? 'missing',
    statusNote: row?.statusNote ?? null,
    statusOn: row?.statusOn ?? null,
    values: count,
    errors: checks.length - warnings.length,
    warnings: warnings.length,
    uncommented: warnings.filter((check) => !notes[commentKey(check.rule, check.column)]).length,
    receivedOn,
  };
}

function receivedOnOf(db: AppDb, row: SourceRow | undefined): string | null {
  if (!row?.submissionId) return null;
  return (
    db.get<{ received_on: string } | undefined>(sql`select received_on from submissions where id = ${row.submissionId}`)
      ?.received_on ?? null
  );
}

export function sourceFigures(db: AppDb, context: FormContext, agencyId: number): SourceFigures {
  requireSaved(context);
  const source = sourceOf(context, agencyId);
  const values = sourceValues(db, context, agencyId);
  const checks = checksOf(db, context, agencyId, values);
  const row = sourceRow(db, context.request.id, agencyId);
  const notes = comments(row);
  const labels = new Map(context.columns.map((column) => [column.uuid, column.label]));
  const flat = [...values].flatMap(([column, byKey]) => [...byKey].map(([key, value]) => ({ column, key, value })));
  return {
    requestId: context.request.id,
    source: summarize(context, source, row, flat.length, checks, receivedOnOf(db, row)),
    values: flat,
    violations: checks.map((check): SourceViolation => ({
      ...check,
      columnLabel: labels.get(check.column) ?? '',
      comment: notes[commentKey(check.rule, check.column)] ?? null,
    })),
  };
}

/** Every source's summary (the form's list of sources), from one read of the request's figures. */
export function sourceSummaries(db: AppDb, context: FormContext): FigureSourceSummary[] {
  if (!context.saved) return context.sources.map((source) => summarize(context, source, undefined, 0, [], null));
  const rules = rulesOf(context);
  const rows = new Map(
    db
      .select()
      .from(figureSources)
      .where(eq(figureSources.requestId, context.request.id))
      .all()
      .map((row) => [row.agencyId, row]),
  );
  const received = new Map(
    db
      .all<{ id: number; received_on: string }>(
        sql`select s.id, s.received_on from submissions s join figure_sources f on f.submission_id = s.id where f.request_id = ${context.request.id}`,
      )
      .map((row) => [row.id, row.received_on]),
  );
  return context.sources.map((source) => {
    const row = rows.get(source.agencyId);
    if (!row) return summarize(context, source, undefined, 0, [], null);
    const values = sourceValues(db, context, source.agencyId);
    const count = [...values.values()].reduce((total, byKey) => total + byKey.size, 0);
    return summarize(
      context,
      source,
      row,
      count,
      checksOf(db, context, source.agencyId, values, rules),
      row.submissionId === null ? null : (received.get(row.submissionId) ?? null),
    );
  });
}
