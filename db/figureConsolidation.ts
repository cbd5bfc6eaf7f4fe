/**
 * A request's consolidation from the database (docs/figures.md, "Consolidation"; docs/architecture.md, "Scale").
 * The sums over sources come from one GROUP BY that walks the figures' unique index in its own order; each source's
 * totals (for "by source") and the designated sources' figures are the only rows brought into JS. The central
 * committee's PC holds 34 provinces × 40 agencies: reading every cell into JS would cost many times the query.
 */
import { consolidate, type SourceValue } from '../core/figures/consolidate';
import type { FigureSourceStatus } from '../core/figures/form';
import type { ConsolidatedValue, RequestConsolidation } from '../core/figures/records';
import type { Breakdown } from '../core/figures/breakdowns';
import { commentKey } from '../core/figures/sourceChecks';
import type { FormContext } from './figureForms';
import { checksOf, ownFigureRows, rulesOf } from './figureReads';
import type { AppDb } from './open';

type Consolidated = Omit<RequestConsolidation, 'violations'>;

export interface ConsolidationOptions {
  /**
   * Which indicators are listed source by source: every one (a province's 40 agencies: the screen shows them), or
   * only the designated-source ones, whose cross-check needs them (the central PC's 1,360 sources).
   */
  bySource: 'all' | 'designated';
}

export function consolidateRequest(
  db: AppDb,
  context: FormContext,
  options: ConsolidationOptions = { bySource: 'all' },
): Consolidated {
  const { request } = context;
  const statusRows = db.$client
    .prepare('select agency_id, status from figure_sources where request_id = ?')
    .raw()
    .all(request.id) as Array<[number, FigureSourceStatus]>;
  const status = new Map(statusRows);
  const sources = context.sources.map((source) => ({
    agencyId: source.agencyId,
    agency: source.name,
    status: status.get(source.agencyId) ?? ('missing' as const),
  }));
  const base: Consolidated = {
    request: { id: request.id, uuid: request.uuid, title: request.title, dueOn: request.dueOn },
    columns: context.columns.map(({ id: _id, ...column }) => column),
    sources,
    missing: sources.filter((source) => source.status === 'missing').map((source) => source.agency),
    unaccepted: sources
      .filter((source) => source.status === 'entered' || source.status === 'returned')
      .map((source) => source.agency),
    values: [],
    rates: [],
  };
  if (!context.saved) return base;

  const columnKey = new Map(context.columns.map((column) => [column.id, column.uuid]));
  const sums: SourceValue[] = [];
  const summed = db.$client
    .prepare(
      `select column_id, indicator_code, part, sum(value) from figure_values where request_id = ?
       group by column_id, indicator_code, part`,
    )
    .raw()
    .iterate(request.id) as IterableIterator<[number, string, string, number]>;
  for (const [columnId, code, part, value] of summed) {
    const column = columnKey.get(columnId);
    if (column) sums.push({ source: 0, column, key: part ? `${code}|${part}` : code, value });
  }

  const reported = context.indicators.filter((indicator) => !indicator.computed);
  const designated = new Set(
    reported.flatMap((indicator) =>
      indicator.aggregation === 'source' && indicator.designatedAgencyId !== null ? [indicator.designatedAgencyId] : [],
    ),
  );
  // Every figure of the designated sources.
  const values: SourceValue[] = [];
  for (const source of designated) {
    for (const row of ownFigureRows(db, request.id, source)) {
      const column = columnKey.get(row.columnId);
      if (column)
        values.push({ source, column, key: row.part ? `${row.code}|${row.part}` : row.code, value: row.value });
    }
  }

  // Each source's own totals over the reporting slices, for the indicators listed source by source.
  const listed =
    options.bySource === 'all' ? reported : reported.filter((indicator) => indicator.aggregation === 'source');
  const sourceTotals: SourceValue[] = [];
  const slices = context.columns.filter((column) => column.role === 'slice').map((column) => column.id);
  if (listed.length > 0 && slices.length > 0) {
    const totals = db.$client
      .prepare(
        `select indicator_code, agency_id, sum(value) from figure_values
         where request_id = ? and part = '' and indicator_code in (${listed.map(() => '?').join(', ')})
           and column_id in (${slices.join(', ')})
         group by indicator_code, agency_id`,
      )
      .raw()
      .iterate(request.id, ...listed.map((indicator) => indicator.code)) as IterableIterator<[string, number, number]>;
    for (const [key, source, value] of totals) sourceTotals.push({ source, column: '', key, value });
  }

  const result = consolidate({
    indicators: reported.map((indicator) => ({
      code: indicator.code,
      aggregation: indicator.aggregation,
      ...(indicator.designatedAgencyId !== null ? { designatedSource: indicator.designatedAgencyId } : {}),
      breakdowns: indicator.breakdowns as Breakdown[],
    })),
    rates: context.indicators
      .filter((indicator) => indicator.computed)
      .map((rate) => ({
        code: rate.code,
        numerator: rate.numerator!,
        denominator: rate.denominator!,
        target: rate.target,
      })),
    columns: context.columns.map((column) => ({ key: column.uuid, role: column.role })),
    sources: context.sources.map((source) => source.agencyId),
    values,
    sums,
    sourceTotals,
    bySourceFor: new Set(listed.map((indicator) => indicator.code)),
  });
  const names = new Map(context.sources.map((source) => [source.agencyId, source.name]));
  const byCode = new Map(context.indicators.map((indicator) => [indicator.code, indicator]));
  return {
    ...base,
    values: result.indicators.map((figure): ConsolidatedValue => {
      const indicator = byCode.get(figure.code)!;
      return {
        indicator: figure.code,
        name: indicator.name,
        unit: indicator.unit,
        kind: indicator.kind,
        aggregation: indicator.aggregation,
        designatedAgency: indicator.designatedAgency,
        total: figure.total,
        columns: figure.columns,
        previous: figure.previous,
        change: figure.change,
        breakdowns: figure.breakdowns,
        bySource: figure.bySource.map((own) => ({
          agencyId: own.source,
          agency: names.get(own.source) ?? '',
          total: own.total,
        })),
        disagreements: figure.disagreements.map((disagreement) => ({
          agency: names.get(disagreement.source) ?? '',
          total: disagreement.total,
          standing: disagreement.standing,
        })),
      };
    }),
    rates: result.rates.map((rate) => ({
      indicator: rate.code,
      name: byCode.get(rate.code)!.name,
      value: rate.value,
      columns: rate.columns,
      target: rate.target,
      met: rate.met,
    })),
  };
}

/** Every check that fires on any source's figures, with the officer's comments, in the sources' order. */
export function requestViolations(db: AppDb, context: FormContext): RequestConsolidation['violations'] {
  if (!context.saved) return [];
  const rules = rulesOf(context);
  const labels = new Map(context.columns.map((column) => [column.uuid, column.label]));
  const uuidOf = new Map(context.columns.map((column) => [column.id, column.uuid]));
  const withFigures = db.$client
    .prepare('select agency_id, comments from figure_sources where request_id = ?')
    .raw()
    .all(context.request.id) as Array<[number, string]>;
  const notesOf = new Map(
    withFigures.map(([agencyId, notes]) => [agencyId, JSON.parse(notes) as Record<string, string>]),
  );
  return context.sources.flatMap((source) => {
    const notes = notesOf.get(source.agencyId);
    if (!notes) return [];
    const values = new Map(context.columns.map((column) => [column.uuid, new Map<string, number>()]));
    for (const row of ownFigureRows(db, context.request.id, source.agencyId)) {
      const column = uuidOf.get(row.columnId);
      if (column) values.get(column)!.set(row.part ? `${row.code}|${row.part}` : row.code, row.value);
    }
    return checksOf(db, context, source.agencyId, values, rules).map((check) => ({
      rule: check.rule,
      agency: source.name,
      column: labels.get(check.column) ?? '',
      importance: check.importance,
      message: check.message,
      comment: notes[commentKey(check.rule, check.column)] ?? null,
    }));
  });
}
