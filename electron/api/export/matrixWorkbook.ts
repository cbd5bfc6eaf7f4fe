/**
 * The assignment matrix as the Excel annex (phụ lục) that goes out with a plan: tasks down,
 * agencies across, `C`/`P` in the cells, totals per agency, ready to print on landscape A4.
 */
import ExcelJS from 'exceljs';
import type { Matrix } from '../../../core/matrix';
import { ASSIGNMENT_ROLE_MARKS } from '../../../core/plan';
import { planLine } from './planLine';

const FONT_NAME = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const HEADER_ROW = 5;
/** STT, task text, "all members"; agency columns start after these. */
const FIXED_COLUMNS = 3;
/** Not 9: ExcelJS takes 9 for its default width and drops it, leaving Excel's narrower 8.43. */
const REF_WIDTH = 10;
const TEXT_WIDTH = 60;
const AGENCY_WIDTH = 6;

function font(size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

/**
 * Excel grows a plain row to fit wrapped text when it opens the file, but never a merged one,
 * so merged rows get a height estimated from the text length.
 */
function mergedRowHeight(text: string, widthInChars: number, lineHeight: number): number {
  const lines = Math.max(1, Math.ceil(text.length / Math.max(1, widthInChars * 0.95)));
  return lines * lineHeight;
}

export async function matrixWorkbook(matrix: Matrix): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Desk';
  const sheet = workbook.addWorksheet('Ma trận phân công', {
    views: [{ state: 'frozen', xSplit: FIXED_COLUMNS, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0 lets a long plan run onto as many pages as it needs while staying one page wide.
      fitToHeight: 0,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });

  const { plan, columns, rows } = matrix;
  const lastColumn = FIXED_COLUMNS + columns.length;
  const tableWidth = REF_WIDTH + TEXT_WIDTH + AGENCY_WIDTH * (columns.length + 1);
  sheet.columns = [
    { width: REF_WIDTH },
    { width: TEXT_WIDTH },
    { width: AGENCY_WIDTH },
    ...columns.map(() => ({ width: AGENCY_WIDTH })),
  ];

  const banner = (rowNumber: number, text: string, style: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, lastColumn);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = style;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getRow(rowNumber).height = mergedRowHeight(text, tableWidth, 17);
  };
  banner(1, 'PHỤ LỤC: MA TRẬN PHÂN CÔNG THỰC HIỆN NHIỆM VỤ', font(13, { bold: true }));
  banner(2, planLine(plan), font(12, { italic: true }));
  banner(3, plan.title, font(12, { bold: true }));

  const header = sheet.getRow(HEADER_ROW);
  header.values = ['STT', 'Nội dung nhiệm vụ', 'Tất cả thành viên', ...columns.map((column) => column.displayName)];
  header.eachCell((cell, columnNumber) => {
    cell.font = font(11, { bold: true });
    cell.border = BORDER;
    cell.alignment =
      columnNumber <= 2
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { horizontal: 'center', vertical: 'middle', wrapText: true, textRotation: 90 };
  });
  // Rotated headers need the height Excel will not work out by itself: about two lines of a narrow column.
  const longestHeader = Math.max('Tất cả thành viên'.length, ...columns.map((column) => column.displayName.length));
  header.height = Math.min(220, Math.max(60, Math.ceil(longestHeader / 2) * 7 + 12));

  let rowNumber = HEADER_ROW;
  const leads = columns.map(() => 0);
  const coordinating = columns.map(() => 0);
  for (const row of rows) {
    rowNumber++;
    if (row.type === 'section') {
      sheet.mergeCells(rowNumber, 1, rowNumber, lastColumn);
      const cell = sheet.getCell(rowNumber, 1);
      cell.value = [row.label, row.title].filter(Boolean).join(' ');
      cell.font = font(11, { bold: true });
      cell.alignment = { vertical: 'middle', wrapText: true, indent: row.depth };
      sheet.getRow(rowNumber).height = mergedRowHeight(String(cell.value), tableWidth - row.depth * 2, 15);
      for (let column = 1; column <= lastColumn; column++) sheet.getCell(rowNumber, column).border = BORDER;
      continue;
    }
    const line = sheet.getRow(rowNumber);
    line.getCell(1).value = row.ref;
    line.getCell(2).value = row.text;
    line.getCell(3).value = row.allMembers ? 'x' : null;
    columns.forEach((column, index) => {
      const role = row.roles[column.agencyId];
      if (!role) return;
      const cell = line.getCell(FIXED_COLUMNS + 1 + index);
      cell.value = ASSIGNMENT_ROLE_MARKS[role];
      if (role === 'lead') {
        cell.font = font(11, { bold: true });
        leads[index]!++;
      } else {
        coordinating[index]!++;
      }
    });
    for (let column = 1; column <= lastColumn; column++) {
      const cell = line.getCell(column);
      if (!cell.font?.bold) cell.font = font(11);
      cell.border = BORDER;
      cell.alignment =
        column === 2
          ? { vertical: 'top', wrapText: true, indent: row.depth }
          : { horizontal: 'center', vertical: 'top', wrapText: column === 1 };
    }
  }

  // Counted from the rows printed, not the plan-wide counts, so a narrowed matrix still adds up.
  const totals: Array<[string, number[]]> = [
    ['Số nhiệm vụ chủ trì', leads],
    ['Số nhiệm vụ phối hợp', coordinating],
  ];
  for (const [label, counts] of totals) {
    rowNumber++;
    sheet.mergeCells(rowNumber, 1, rowNumber, FIXED_COLUMNS);
    sheet.getCell(rowNumber, 1).value = label;
    counts.forEach((count, index) => {
      sheet.getCell(rowNumber, FIXED_COLUMNS + 1 + index).value = count;
    });
    for (let column = 1; column <= lastColumn; column++) {
      const cell = sheet.getCell(rowNumber, column);
      cell.font = font(11, { bold: true });
      cell.border = BORDER;
      cell.alignment = { horizontal: column === 1 ? 'right' : 'center', vertical: 'middle' };
    }
  }

  rowNumber += 2;
  const legend = sheet.getCell(rowNumber, 1);
  legend.value = 'C: chủ trì; P: phối hợp; x: tất cả thành viên cùng thực hiện';
  legend.font = font(11, { italic: true });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
