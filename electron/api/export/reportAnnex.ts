/**
 * The figures annex (phụ lục số liệu) of the province's report as an .xlsx: the consolidated table as the report
 * prints it, with every breakdown, the rates against their targets, and one sheet per source with what it
 * reported, so a figure in the report can be traced to the agencies that make it up. Numbers stay numbers, for
 * the officer who sums or charts them again.
 */
import ExcelJS from 'exceljs';
import type { ProvinceReport } from '../../../core/narrative/report';
import type { FigureKind } from '../../../core/figures/numbers';
import type { FormColumn } from '../../../core/figures/records';
import { MET_LABEL, figureLayout, figureRows, rateRows } from './reportTables';

const FONT_NAME = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Title, subject, a blank row; the table's header below them. */
const HEADER_ROW = 4;
const SHEET_NAME_LENGTH = 31;

function font(size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

/** Excel shows `#,##0` with the reader's own separators: 1.234 on a Vietnamese machine. */
function numberFormat(value: number, kind: FigureKind): string {
  return kind === 'count' || Number.isInteger(value) ? '#,##0' : '#,##0.00';
}

const CHANGE_FORMAT = '+#,##0;-#,##0;0';
const SHARE_FORMAT = '+0.0%;-0.0%;0.0%';
const RATE_FORMAT = '0.0%';

/**
 * Excel refuses []:*?/\ in a sheet name, more than 31 characters, an apostrophe at either end and two names equal
 * but for case; an agency's name may break any of these.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .normalize('NFC')
      .replace(/[[\]:*?/\\]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^'+|'+$/gu, '')
      .trim() || 'Nguồn số liệu';
  for (let copy = 1; ; copy++) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const name = `${[...clean]
      .slice(0, SHEET_NAME_LENGTH - suffix.length)
      .join('')
      .trimEnd()}${suffix}`;
    const key = name.toLocaleLowerCase('vi');
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

interface SheetSpec {
  title: string;
  subtitle: string;
  header: string[];
  widths: number[];
}

function addSheet(workbook: ExcelJS.Workbook, name: string, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0 lets a long table run onto as many pages as it needs while staying one page wide.
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = spec.widths.map((width) => ({ width }));
  const last = spec.header.length;
  const banner = (row: number, text: string, style: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = style;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // A merged row does not grow to its wrapped text by itself.
    const width = spec.widths.reduce((sum, item) => sum + item, 0);
    sheet.getRow(row).height = Math.max(1, Math.ceil(text.length / Math.max(1, width * 0.95))) * 18;
  };
  banner(1, spec.title, font(13, { bold: true }));
  if (spec.subtitle) banner(2, spec.subtitle, font(12, { italic: true }));
  const header = sheet.getRow(HEADER_ROW);
  header.values = spec.header;
  header.eachCell((cell) => {
    cell.font = font(11, { bold: true });
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;
  return sheet;
}

type CellValue = string | number | null;

/** STT centred, the name left (it wraps), figures right with their format; every cell bordered. */
function addRow(
  sheet: ExcelJS.Worksheet,
  values: CellValue[],
  formats: Array<string | undefined>,
  style: Partial<ExcelJS.Font> = {},
): void {
  const row = sheet.addRow(values);
  for (let column = 1; column <= values.length; column++) {
    const cell = row.getCell(column);
    const value = values[column - 1];
    cell.font = font(11, style);
    cell.border = BORDER;
    const format = formats[column - 1];
    if (typeof value === 'number' && format) cell.numFmt = format;
    cell.alignment =
      column === 2
        ? { vertical: 'top', wrapText: true }
        : { horizontal: column > 1 && typeof value === 'number' ? 'right' : 'center', vertical: 'top', wrapText: true };
  }
}

function addNote(sheet: ExcelJS.Worksheet, text: string): void {
  const cell = sheet.addRow([]).getCell(1);
  cell.value = text;
  cell.font = font(11, { italic: true });
}

function summarySheets(workbook: ExcelJS.Workbook, report: ProvinceReport, taken: Set<string>): void {
  const subtitle = report.header.subject.trim();
  const figures = report.figures;
  if (!figures) {
    const sheet = addSheet(workbook, sheetName('Tổng hợp', taken), {
      title: 'PHỤ LỤC: SỐ LIỆU TỔNG HỢP',
      subtitle,
      header: ['STT', 'Chỉ tiêu'],
      widths: [8, 60],
    });
    addNote(sheet, 'Yêu cầu báo cáo này không có biểu số liệu.');
    return;
  }
  const layout = figureLayout(figures);
  const comparing = layout.previousLabel !== null;
  const previousHeader = layout.previousLabel ? `Kỳ trước (${layout.previousLabel})` : 'Kỳ trước';
  const sheet = addSheet(workbook, sheetName('Tổng hợp', taken), {
    title: 'PHỤ LỤC: SỐ LIỆU TỔNG HỢP',
    subtitle,
    header: [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      ...layout.sliceLabels,
      'Tổng',
      ...(comparing ? [previousHeader, 'Tăng/giảm', 'Tăng/giảm (%)'] : []),
    ],
    widths: [6, 55, 12, ...layout.slices.map(() => 12), 12, ...(comparing ? [14, 12, 12] : [])],
  });
  for (const row of figureRows(figures, report.excludedIndicators, { unnamed: true })) {
    const format = (value: number | null) => (value === null ? undefined : numberFormat(value, row.kind));
    const values: CellValue[] = [
      row.number ? Number(row.number) : null,
      row.name,
      row.level === 'indicator' ? row.unit : null,
      ...row.slices,
      row.total,
      ...(comparing ? [row.previous, row.change?.amount ?? null, row.change?.share ?? null] : []),
    ];
    const formats = [
      '0',
      undefined,
      undefined,
      ...row.slices.map(format),
      format(row.total),
      ...(comparing ? [format(row.previous), CHANGE_FORMAT, SHARE_FORMAT] : []),
    ];
    addRow(sheet, values, formats, row.level === 'indicator' ? {} : { italic: true });
  }
  if (figures.missing.length > 0) addNote(sheet, `Chưa có số liệu của: ${figures.missing.join(', ')}.`);
  if (figures.unaccepted.length > 0) {
    addNote(sheet, `Số liệu chưa được xác nhận: ${figures.unaccepted.join(', ')}.`);
  }

  const rates = addSheet(workbook, sheetName('Tỷ lệ', taken), {
    title: 'PHỤ LỤC: TỶ LỆ SO VỚI CHỈ TIÊU',
    subtitle,
    header: ['STT', 'Chỉ tiêu', 'Kết quả', 'Mục tiêu', 'Đánh giá'],
    widths: [6, 60, 12, 12, 14],
  });
  for (const row of rateRows(figures, report.excludedIndicators)) {
    addRow(
      rates,
      [Number(row.number), row.name, row.value, row.target, MET_LABEL(row.met)],
      ['0', undefined, RATE_FORMAT, RATE_FORMAT, undefined],
    );
  }
}

/** The request's columns as a source sheet shows them: slices, their total, then the previous period(s). */
function sourceColumns(columns: readonly FormColumn[] | null, count: number) {
  const all = columns ?? Array.from({ length: count }, (_, index) => ({ label: `Cột ${index + 1}`, role: 'slice' }));
  const slices = all.flatMap((column, index) => (column.role === 'slice' ? [index] : []));
  const previous = all.flatMap((column, index) => (column.role === 'previous' ? [index] : []));
  return {
    slices,
    previous,
    header: [
      ...slices.map((index) => all[index]?.label ?? ''),
      'Tổng',
      ...previous.map((index) => `Kỳ trước (${all[index]?.label ?? ''})`),
    ],
  };
}

function sourceSheet(workbook: ExcelJS.Workbook, report: ProvinceReport, index: number, taken: Set<string>): void {
  const source = report.sources[index]!;
  const count = Math.max(0, ...source.rows.map((row) => row.columns.length));
  const columns = sourceColumns(report.figures?.columns ?? null, count);
  const sheet = addSheet(workbook, sheetName(source.agency, taken), {
    title: `SỐ LIỆU CỦA ${source.agency.trim().toLocaleUpperCase('vi')}`,
    subtitle: `Tình trạng: ${source.status}`,
    header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...columns.header],
    widths: [6, 55, 12, ...columns.header.map(() => 13)],
  });
  const excluded = new Set(report.excludedIndicators);
  let number = 0;
  for (const row of source.rows) {
    if (excluded.has(row.indicator)) continue;
    const values = [
      ...columns.slices.map((at) => row.columns[at] ?? null),
      row.total,
      ...columns.previous.map((at) => row.columns[at] ?? null),
    ];
    addRow(
      sheet,
      [++number, row.name, row.unit, ...values],
      [
        '0',
        undefined,
        undefined,
        ...values.map((value) => (value === null ? undefined : numberFormat(value, 'amount'))),
      ],
    );
  }
  if (number === 0) addNote(sheet, 'Cơ quan, đơn vị này chưa có số liệu.');
}

export async function reportAnnexXlsx(report: ProvinceReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Desk';
  workbook.title = report.header.subject.trim();
  const taken = new Set<string>();
  summarySheets(workbook, report, taken);
  report.sources.forEach((_, index) => sourceSheet(workbook, report, index, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
