/**
 * Pure helpers of the figures screens: the rows, texts and chart series of a request's consolidation
 * ("Tổng hợp số liệu", docs/figures.md "Consolidation"), and the codes the indicator dialog gives new breakdown
 * options. Blank stays blank everywhere: a figure nobody reported is `null`, never 0.
 */
import { FIGURE_AREAS, type FigureArea } from '../../../core/figures/catalogue';
import type { FigureKind } from '../../../core/figures/numbers';
import { formatFigure } from '../../../core/figures/numbers';
import type {
  ConsolidatedValue,
  FormColumn,
  IndicatorListItem,
  RequestConsolidation,
} from '../../../core/figures/records';
import { stripDiacritics } from '../../../core/vietnamese';

const SHARE_FORMAT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MINUS = '−';

/** A change in two parts, "+12" and "+20,0%" (the share null when the previous period was 0). */
export function changeParts(
  change: ConsolidatedValue['change'],
  kind: FigureKind,
): { amount: string; share: string | null } | null {
  if (change === null) return null;
  const sign = (value: number) => (value > 0 ? '+' : value < 0 ? MINUS : '');
  return {
    amount: `${sign(change.amount)}${formatFigure(Math.abs(change.amount), kind)}`,
    share: change.share === null ? null : `${sign(change.share)}${SHARE_FORMAT.format(Math.abs(change.share) * 100)}%`,
  };
}

/** "+12 (+20,0%)", "−3 (−10,0%)", "0 (0,0%)"; "+5" when the previous period was 0; "" when there is no change. */
export function formatChange(change: ConsolidatedValue['change'], kind: FigureKind): string {
  const parts = changeParts(change, kind);
  if (parts === null) return '';
  return parts.share === null ? parts.amount : `${parts.amount} (${parts.share})`;
}

/** The plan's target as reports write it: "100%" for all, "≥ 90%" otherwise. */
export function targetText(target: number | null): string {
  if (target === null) return '';
  const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(target * 100);
  return target >= 1 ? `${percent}%` : `≥ ${percent}%`;
}

export type RateStanding = 'met' | 'unmet' | 'unknown' | 'none';

export const RATE_STANDING: Record<RateStanding, { label: string; color: string }> = {
  met: { label: 'Đạt', color: 'green' },
  unmet: { label: 'Không đạt', color: 'red' },
  unknown: { label: 'Chưa đủ số liệu', color: 'default' },
  none: { label: 'Không đặt chỉ tiêu', color: 'default' },
};

export function rateStanding(rate: { target: number | null; met: boolean | null }): RateStanding {
  if (rate.target === null) return 'none';
  if (rate.met === null) return 'unknown';
  return rate.met ? 'met' : 'unmet';
}

/** The reporting slices (the years of a review, the quarters of a year), with their place in `columns`. */
export function sliceColumns(columns: readonly FormColumn[]): Array<FormColumn & { index: number }> {
  return columns.flatMap((column, index) => (column.role === 'slice' ? [{ ...column, index }] : []));
}

/** True when the indicator has a figure in some column (0 is a figure, blank is not). */
export function valueHasFigures(value: ConsolidatedValue): boolean {
  return value.total !== null || value.previous !== null || value.columns.some((figure) => figure !== null);
}

/** True once any source has any figure: before that the screen says so instead of drawing empty tables. */
export function hasFigures(consolidation: RequestConsolidation): boolean {
  return consolidation.values.some(valueHasFigures);
}

export interface BreakdownLine {
  code: string;
  name: string;
  kind: 'partition' | 'of_which' | null;
  options: Array<{ code: string; name: string; value: number | null }>;
}

/**
 * An indicator's breakdowns over the slices, named from the catalogue: in the catalogue's order, options it no
 * longer lists keep their code as name (figures entered under an older version stay visible).
 */
export function breakdownLines(value: ConsolidatedValue, indicator: IndicatorListItem | undefined): BreakdownLine[] {
  const known = new Map((indicator?.breakdowns ?? []).map((breakdown) => [breakdown.code, breakdown]));
  const codes = [
    ...(indicator?.breakdowns ?? []).map((breakdown) => breakdown.code).filter((code) => code in value.breakdowns),
    ...Object.keys(value.breakdowns).filter((code) => !known.has(code)),
  ];
  return codes.map((code) => {
    const figures = value.breakdowns[code] ?? {};
    const breakdown = known.get(code);
    const named = new Map((breakdown?.options ?? []).map((option) => [option.code, option.name]));
    const optionCodes = [
      ...(breakdown?.options ?? []).map((option) => option.code).filter((option) => option in figures),
      ...Object.keys(figures).filter((option) => !named.has(option)),
    ];
    return {
      code,
      name: breakdown?.name ?? code,
      kind: breakdown?.kind ?? null,
      options: optionCodes.map((option) => ({
        code: option,
        name: named.get(option) ?? option,
        value: figures[option] ?? null,
      })),
    };
  });
}

/** Anything to show when the row is expanded: a breakdown figure, a source's figure, a disagreement. */
export function hasDetail(value: ConsolidatedValue): boolean {
  return (
    Object.values(value.breakdowns).some((options) => Object.values(options).some((figure) => figure !== null)) ||
    value.bySource.some((source) => source.total !== null) ||
    value.disagreements.length > 0
  );
}

export type ValueRow =
  | { type: 'area'; key: string; area: FigureArea | 'other'; name: string }
  | { type: 'value'; key: string; value: ConsolidatedValue; indicator: IndicatorListItem | undefined };

/**
 * The table's rows: one per indicator, under a heading per area of the review outline in its order (indicators
 * the catalogue does not know go last, under "Khác"); the indicators keep the consolidation's order in an area.
 */
export function valueRows(values: readonly ConsolidatedValue[], indicators: readonly IndicatorListItem[]): ValueRow[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const groups: Array<{ area: FigureArea | 'other'; name: string }> = [
    ...FIGURE_AREAS.map((area, index) => ({ area: area.code, name: `${index + 1}. ${area.name}` })),
    { area: 'other', name: 'Chỉ tiêu khác' },
  ];
  return groups.flatMap(({ area, name }) => {
    const inArea = values.filter((value) => (byCode.get(value.indicator)?.area ?? 'other') === area);
    if (inArea.length === 0) return [];
    return [
      { type: 'area' as const, key: `area:${area}`, area, name },
      ...inArea.map((value) => ({
        type: 'value' as const,
        key: value.indicator,
        value,
        indicator: byCode.get(value.indicator),
      })),
    ];
  });
}

/** The indicators the chart starts with: the first `count` that have a figure in some slice. */
export function defaultChartIndicators(
  values: readonly ConsolidatedValue[],
  columns: readonly FormColumn[],
  count = 3,
): string[] {
  const slices = sliceColumns(columns);
  return values
    .filter((value) => slices.some((slice) => (value.columns[slice.index] ?? null) !== null))
    .slice(0, count)
    .map((value) => value.indicator);
}

/** One point per slice column: `{ column: "2021", NN01: 12, HT01: null }`, blank left out of the line, not 0. */
export function sliceSeries(
  values: readonly ConsolidatedValue[],
  columns: readonly FormColumn[],
  codes: readonly string[],
): Array<Record<string, string | number | null>> {
  const byCode = new Map(values.map((value) => [value.indicator, value]));
  return sliceColumns(columns).map((slice) => ({
    column: slice.label,
    ...Object.fromEntries(codes.map((code) => [code, byCode.get(code)?.columns[slice.index] ?? null])),
  }));
}

/**
 * The series too small to read beside the largest (under an eighth of it): drawn against a second axis on the
 * right rather than as slivers at the bottom.
 */
export function smallSeries(
  data: ReadonlyArray<Record<string, string | number | null>>,
  codes: readonly string[],
): string[] {
  const highest = (code: string) => Math.max(0, ...data.map((point) => Number(point[code] ?? 0)));
  const top = Math.max(0, ...codes.map(highest));
  if (top === 0) return [];
  const small = codes.filter((code) => highest(code) * 8 < top);
  return small.length < codes.length ? small : [];
}

/** Rates as percentages for the chart (92.3 for 0.923), blank kept as null. */
export function rateSeries(
  rates: RequestConsolidation['rates'],
): Array<{ code: string; name: string; value: number | null; target: number | null; met: boolean | null }> {
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return rates
    .filter((rate) => rate.value !== null || rate.target !== null)
    .map((rate) => ({
      code: rate.indicator,
      name: rate.name,
      value: percent(rate.value),
      target: percent(rate.target),
      met: rate.met,
    }));
}

/** A column of a violation, by its uuid, as the form names it (the text itself when it is not a uuid). */
export function columnLabel(columns: readonly FormColumn[], column: string): string {
  return columns.find((item) => item.uuid === column)?.label ?? column;
}

/** Lines of at most `width` characters, broken between words, for chart labels too long for one line. */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/**
 * The code of a new breakdown or option, from its name folded: "Từ 60 tuổi trở lên" → "tu_60_tuoi_tro_len",
 * at most 31 characters, unique among `taken` (a suffix _2, _3… when needed). A breakdown's code must start with a
 * letter (`letterFirst`); an option's may start with a digit ("18plus").
 */
export function foldedCode(name: string, taken: Iterable<string>, { letterFirst = false } = {}): string {
  const used = new Set(taken);
  let base = stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (letterFirst && !/^[a-z]/.test(base)) base = base ? `n_${base}` : 'nhom';
  if (!base) base = 'nhom';
  base = base.slice(0, 28).replace(/_+$/, '');
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}_${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
