/**
 * The layout Decree 30/2020/NĐ-CP, Phụ lục I fixes for every administrative document the office drafts (the
 * reminder letter, the province's report): page, fonts, the header block with the national title and motto, the
 * short rules, the side-by-side blocks of Nơi nhận and the signature.
 *
 * Sizes are half-points, lengths twips (567 twips = 1 cm).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { invalidInput } from '../../../core/errors';

export const FONT_NAME = 'Times New Roman';
/** A4; 20 mm top and bottom, 30 mm left (binding), 20 mm right. */
export const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } };
export const BODY_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/**
 * Decree 30 puts the national title on one line. In Times New Roman Bold (and Liberation Serif Bold, the
 * metric-compatible font LibreOffice uses for it) it is 250.3 pt wide at 12 pt, 5007 twips, and 271.2 pt at 13 pt,
 * which the old 5271-twip column could not hold. 12 pt in 60% of the text width (5443) leaves about 9% to spare
 * for renderers that space letters a little wider.
 */
const HEADER_LEFT = Math.round(BODY_WIDTH * 0.4);
export const HEADER_COLUMNS = [HEADER_LEFT, BODY_WIDTH - HEADER_LEFT];
export const SIGNATURE_COLUMNS = [4300, BODY_WIDTH - 4300];
/** Decree 30: national title 12–13 pt, motto 13–14 pt, both bold; the pair 12/13 is the one that fits. */
export const SIZE = {
  body: 28,
  header: 26,
  nationalTitle: 24,
  motto: 26,
  subject: 24,
  recipientsTitle: 24,
  recipients: 22,
};
/** The rule under the motto is as long as the motto: 159.1 pt at 13 pt bold. */
export const MOTTO_WIDTH = 3183;
export const FIRST_LINE_INDENT = 720;

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: Alignment;
  after?: number;
  before?: number;
}

export function line({ text, size, bold, italics, align, after, before }: Line): Paragraph {
  return new Paragraph({
    alignment: align ?? AlignmentType.CENTER,
    spacing: { before: before ?? 0, after: after ?? 0 },
    children: [new TextRun({ text, size: size ?? SIZE.header, bold: bold ?? false, italics: italics ?? false })],
  });
}

/** The short solid rule under the issuer and under the motto: an empty paragraph's top border, narrowed by indents. */
export function rule(columnWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 20, after: 0, line: 120, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

export function column(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

/** Side-by-side blocks without borders, as in every Vietnamese administrative document. */
export function twoColumns(widths: readonly number[], left: Paragraph[], right: Paragraph[]): Table {
  const [leftWidth = 0, rightWidth = 0] = widths;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: BODY_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [column(leftWidth, left), column(rightWidth, right)] })],
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Decree 30 pads days below 10 and the months 1 and 2 with a zero (so "1" cannot become "11" or "12" by hand),
 * and writes the other months as they are: "ngày 05 tháng 02", "ngày 23 tháng 6".
 * `what` names the date in the refusal, as the officer knows the field.
 */
export function documentDateParts(iso: string, what = 'Ngày ký văn bản'): { day: string; month: string; year: string } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw invalidInput(`${what} "${iso}" không hợp lệ; hãy nhập theo dạng yyyy-mm-dd.`);
  const [, year = '', month = '', day = ''] = match;
  const monthNumber = Number(month);
  return { day, month: monthNumber <= 2 ? month : String(monthNumber), year };
}

/** "CÔNG AN TỈNH" → "Công an tỉnh", for the "Lãnh đạo … (để b/c)" line of Nơi nhận. */
export function sentenceCase(text: string): string {
  const lower = text.trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export const upper = (text: string) => text.trim().toLocaleUpperCase('vi');

/**
 * The number line as the decree prints it: "Số:" once, whether or not the stored symbol carries it. Not trimmed
 * at the start of the symbol: the blank before "/" is where the number is written by hand.
 */
export function numberLine(symbol: string): string {
  const text = symbol.trimEnd();
  return /^\s*số\s*:/iu.test(text) ? text.trimStart() : `Số: ${text}`;
}

export interface HeaderBlock {
  /** Already upper-cased; empty for none. */
  issuerParent: string;
  issuer: string;
  /** As `numberLine` makes it. */
  number: string;
  place: string;
  date: { day: string; month: string; year: string };
  /** What goes under the number on the left: a công văn's "V/v …"; a report has its subject under "BÁO CÁO". */
  leftExtra?: Paragraph[];
}

/** Issuer and number on the left, national title, motto, place and date on the right. */
export function headerTable(header: HeaderBlock): Table {
  const { issuerParent, issuer, number, place, date } = header;
  const left: Paragraph[] = [
    ...(issuerParent ? [line({ text: issuerParent })] : []),
    line({ text: issuer, bold: true }),
    rule(HEADER_COLUMNS[0] ?? 0, 1100),
    line({ text: number, size: SIZE.body, before: 120 }),
    ...(header.leftExtra ?? []),
  ];
  const right: Paragraph[] = [
    line({ text: NATIONAL_TITLE, bold: true, size: SIZE.nationalTitle }),
    line({ text: MOTTO, bold: true, size: SIZE.motto }),
    rule(HEADER_COLUMNS[1] ?? 0, MOTTO_WIDTH),
    line({
      text: `${place ? `${place}, ` : ''}ngày ${date.day} tháng ${date.month} năm ${date.year}`,
      italics: true,
      size: SIZE.body,
      before: 120,
    }),
  ];
  return twoColumns(HEADER_COLUMNS, left, right);
}
