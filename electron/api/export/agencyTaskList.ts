/**
 * One agency's share of a plan — what it leads, coordinates, and does with every member — as the
 * list the office sends to that agency, in Excel (to fill in) and Word (to attach to a dispatch).
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { Agency } from '../../../core/agency';
import { agencyTaskList, type Matrix, type MatrixTaskRow } from '../../../core/matrix';
import { ASSIGNMENT_ROLE_LABELS, type AssignmentRole } from '../../../core/plan';
import { planLine } from './planLine';

type AgencyRef = Pick<Agency, 'id' | 'name'>;
type ListRole = AssignmentRole | 'all';

interface ListItem {
  row: MatrixTaskRow;
  role: ListRole;
}

const ROLE_ORDER: Record<ListRole, number> = { lead: 0, coordinating: 1, all: 2 };
const ROLE_LABELS: Record<ListRole, string> = { ...ASSIGNMENT_ROLE_LABELS, all: 'Cùng thực hiện (tất cả thành viên)' };
const HEADERS = ['STT', 'Mục', 'Nội dung nhiệm vụ', 'Vai trò'];
const FONT_NAME = 'Times New Roman';

/** Grouped by role so the agency reads what it answers for first; document order within a group. */
function listItems(matrix: Matrix, agencyId: number): ListItem[] {
  return agencyTaskList(matrix, agencyId)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => ROLE_ORDER[a.item.role] - ROLE_ORDER[b.item.role] || a.index - b.index)
    .map(({ item }) => item);
}

function totalsLine(items: readonly ListItem[]): string {
  const count = (role: ListRole) => items.filter((item) => item.role === role).length;
  const line = `Chủ trì: ${count('lead')} nhiệm vụ; phối hợp: ${count('coordinating')} nhiệm vụ`;
  const all = count('all');
  return all > 0 ? `${line}; cùng thực hiện với tất cả thành viên: ${all} nhiệm vụ` : line;
}

export async function agencyTasksWorkbook(matrix: Matrix, agency: AgencyRef): Promise<Buffer> {
  const items = listItems(matrix, agency.id);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Desk';
  const headerRow = 4;
  const sheet = workbook.addWorksheet('Nhiệm vụ', {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  sheet.columns = [{ width: 6 }, { width: 10 }, { width: 62 }, { width: 16 }];
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: 12, ...extra });
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

  const banner = (rowNumber: number, text: string, style: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, HEADERS.length);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = style;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // Merged cells are never grown to fit by Excel; ~90 characters fit on one line across the table.
    sheet.getRow(rowNumber).height = Math.ceil(text.length / 90) * 17;
  };
  banner(1, `Danh sách nhiệm vụ của ${agency.name}`, font({ size: 13, bold: true }));
  banner(2, planLine(matrix.plan), font({ italic: true }));

  const header = sheet.getRow(headerRow);
  header.values = HEADERS;
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.border = border;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  items.forEach((item, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [index + 1, item.row.ref, item.row.text, ROLE_LABELS[item.role]];
    row.eachCell((cell, column) => {
      cell.font = font({ bold: column === 4 && item.role === 'lead' });
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 3 ? 'left' : 'center' };
    });
  });

  const totals = sheet.getCell(headerRow + items.length + 2, 1);
  totals.value = totalsLine(items);
  totals.font = font({ bold: true });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A4 with the margins of Decree 30/2020 (2 cm top/bottom, 3 cm left, 2 cm right), in twips. */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } };
const BODY_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const COLUMN_WIDTHS = [700, 1300, BODY_WIDTH - 700 - 1300 - 1900, 1900];

function cell(text: string, options: { bold?: boolean; align?: 'left' | 'center' } = {}): TableCell {
  const alignment = options.align === 'left' ? AlignmentType.BOTH : AlignmentType.CENTER;
  return new TableCell({
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [new Paragraph({ alignment, children: [new TextRun({ text, bold: options.bold ?? false })] })],
  });
}

export async function agencyTasksDocument(matrix: Matrix, agency: AgencyRef): Promise<Buffer> {
  const items = listItems(matrix, agency.id);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: BODY_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [
      new TableRow({ tableHeader: true, children: HEADERS.map((text) => cell(text, { bold: true })) }),
      ...items.map(
        (item, index) =>
          new TableRow({
            children: [
              cell(String(index + 1)),
              cell(item.row.ref),
              cell(item.row.text, { align: 'left' }),
              cell(ROLE_LABELS[item.role], { bold: item.role === 'lead' }),
            ],
          }),
      ),
    ],
  });

  const document = new Document({
    creator: 'Plan Desk',
    title: `Danh sách nhiệm vụ của ${agency.name}`,
    styles: { default: { document: { run: { font: FONT_NAME, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'DANH SÁCH NHIỆM VỤ ĐƯỢC PHÂN CÔNG', bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120 },
            children: [new TextRun({ text: `Cơ quan, đơn vị: ${agency.name}`, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: planLine(matrix.plan), italics: true })],
          }),
          table,
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun({ text: totalsLine(items), bold: true })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
