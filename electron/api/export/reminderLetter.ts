/**
 * The reminder letter (công văn đôn đốc) the standing office sends to the agencies that have not sent a
 * report yet, drafted as a .docx in the layout of Decree 30/2020/NĐ-CP, Phụ lục I (công văn), so the
 * officer only writes the number by hand, signs and stamps it.
 *
 * The wording lives in an editable template with {placeholders}; the layout (header block, Kính gửi,
 * Nơi nhận, signature) is fixed here because the decree fixes it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
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
import type { LetterTemplate } from '../contract';
import { invalidInput } from '../../../core/errors';
import { daysBetween } from '../../../core/dates';
import type { ReportRequest } from '../../../core/reports';
import { formatDisplayDate } from '../../../core/dates';

/** The placeholders the body, subject and other template fields may use, for the template editor. */
export const LETTER_PLACEHOLDERS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'bao_cao', label: 'Tên báo cáo được yêu cầu' },
  { key: 'han_nop', label: 'Hạn nộp (dd/mm/yyyy)' },
  { key: 'ky_so_lieu', label: 'Kỳ số liệu, dạng " (số liệu từ ngày … đến ngày …)", trống nếu không có' },
  { key: 'noi_nhan_bao_cao', label: 'Nơi nhận báo cáo, ví dụ "Công an tỉnh (Phòng Tham mưu)"' },
  { key: 'so_co_quan', label: 'Số cơ quan, đơn vị chưa gửi báo cáo' },
  { key: 'danh_sach_co_quan', label: 'Tên các cơ quan, đơn vị chưa gửi báo cáo, cách nhau bởi dấu phẩy' },
  { key: 'ngay_qua_han', label: 'Dạng " (quá hạn 3 ngày)", trống nếu chưa quá hạn' },
  { key: 'so_ngay_qua_han', label: 'Số ngày quá hạn (0 nếu chưa quá hạn)' },
  { key: 'ngay', label: 'Ngày ký công văn' },
  { key: 'thang', label: 'Tháng ký công văn' },
  { key: 'nam', label: 'Năm ký công văn' },
  { key: 'ngay_thang_nam', label: 'Ngày ký công văn (dd/mm/yyyy)' },
];

export const DEFAULT_LETTER_TEMPLATE: LetterTemplate = {
  issuerParent: 'CÔNG AN TỈNH',
  issuer: 'PHÒNG THAM MƯU',
  place: 'Gia Lai',
  // The blank before the slash is where the clerk writes the number when the letter is registered.
  numberSymbol: 'Số:      /CAT-PV01',
  subject: 'V/v đôn đốc gửi {bao_cao}',
  body: [
    'Thực hiện chỉ đạo của Ban Chỉ đạo 138 tỉnh, Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh) đã đề ' +
      'nghị các sở, ban, ngành, địa phương xây dựng {bao_cao}{ky_so_lieu}, gửi về {noi_nhan_bao_cao} trước ngày ' +
      '{han_nop} để tổng hợp, báo cáo Ban Chỉ đạo 138 tỉnh và Ban Chỉ đạo 138/CP theo quy định.',
    'Tính đến ngày {ngay_thang_nam}{ngay_qua_han}, Phòng Tham mưu chưa nhận được báo cáo của {so_co_quan} cơ ' +
      'quan, đơn vị: {danh_sach_co_quan}.',
    'Để bảo đảm tiến độ tổng hợp, báo cáo theo yêu cầu, Phòng Tham mưu đề nghị các cơ quan, đơn vị nêu trên ' +
      'khẩn trương hoàn thành báo cáo, gửi về {noi_nhan_bao_cao} (kèm bản điện tử) trong thời gian sớm nhất.',
    'Quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Tham mưu Công an tỉnh (Cơ quan ' +
      'Thường trực Ban Chỉ đạo 138 tỉnh) để được hướng dẫn, phối hợp giải quyết./.',
  ].join('\n'),
  signerTitle: 'TRƯỞNG PHÒNG',
  signerName: '',
  archive: 'Lưu: VT, PV01.',
};

/** Replaces `{key}` with `values[key]`; a placeholder with no value is left as written so the officer sees it. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{([\p{L}\p{N}_]+)\}/gu, (whole, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? whole) : whole,
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Decree 30 pads days below 10 and the months 1 and 2 with a zero (so "1" cannot become "11" or "12" by hand),
 * and writes the other months as they are: "ngày 05 tháng 02", "ngày 23 tháng 6".
 */
function letterDateParts(iso: string): { day: string; month: string; year: string } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw invalidInput(`Ngày ký công văn "${iso}" không hợp lệ; hãy nhập theo dạng yyyy-mm-dd.`);
  const [, year = '', month = '', day = ''] = match;
  const monthNumber = Number(month);
  return { day, month: monthNumber <= 2 ? month : String(monthNumber), year };
}

function dataWindow(request: ReportRequest): string {
  const from = formatDisplayDate(request.dataFrom);
  const to = formatDisplayDate(request.dataTo);
  if (from && to) return ` (số liệu từ ngày ${from} đến ngày ${to})`;
  if (from) return ` (số liệu từ ngày ${from})`;
  if (to) return ` (số liệu đến ngày ${to})`;
  return '';
}

/** Names as the caller gave them, trimmed and once each: a name twice would be a letter sent twice. */
function cleanNames(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** "CÔNG AN TỈNH" → "Công an tỉnh", for the "Lãnh đạo … (để b/c)" line of Nơi nhận. */
function sentenceCase(text: string): string {
  const lower = text.trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

const upper = (text: string) => text.trim().toLocaleUpperCase('vi');

// --- Layout: Decree 30/2020, Phụ lục I. Sizes are half-points, lengths twips (567 twips = 1 cm). ---

const FONT_NAME = 'Times New Roman';
/** A4; 20 mm top and bottom, 30 mm left (binding), 20 mm right. */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } };
const BODY_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/**
 * Decree 30 puts the national title on one line. In Times New Roman Bold (and Liberation Serif Bold, the
 * metric-compatible font LibreOffice uses for it) it is 250.3 pt wide at 12 pt, 5007 twips, and 271.2 pt at 13 pt,
 * which the old 5271-twip column could not hold. 12 pt in 60% of the text width (5443) leaves about 9% to spare
 * for renderers that space letters a little wider.
 */
const HEADER_LEFT = Math.round(BODY_WIDTH * 0.4);
const HEADER_COLUMNS = [HEADER_LEFT, BODY_WIDTH - HEADER_LEFT];
const SIGNATURE_COLUMNS = [4300, BODY_WIDTH - 4300];
/** Decree 30: national title 12–13 pt, motto 13–14 pt, both bold; the pair 12/13 is the one that fits. */
const SIZE = { body: 28, header: 26, nationalTitle: 24, motto: 26, subject: 24, recipientsTitle: 24, recipients: 22 };
/** The rule under the motto is as long as the motto: 159.1 pt at 13 pt bold. */
const MOTTO_WIDTH = 3183;
const FIRST_LINE_INDENT = 720;

interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  after?: number;
  before?: number;
}

function line({ text, size, bold, italics, align, after, before }: Line): Paragraph {
  return new Paragraph({
    alignment: align ?? AlignmentType.CENTER,
    spacing: { before: before ?? 0, after: after ?? 0 },
    children: [new TextRun({ text, size: size ?? SIZE.header, bold: bold ?? false, italics: italics ?? false })],
  });
}

/** The short solid rule under the issuer and under the motto: an empty paragraph's top border, narrowed by indents. */
function rule(columnWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 20, after: 0, line: 120, lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function column(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

/** Side-by-side blocks without borders, as in every Vietnamese administrative document. */
function twoColumns(widths: readonly number[], left: Paragraph[], right: Paragraph[]): Table {
  const [leftWidth = 0, rightWidth = 0] = widths;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: BODY_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [column(leftWidth, left), column(rightWidth, right)] })],
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: 120, line: 288 },
    children: [new TextRun({ text, size: SIZE.body })],
  });
}

/** One recipient on the Kính gửi line; several as a dash list under it, `;` between and `.` at the end. */
function recipientParagraphs(names: readonly string[]): Paragraph[] {
  const spacing = { before: 240, after: 240 };
  if (names.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing,
        children: [new TextRun({ text: `Kính gửi: ${names[0] ?? ''}.`, size: SIZE.body })],
      }),
    ];
  }
  const listIndent = 2835;
  return [
    new Paragraph({
      indent: { left: listIndent - 1300 },
      spacing: { before: spacing.before, after: 0 },
      children: [new TextRun({ text: 'Kính gửi:', size: SIZE.body })],
    }),
    ...names.map(
      (name, index) =>
        new Paragraph({
          indent: { left: listIndent },
          spacing: { after: index === names.length - 1 ? spacing.after : 0 },
          children: [new TextRun({ text: `- ${name}${index === names.length - 1 ? '.' : ';'}`, size: SIZE.body })],
        }),
    ),
  ];
}

export interface ReminderLetterInput {
  template: LetterTemplate;
  request: ReportRequest;
  /** The agencies the letter chases, as they should be addressed; only these are named. */
  lateAgencyNames: string[];
  /** ISO date of the letter. */
  on: string;
}

/** The values of the placeholders for one letter; exported so the template editor can preview the text. */
export function letterValues(input: ReminderLetterInput): Record<string, string> {
  const { request, on } = input;
  const names = cleanNames(input.lateAgencyNames);
  const { day, month, year } = letterDateParts(on);
  const overdue = Math.max(0, daysBetween(request.dueOn, on));
  return {
    bao_cao: request.title.trim(),
    han_nop: formatDisplayDate(request.dueOn),
    ky_so_lieu: dataWindow(request),
    noi_nhan_bao_cao: request.receiver?.trim() || 'Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh',
    so_co_quan: String(names.length).padStart(2, '0'),
    danh_sach_co_quan: names.join(', '),
    ngay_qua_han: overdue > 0 ? ` (quá hạn ${overdue} ngày)` : '',
    so_ngay_qua_han: String(overdue),
    ngay: day,
    thang: month,
    nam: year,
    ngay_thang_nam: formatDisplayDate(on),
  };
}

export async function reminderLetter(input: ReminderLetterInput): Promise<Buffer> {
  const names = cleanNames(input.lateAgencyNames);
  if (names.length === 0) {
    throw invalidInput('Không có cơ quan, đơn vị nào chưa gửi báo cáo này, nên không cần công văn đôn đốc.');
  }
  const values = letterValues(input);
  const fill = (text: string) => fillTemplate(text, values).trim();
  const template = input.template;

  // Not trimmed at the start: the blank before "/" is where the number is written by hand.
  const numberText = fillTemplate(template.numberSymbol, values).trimEnd();
  // The template may carry "Số:" or not; the decree's layout always shows it once.
  const number = /^\s*số\s*:/iu.test(numberText) ? numberText.trimStart() : `Số: ${numberText}`;
  const issuerParent = upper(fill(template.issuerParent));
  const issuer = upper(fill(template.issuer));
  const place = fill(template.place);

  const left: Paragraph[] = [
    ...(issuerParent ? [line({ text: issuerParent })] : []),
    line({ text: issuer, bold: true }),
    rule(HEADER_COLUMNS[0] ?? 0, 1100),
    line({ text: number, size: SIZE.body, before: 120 }),
    line({ text: fill(template.subject), size: SIZE.subject, before: 60 }),
  ];
  const right: Paragraph[] = [
    line({ text: NATIONAL_TITLE, bold: true, size: SIZE.nationalTitle }),
    line({ text: MOTTO, bold: true, size: SIZE.motto }),
    rule(HEADER_COLUMNS[1] ?? 0, MOTTO_WIDTH),
    line({
      text: `${place ? `${place}, ` : ''}ngày ${values.ngay} tháng ${values.thang} năm ${values.nam}`,
      italics: true,
      size: SIZE.body,
      before: 120,
    }),
  ];

  const body = fill(template.body)
    .split(/\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(bodyParagraph);

  const archive = fill(template.archive);
  const recipientLine = (text: string) => line({ text, size: SIZE.recipients, align: AlignmentType.LEFT, after: 0 });
  const recipients: Paragraph[] = [
    line({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.recipientsTitle, align: AlignmentType.LEFT }),
    // "Như trên" stands for everyone under Kính gửi (Decree 30), so the late agencies are named once, above.
    recipientLine('- Như trên;'),
    ...(issuerParent ? [recipientLine(`- Lãnh đạo ${sentenceCase(issuerParent)} (để b/c);`)] : []),
    ...(archive ? [recipientLine(archive.startsWith('-') ? archive : `- ${archive}`)] : []),
  ];
  const signerName = fill(template.signerName);
  const signature: Paragraph[] = [
    line({ text: upper(fill(template.signerTitle)), bold: true, size: SIZE.body }),
    // Room for the signature and the seal, kept even when the name is left blank to be written by hand.
    ...Array.from({ length: 4 }, () => line({ text: '', size: SIZE.body })),
    line({ text: signerName, bold: true, size: SIZE.body }),
  ];

  const document = new Document({
    creator: 'Plan Desk',
    title: fill(template.subject),
    styles: { default: { document: { run: { font: FONT_NAME, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          twoColumns(HEADER_COLUMNS, left, right),
          ...recipientParagraphs(names),
          ...body,
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          twoColumns(SIGNATURE_COLUMNS, recipients, signature),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
