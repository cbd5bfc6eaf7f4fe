/**
 * The reminder letter (công văn đôn đốc) the standing office sends to the agencies that have not sent a
 * report yet, drafted as a .docx in the layout of Decree 30/2020/NĐ-CP, Phụ lục I (công văn), so the
 * officer only writes the number by hand, signs and stamps it.
 *
 * The wording lives in an editable template with {placeholders}; the layout (header block, Kính gửi,
 * Nơi nhận, signature) is fixed here because the decree fixes it.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { LetterTemplate } from '../contract';
import { invalidInput } from '../../../core/errors';
import { daysBetween } from '../../../core/dates';
import type { ReportRequest } from '../../../core/reports';
import { formatDisplayDate } from '../../../core/dates';
import {
  FIRST_LINE_INDENT,
  FONT_NAME,
  PAGE,
  SIGNATURE_COLUMNS,
  SIZE,
  documentDateParts,
  headerTable,
  line,
  numberLine,
  sentenceCase,
  twoColumns,
  upper,
} from './decree30';

// Re-exported for the callers and tests that know the letter only.
export { NATIONAL_TITLE } from './decree30';

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
  const { day, month, year } = documentDateParts(on, 'Ngày ký công văn');
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

  const issuerParent = upper(fill(template.issuerParent));
  const header = headerTable({
    issuerParent,
    issuer: upper(fill(template.issuer)),
    // The template may carry "Số:" or not; the decree's layout always shows it once.
    number: numberLine(fillTemplate(template.numberSymbol, values)),
    place: fill(template.place),
    date: { day: values.ngay ?? '', month: values.thang ?? '', year: values.nam ?? '' },
    leftExtra: [line({ text: fill(template.subject), size: SIZE.subject, before: 60 })],
  });

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
          header,
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
