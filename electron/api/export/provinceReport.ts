/**
 * The province's consolidated report (báo cáo tổng hợp) as a .docx in the layout of Decree 30/2020/NĐ-CP, Phụ lục I
 * (báo cáo): the header block, "BÁO CÁO" and its trích yếu, the outline's headings numbered I, II, … with the
 * office's text (or the merged draft standing in), the figures tables under the headings chosen for them, then
 * Nơi nhận and the signature. Everything arrives resolved (core/narrative/report.ts); nothing is looked up here.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun, type Table } from 'docx';
import {
  numberedHeading,
  type ProvinceReport,
  type ReportHeader,
  type ReportSectionBody,
} from '../../../core/narrative/report';
import type { RichBlock } from '../../../core/narrative/richText';
import {
  BODY_WIDTH,
  FIRST_LINE_INDENT,
  FONT_NAME,
  PAGE,
  SIZE,
  documentDateParts,
  headerTable,
  line,
  numberLine,
  rule,
  twoColumns,
  upper,
} from './decree30';
import { figuresTable, ratesTable } from './reportTables';

/** Decree 30: "BÁO CÁO" and the trích yếu 13–14 pt bold. */
const TITLE_SIZE = 28;
const NOTE_SIZE = 24;
/** The width of "- " at 14 pt Times New Roman (hyphen 0.333 em, space 0.25 em): a bullet's wrapped lines align after it. */
const DASH_WIDTH = 163;
const BODY_SPACING = { after: 120, line: 288 };
/**
 * Wider on the right than the letter's: a report is signed by a board ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", 250 pt at 14 pt
 * bold), and its Nơi nhận lines are short.
 */
const SIGNATURE_COLUMNS = [3700, BODY_WIDTH - 3700];

function runs(block: RichBlock): TextRun[] {
  return block.runs.map(
    (run) => new TextRun({ text: run.text, size: SIZE.body, bold: run.bold ?? false, italics: run.italic ?? false }),
  );
}

function blockParagraph(block: RichBlock): Paragraph {
  if (block.kind === 'bullet') {
    return new Paragraph({
      alignment: AlignmentType.BOTH,
      indent: { left: FIRST_LINE_INDENT + DASH_WIDTH, hanging: DASH_WIDTH },
      spacing: BODY_SPACING,
      children: [new TextRun({ text: '- ', size: SIZE.body }), ...runs(block)],
    });
  }
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    children: runs(block),
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text, size: SIZE.body, bold: true })],
  });
}

function note(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { before: 60, after: 120 },
    children: [new TextRun({ text, size: NOTE_SIZE, italics: true })],
  });
}

/** Numbers the tables across the report, so a second figures heading gets Bảng 3 and 4, not 1 and 2 again. */
function figuresBlock(report: ProvinceReport, counter: { next: number }): Array<Paragraph | Table> {
  const figures = report.figures;
  if (!figures) return [];
  const out: Array<Paragraph | Table> = [];
  const values = figuresTable(figures, report.excludedIndicators);
  if (values) {
    out.push(caption(`Bảng ${counter.next++}. Số liệu tổng hợp`), values);
    // A figure summed without some sources is smaller than the province's; the reader is told which.
    if (figures.missing.length > 0) out.push(note(`Ghi chú: chưa có số liệu của ${figures.missing.join(', ')}.`));
    else out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  }
  const rates = ratesTable(figures, report.excludedIndicators);
  if (rates) {
    out.push(caption(`Bảng ${counter.next++}. Tỷ lệ so với chỉ tiêu`), rates);
    out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  }
  return out;
}

function sectionBody(
  report: ProvinceReport,
  section: ReportSectionBody,
  index: number,
  counter: { next: number },
): Array<Paragraph | Table> {
  const heading = new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    spacing: { before: 120, ...BODY_SPACING },
    children: [new TextRun({ text: numberedHeading(section.heading, index), size: SIZE.body, bold: true })],
  });
  return [heading, ...section.blocks.map(blockParagraph), ...(section.figures ? figuresBlock(report, counter) : [])];
}

/** "- Ban Chỉ đạo 138/CP;" … "- Lưu: VT, PV01." whatever punctuation the stored lines carry. */
function recipientLines(recipients: readonly string[]): Paragraph[] {
  const names = recipients
    .map((name) =>
      name
        .trim()
        .replace(/^-\s*/u, '')
        .replace(/[;.,]+$/u, ''),
    )
    .filter((name) => name.length > 0);
  return names.map((name, index) =>
    line({
      text: `- ${name}${index === names.length - 1 ? '.' : ';'}`,
      size: SIZE.recipients,
      align: AlignmentType.LEFT,
    }),
  );
}

function closing(header: ReportHeader): Array<Paragraph | Table> {
  const recipients: Paragraph[] = [
    line({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.recipientsTitle, align: AlignmentType.LEFT }),
    ...recipientLines(header.recipients),
  ];
  const authority = upper(header.signerAuthority);
  const signature: Paragraph[] = [
    ...(authority ? [line({ text: authority, bold: true, size: SIZE.body })] : []),
    line({ text: upper(header.signerTitle), bold: true, size: SIZE.body }),
    // Room for the signature and the seal, kept even when the name is left blank to be written by hand.
    ...Array.from({ length: 4 }, () => line({ text: '', size: SIZE.body })),
    line({ text: header.signerName.trim(), bold: true, size: SIZE.body }),
  ];
  return [
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    twoColumns(SIGNATURE_COLUMNS, recipients, signature),
  ];
}

export async function provinceReportDocx(report: ProvinceReport): Promise<Buffer> {
  const { header } = report;
  const subject = header.subject.trim();
  const counter = { next: 1 };
  const document = new Document({
    creator: 'Plan Desk',
    title: subject || 'Báo cáo',
    styles: { default: { document: { run: { font: FONT_NAME, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          headerTable({
            issuerParent: upper(header.issuerParent),
            issuer: upper(header.issuer),
            number: numberLine(header.numberSymbol),
            place: header.place.trim(),
            date: documentDateParts(header.on, 'Ngày báo cáo'),
          }),
          line({ text: 'BÁO CÁO', bold: true, size: TITLE_SIZE, before: 360 }),
          line({ text: subject, bold: true, size: TITLE_SIZE }),
          rule(BODY_WIDTH, 1700),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...report.sections.flatMap((section, index) => sectionBody(report, section, index, counter)),
          ...closing(header),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
