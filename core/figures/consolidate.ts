/**
 * A request's consolidation (docs/figures.md, "Consolidation"): each indicator's figure over its sources, per
 * column, the total over the reporting slices, the previous period and the change, its breakdowns, and the rates
 * computed from them against their targets. An indicator is summed over its sources, or taken from one designated
 * source (the court for cases tried: the police, the procuracy and the court count one case at different stages,
 * and their sum means nothing), the others kept as a cross-check.
 */
import { valueKey, type Breakdown } from './breakdowns';

export interface ConsolidatedIndicator {
  code: string;
  aggregation: 'sum' | 'source';
  /** For `source`: whose figure stands. */
  designatedSource?: number;
  breakdowns: readonly Breakdown[];
}

export interface RateIndicator {
  code: string;
  numerator: string;
  denominator: string;
  /** The share the plan sets (0.9 for "trên 90%"): met when the rate reaches it. */
  target: number | null;
}

export interface Column {
  key: string;
  /** A reporting slice counts in the total; the previous period is shown beside it for the change. */
  role: 'slice' | 'previous';
}

/** One reported value: what a source gave for one key (an indicator's total or one option) in one column. */
export interface SourceValue {
  source: number;
  column: string;
  key: string;
  value: number | null;
}

export interface IndicatorResult {
  code: string;
  /** Per column, in the request's order; `null` when no source reported it. */
  columns: (number | null)[];
  total: number | null;
  previous: number | null;
  change: { amount: number; share: number | null } | null;
  /** breakdown code → option code → the option's figure over the reporting slices. */
  breakdowns: Record<string, Record<string, number | null>>;
  /** Each source's own figure over the reporting slices, in the order of `sources`. */
  bySource: Array<{ source: number; total: number | null }>;
  /** For a designated-source indicator: the other sources whose figure differs from the one that stands. */
  disagreements: Array<{ source: number; total: number; standing: number | null }>;
}

export interface RateResult {
  code: string;
  columns: (number | null)[];
  value: number | null;
  target: number | null;
  met: boolean | null;
}

export interface Consolidation {
  indicators: IndicatorResult[];
  rates: RateResult[];
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  return values.some((value) => value !== null)
    ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
    : null;
}

export function consolidate(input: {
  indicators: readonly ConsolidatedIndicator[];
  rates: readonly RateIndicator[];
  columns: readonly Column[];
  sources: readonly number[];
  /**
   * Each source's values. With `sums` and `sourceTotals` given, only the designated sources' are needed, so a
   * database hands over what its GROUP BYs made instead of every source's every cell.
   */
  values: readonly SourceValue[];
  /** The sum over all sources per column and key (`source` ignored); computed from `values` when absent. */
  sums?: readonly SourceValue[];
  /** Each source's own figure per key over the reporting slices (`column` ignored); from `values` when absent. */
  sourceTotals?: readonly SourceValue[];
  /**
   * The indicators whose figure is listed source by source (all when absent). A designated-source indicator needs
   * it for its cross-check; for a summed one it is detail a screen may ask for separately.
   */
  bySourceFor?: ReadonlySet<string>;
}): Consolidation {
  const byCell = new Map<string, number | null>();
  for (const entry of input.values) byCell.set(`${entry.source}\u0000${entry.column}\u0000${entry.key}`, entry.value);
  const reported = (source: number, column: string, key: string) =>
    byCell.get(`${source}\u0000${column}\u0000${key}`) ?? null;
  const sums = new Map<string, number | null>();
  if (input.sums) {
    for (const entry of input.sums) sums.set(`${entry.column}\u0000${entry.key}`, entry.value);
  }
  const summed = (column: string, key: string): number | null =>
    input.sums
      ? (sums.get(`${column}\u0000${key}`) ?? null)
      : sumOrNull(input.sources.map((source) => reported(source, column, key)));
  const ownTotals = new Map<string, number | null>();
  for (const entry of input.sourceTotals ?? []) ownTotals.set(`${entry.source}\u0000${entry.key}`, entry.value);
  const slices = input.columns.filter((column) => column.role === 'slice');
  const previousColumn = input.columns.find((column) => column.role === 'previous');

  const standing = (indicator: ConsolidatedIndicator, column: string, key: string): number | null =>
    indicator.aggregation === 'source'
      ? indicator.designatedSource === undefined
        ? null
        : reported(indicator.designatedSource, column, key)
      : summed(column, key);
  const overSlices = (figure: (column: string) => number | null) =>
    sumOrNull(slices.map((column) => figure(column.key)));

  const indicators = input.indicators.map((indicator): IndicatorResult => {
    const key = valueKey(indicator.code);
    const total = overSlices((column) => standing(indicator, column, key));
    const previous = previousColumn ? standing(indicator, previousColumn.key, key) : null;
    const listed = !input.bySourceFor || input.bySourceFor.has(indicator.code);
    const bySource = listed
      ? input.sources.map((source) => ({
          source,
          total: input.sourceTotals
            ? (ownTotals.get(`${source}\u0000${key}`) ?? null)
            : overSlices((column) => reported(source, column, key)),
        }))
      : [];
    return {
      code: indicator.code,
      columns: input.columns.map((column) => standing(indicator, column.key, key)),
      total,
      previous,
      change:
        total === null || previous === null
          ? null
          : { amount: total - previous, share: previous === 0 ? null : (total - previous) / previous },
      breakdowns: Object.fromEntries(
        indicator.breakdowns.map((breakdown) => [
          breakdown.code,
          Object.fromEntries(
            breakdown.options.map((option) => [
              option.code,
              overSlices((column) =>
                standing(
                  indicator,
                  column,
                  valueKey(indicator.code, { breakdown: breakdown.code, option: option.code }),
                ),
              ),
            ]),
          ),
        ]),
      ),
      bySource,
      disagreements:
        indicator.aggregation === 'source'
          ? bySource.flatMap(({ source, total: own }) =>
              source !== indicator.designatedSource && own !== null && own !== total
                ? [{ source, total: own, standing: total }]
                : [],
            )
          : [],
    };
  });

  const resultOf = new Map(indicators.map((result) => [result.code, result]));
  const rates = input.rates.map((rate): RateResult => {
    const numerator = resultOf.get(rate.numerator);
    const denominator = resultOf.get(rate.denominator);
    const ratio = (top: number | null | undefined, bottom: number | null | undefined) =>
      top === null || top === undefined || !bottom ? null : top / bottom;
    const value = ratio(numerator?.total, denominator?.total);
    return {
      code: rate.code,
      columns: input.columns.map((_, index) => ratio(numerator?.columns[index], denominator?.columns[index])),
      value,
      target: rate.target,
      // Reaching the target is meeting it: "trên 90%" plans are read as at least 90% by the offices.
      met: rate.target === null || value === null ? null : value >= rate.target,
    };
  });
  return { indicators, rates };
}
