/**
 * "Tải mẫu biểu": the .xlsx one source fills in offline (docs/figures.md, "Templates"). Headers and labels locked,
 * the input cells unlocked with a whole-number (or, for money, a decimal) validation, breakdowns under their total,
 * instructions in Vietnamese, and a very hidden sheet saying which request, which source and which cell holds which
 * figure, so the file can be read back without guessing.
 */
import ExcelJS from 'exceljs';
import {
  columnLetter,
  TEMPLATE_MARK,
  TEMPLATE_VERSION,
  templateRows,
  type TemplateColumn,
  type TemplateIndicator,
} from '../../../core/figures/templateLayout';

export const DATA_SHEET = 'Số liệu';
export const MAP_SHEET = 'PlanDesk';
export const HEADER_ROW = 6;
/** STT, chỉ tiêu, đơn vị; the request's columns start after these. */
export const FIXED_COLUMNS = 3;

export interface FiguresTemplateInput {
  templateId: string;
  request: { uuid: string; title: string };
  source: { uuid: string; name: string };
  columns: readonly TemplateColumn[];
  indicators: readonly TemplateIndicator[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };

export async function figuresTemplate(input: FiguresTemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Desk';
  const sheet = workbook.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: FIXED_COLUMNS, ySplit: HEADER_ROW }],
    // A five-year review has seven columns: landscape keeps the labels readable when it fits the page's width.
    pageSetup: {
      paperSize: 9,
      orientation: input.columns.length > 2 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = [{ width: 6 }, { width: 62 }, { width: 12 }, ...input.columns.map(() => ({ width: 14 }))];
  const lastColumn = columnLetter(FIXED_COLUMNS + input.columns.length);
  const title = (row: number, text: string, extra: Partial<ExcelJS.Font> = {}) => {
    sheet.mergeCells(`A${row}:${lastColumn}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { ...FONT, ...extra };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  };
  title(1, `MẪU BIỂU SỐ LIỆU: ${input.request.title.toLocaleUpperCase('vi')}`, { bold: true, size: 13 });
  title(2, `Cơ quan, đơn vị báo cáo: ${input.source.name}`, { bold: true });
  title(
    3,
    'Hướng dẫn: chỉ nhập vào các ô màu vàng. Để trống nếu không có số liệu để báo cáo; nhập 0 nếu không có ' +
      'trường hợp nào. Số đếm (vụ, người, lượt…) là số nguyên; dấu chấm phân cách hàng nghìn (1.234).',
    { italic: true },
  );
  title(4, 'Không sửa, thêm hoặc xoá dòng, cột: Plan Desk đọc lại mẫu theo đúng vị trí các ô.', { italic: true });
  sheet.getRow(3).height = 32;

  const header = sheet.getRow(HEADER_ROW);
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...input.columns.map((column) => column.label)].forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });

  const map = workbook.addWorksheet(MAP_SHEET, { state: 'veryHidden' });
  map.addRows([
    ['mark', TEMPLATE_MARK],
    ['version', TEMPLATE_VERSION],
    ['template', input.templateId],
    ['request', input.request.uuid],
    ['source', input.source.uuid],
    ['cell', 'key', 'column', 'kind', 'label'],
  ]);

  templateRows(input.indicators).forEach((templateRow, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.getCell(1).value = templateRow.type === 'indicator' ? templateRow.number : null;
    row.getCell(2).value = templateRow.label;
    row.getCell(3).value = templateRow.type === 'indicator' ? templateRow.unit : null;
    row.getCell(2).font = { ...FONT, bold: templateRow.type === 'indicator', italic: templateRow.type === 'heading' };
    row.getCell(2).alignment = { wrapText: true, indent: templateRow.type === 'indicator' ? 0 : 1 };
    for (let column = 1; column <= FIXED_COLUMNS + input.columns.length; column++) {
      row.getCell(column).border = BORDER;
      if (column !== 2) row.getCell(column).font = FONT;
      if (column === 1 || column === 3) row.getCell(column).alignment = { horizontal: 'center' };
    }
    if (templateRow.type === 'heading') return;
    input.columns.forEach((column, offset) => {
      const cell = row.getCell(FIXED_COLUMNS + 1 + offset);
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      cell.numFmt = templateRow.kind === 'count' ? '#,##0' : '#,##0.##';
      cell.dataValidation = {
        type: templateRow.kind === 'count' ? 'whole' : 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Số liệu không hợp lệ',
        error: templateRow.kind === 'count' ? 'Hãy nhập số nguyên không âm.' : 'Hãy nhập số không âm.',
      };
      map.addRow([cell.address, templateRow.key, column.key, templateRow.kind, templateRow.label]);
    });
  });
  // Locked against slips, not secrets: no password, so an agency that must can still unprotect it.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
