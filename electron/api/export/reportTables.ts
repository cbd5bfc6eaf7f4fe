/**
 * The figures of the province's report as rows, once for both builders, and the two tables of the .docx: the
 * consolidated figures and the rates against their targets. The annex (.xlsx) lays out the same rows.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  AGE,
  CATALOGUE_INDICATORS,
  ETHNICITY,
  FUNDING,
  PURPOSE,
  SEX,
  SUPPORT_KIND,
  WHERE,
} from '../../../core/figures/catalogue';
import type { Breakdown } from '../../../core/figures/breakdowns';
import { formatFigure, formatRate, type FigureKind } from '../../../core/figures/numbers';
import type { RequestConsolidation } from '../../../core/figures/records';
import { BODY_WIDTH, type Alignment } from './decree30';

// --- The rows, shared with the annex. ---

export interface FigureLayout {
  /** Indexes into `columns` (and each value's `columns`) of the reporting slices, in the request's order. */
  slices: number[];
  sliceLabels: string[];
  /** The previous period's label; null when the form has none, and then neither Kỳ trước nor Tăng/giảm. */
  previousLabel: string | null;
}

/** Consolidation takes the first previous-period column as the one to compare with; so does the layout. */
export function figureLayout(figures: RequestConsolidation): FigureLayout {
  const slices = figures.columns.flatMap((column, index) => (column.role === 'slice' ? [index] : []));
  const previous = figures.columns.find((column) => column.role === 'previous');
  return {
    slices,
    sliceLabels: slices.map((index) => figures.columns[index]?.label ?? ''),
    previousLabel: previous ? previous.label : null,
  };
}

export interface FigureRow {
  /** An indicator; the heading of one of its breakdowns; one option of it (a total over the slices only). */
  level: 'indicator' | 'breakdown' | 'option';
  /** STT, for indicators. */
  number: string;
  name: string;
  unit: string;
  kind: FigureKind;
  slices: (number | null)[];
  total: number | null;
  previous: number | null;
  change: { amount: number; share: number | null } | null;
}

const SHARED_BREAKDOWNS = new Map([SEX, AGE, ETHNICITY, WHERE, PURPOSE, SUPPORT_KIND, FUNDING].map((b) => [b.code, b]));

/**
 * The consolidation carries a breakdown's codes only. The catalogue's indicators name theirs; an office's own
 * indicator reusing a shared breakdown's code is named by that breakdown. A breakdown named by neither, or with an
 * option neither knows, is left unnamed: `null`.
 */
function namedBreakdown(indicator: string, code: string, options: readonly string[]): Breakdown | null {
  const own = CATALOGUE_INDICATORS.find((item) => item.code === indicator)?.breakdowns.find((b) => b.code === code);
  const breakdown = own ?? SHARED_BREAKDOWNS.get(code) ?? null;
  if (!breakdown) return null;
  const known = new Set(breakdown.options.map((option) => option.code));
  return options.every((option) => known.has(option)) ? breakdown : null;
}

/**
 * One row per indicator the report keeps, each followed by its breakdowns: those the catalogue names always,
 * unnamed ones (as their codes) only when `unnamed` is set, since a printed report cannot show a code.
 */
export function figureRows(
  figures: RequestConsolidation,
  excluded: readonly string[],
  options: { unnamed: boolean },
): FigureRow[] {
  const { slices } = figureLayout(figures);
  const left = new Set(excluded);
  const rows: FigureRow[] = [];
  let number = 0;
  for (const value of figures.values) {
    if (left.has(value.indicator)) continue;
    const base = { unit: value.unit, kind: value.kind, previous: null, change: null };
    rows.push({
      ...base,
      level: 'indicator',
      number: String(++number),
      name: value.name,
      slices: slices.map((index) => value.columns[index] ?? null),
      total: value.total,
      previous: value.previous,
      change: value.change,
    });
    for (const [code, byOption] of Object.entries(value.breakdowns)) {
      const optionCodes = Object.keys(byOption);
      if (optionCodes.length === 0) continue;
      const breakdown = namedBreakdown(value.indicator, code, optionCodes);
      if (!breakdown && !options.unnamed) continue;
      const blank = slices.map(() => null);
      const heading = breakdown
        ? breakdown.kind === 'of_which'
          ? `Trong đó, theo ${lowerFirst(breakdown.name)}:`
          : `Chia theo ${lowerFirst(breakdown.name)}:`
        : `Phân tổ ${code}:`;
      rows.push({ ...base, level: 'breakdown', number: '', name: heading, slices: blank, total: null });
      for (const option of optionCodes) {
        const name = breakdown?.options.find((item) => item.code === option)?.name ?? option;
        const total = byOption[option] ?? null;
        rows.push({ ...base, level: 'option', number: '', name: `- ${name}`, slices: blank, total });
      }
    }
  }
  return rows;
}

export interface RateRow {
  number: string;
  name: string;
  value: number | null;
  target: number | null;
  met: boolean | null;
}

export function rateRows(figures: RequestConsolidation, excluded: readonly string[]): RateRow[] {
  const left = new Set(excluded);
  return figures.rates
    .filter((rate) => !left.has(rate.indicator))
    .map((rate, index) => ({
      number: String(index + 1),
      name: rate.name,
      value: rate.value,
      target: rate.target,
      met: rate.met,
    }));
}

export const MET_LABEL = (met: boolean | null) => (met === null ? '' : met ? 'Đạt' : 'Không đạt');

const ONE_DECIMAL = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "+12 (+25,0%)", "-3 (-20,0%)", "0 (0,0%)"; the share is left out when the previous period was 0. */
export function formatChange(change: FigureRow['change'], kind: FigureKind): string {
  if (!change) return '';
  const sign = change.amount > 0 ? '+' : change.amount < 0 ? '-' : '';
  const amount = `${sign}${formatFigure(Math.abs(change.amount), kind)}`;
  if (change.share === null) return amount;
  return `${amount} (${sign}${ONE_DECIMAL.format(Math.abs(change.share) * 100)}%)`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

// --- The .docx tables. ---

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
/** Narrow cell margins: a form of seven figure columns has to fit the portrait text width. */
const CELL_MARGINS = { left: 57, right: 57, top: 20, bottom: 20 };

interface CellText {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: Alignment;
  /** Extra lines under the first, as in a header "Kỳ trước" over its period. */
  more?: string[];
}

function cell(width: number, size: number, content: CellText): TableCell {
  const run = (text: string) =>
    new TextRun({ text, size, bold: content.bold ?? false, italics: content.italics ?? false });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [content.text, ...(content.more ?? [])].map(
      (text) => new Paragraph({ alignment: content.align ?? AlignmentType.LEFT, children: [run(text)] }),
    ),
  });
}

function grid(widths: readonly number[], size: number, header: CellText[], body: CellText[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((content, index) =>
          cell(widths[index] ?? 0, size, { align: AlignmentType.CENTER, ...content, bold: true }),
        ),
      }),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, index) => cell(widths[index] ?? 0, size, content)),
          }),
      ),
    ],
  });
}

const CENTER = AlignmentType.CENTER;
const RIGHT = AlignmentType.RIGHT;

/** Advance widths in Times New Roman, em, of what a figure is written with; anything else counted as a digit. */
const GLYPH: Record<string, number> = {
  '.': 0.25,
  ',': 0.25,
  ' ': 0.25,
  '+': 0.564,
  '-': 0.333,
  '(': 0.333,
  ')': 0.333,
  '%': 0.833,
};

/** Twips a line of figures needs at `size` half-points, cell margins and 5% to spare included. */
function needed(text: string, size: number): number {
  const ems = [...text].reduce((sum, char) => sum + (GLYPH[char] ?? 0.5), 0);
  return Math.ceil(ems * size * 10 * 1.05) + CELL_MARGINS.left + CELL_MARGINS.right;
}

interface Widths {
  size: number;
  widths: number[];
}

/**
 * The figure columns are as wide as their widest figure and the text column takes the rest. A form too wide for
 * A4 portrait at 11 pt (five years, their total, the previous period) steps down to 10 and then 9 pt; the change
 * goes onto two lines, amount over share, before the font gets smaller.
 */
function columnWidths(figureTexts: string[], changeTexts: string[], figureColumns: number, comparing: boolean): Widths {
  const layout = (size: number, squeeze: boolean): Widths | null => {
    const number = Math.round(560 * (size / 22));
    const unit = Math.round(900 * (size / 22));
    const header = needed('Tăng/giảm', size) + 60;
    const long = comparing ? Math.max(header, ...changeTexts.map((text) => needed(text, size))) : 0;
    const short = comparing
      ? Math.max(header, ...changeTexts.flatMap((text) => text.split(' ').map((part) => needed(part, size))))
      : 0;
    let figure = Math.max(Math.round(620 * (size / 22)), ...figureTexts.map((text) => needed(text, size)));
    // Nothing fits: the figures wrap at their dots rather than the indicator's name at every syllable.
    if (squeeze) figure = Math.min(figure, Math.floor((BODY_WIDTH - number - unit - short - 1800) / figureColumns));
    const rest = BODY_WIDTH - number - unit - figure * figureColumns;
    const change = rest - long >= 2400 ? long : rest - short >= 1800 ? short : null;
    if (change === null) return null;
    const widths = [number, rest - change, unit, ...Array.from({ length: figureColumns }, () => figure)];
    return { size, widths: comparing ? [...widths, change] : widths };
  };
  return layout(22, false) ?? layout(20, false) ?? layout(18, false) ?? layout(18, true)!;
}

/** STT | Chỉ tiêu | Đơn vị tính | one column per slice | Tổng | Kỳ trước | Tăng/giảm. */
export function figuresTable(figures: RequestConsolidation, excluded: readonly string[]): Table | null {
  const rows = figureRows(figures, excluded, { unnamed: false });
  if (rows.length === 0) return null;
  const layout = figureLayout(figures);
  const comparing = layout.previousLabel !== null;
  const figureColumns = layout.slices.length + 1 + (comparing ? 1 : 0);
  const { size, widths } = columnWidths(
    rows.flatMap((row) =>
      [...row.slices, row.total, ...(comparing ? [row.previous] : [])].map((value) => formatFigure(value, row.kind)),
    ),
    comparing ? rows.map((row) => formatChange(row.change, row.kind)) : [],
    figureColumns,
    comparing,
  );

  const header: CellText[] = [
    { text: 'STT' },
    { text: 'Chỉ tiêu' },
    { text: 'Đơn vị tính' },
    ...layout.sliceLabels.map((label) => ({ text: label })),
    { text: 'Tổng' },
    ...(comparing
      ? [{ text: 'Kỳ trước', more: layout.previousLabel ? [`(${layout.previousLabel})`] : [] }, { text: 'Tăng/giảm' }]
      : []),
  ];
  const body = rows.map((row): CellText[] => {
    const strong = row.level === 'indicator';
    const figure = (value: number | null): CellText => ({ text: formatFigure(value, row.kind), align: RIGHT });
    return [
      { text: row.number, align: CENTER },
      { text: row.name, italics: !strong, bold: false },
      { text: strong ? row.unit : '', align: CENTER },
      ...row.slices.map(figure),
      { ...figure(row.total), bold: strong },
      ...(comparing ? [figure(row.previous), { text: formatChange(row.change, row.kind), align: RIGHT }] : []),
    ];
  });
  return grid(widths, size, header, body);
}

/** Chỉ tiêu | Kết quả | Mục tiêu | Đánh giá. */
export function ratesTable(figures: RequestConsolidation, excluded: readonly string[]): Table | null {
  const rows = rateRows(figures, excluded);
  if (rows.length === 0) return null;
  const widths = [560, BODY_WIDTH - 560 - 1300 * 3, 1300, 1300, 1300];
  return grid(
    widths,
    22,
    [{ text: 'STT' }, { text: 'Chỉ tiêu' }, { text: 'Kết quả' }, { text: 'Mục tiêu' }, { text: 'Đánh giá' }],
    rows.map((row) => [
      { text: row.number, align: CENTER },
      { text: row.name },
      { text: formatRate(row.value), align: RIGHT },
      { text: formatRate(row.target), align: RIGHT },
      { text: MET_LABEL(row.met), align: CENTER },
    ]),
  );
}
