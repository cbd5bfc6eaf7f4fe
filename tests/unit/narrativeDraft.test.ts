/**
 * The merged draft, the office's text markup, the report's proposed settings and the .docx paragraphs
 * (issue 11): pure functions on real shapes of agencies' reports.
 */
import { describe, expect, it } from 'vitest';
import { draftBlocks, mergeDraft, type PlacedSection } from '../../core/narrative/draft';
import { matchToOutline, splitByHeadings } from '../../core/narrative/outlineMatch';
import { proposedFiguresHeadings, reportNumberSymbol, reportSubject } from '../../core/narrative/reportDefaults';
import { parseRichText, plainText } from '../../core/narrative/richText';
import { htmlParagraphs } from '../../electron/api/import/readReportDocument';

const OUTLINE = [
  'I. CÔNG TÁC PHÒNG NGỪA MUA BÁN NGƯỜI',
  'II. ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM MUA BÁN NGƯỜI',
  'III. TIẾP NHẬN, XÁC MINH, BẢO VỆ NẠN NHÂN',
  'IV. SỐ LIỆU THỐNG KÊ',
];

let nextId = 1;
function section(
  agencyId: number,
  position: number,
  outlineIndex: number | null,
  heading: string | null,
): PlacedSection {
  const id = nextId++;
  return {
    sectionId: id,
    sectionUuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    agencyId,
    agency: `Cơ quan ${agencyId}`,
    heading,
    placedBy: 'match',
    score: 1,
    paragraphs: [`Đoạn ${agencyId}.${position}`],
    outlineIndex,
    position,
  };
}

describe('matching outlines numbered I., 1. and a)', () => {
  it('matches an agency numbering a) b) c) against an outline numbered I. II. III.', () => {
    const sections = splitByHeadings([
      { text: 'a) Phòng ngừa mua bán người' },
      { text: 'Tuyên truyền 40 buổi.' },
      { text: 'b) Đấu tranh với tội phạm' },
      { text: 'Khởi tố 2 vụ.' },
      { text: 'c) Bảo vệ nạn nhân' },
      { text: 'Tiếp nhận 3 nạn nhân.' },
    ]);
    expect(matchToOutline(OUTLINE, sections).map((match) => match.outline)).toEqual([0, 1, 2]);
  });

  it('matches an agency numbering 1. 2. against the same outline', () => {
    const sections = splitByHeadings([
      { text: '1. Về số liệu thống kê' },
      { text: 'Xem phụ lục.' },
      { text: '2. Về công tác phòng ngừa' },
      { text: 'Đã tổ chức 5 hội nghị.' },
    ]);
    expect(matchToOutline(OUTLINE, sections).map((match) => match.outline)).toEqual([3, 0]);
  });
});

describe('mergeDraft', () => {
  it('orders contributions by the request’s sources, flags unwritten headings and keeps “Khác” apart', () => {
    const draft = mergeDraft(
      OUTLINE,
      [20, 10],
      [section(10, 0, 0, '1. Phòng ngừa'), section(20, 0, 0, 'I. Phòng ngừa'), section(20, 1, null, 'Kiến nghị')],
    );
    expect(draft.headings[0]!.contributions.map((item) => item.agencyId)).toEqual([20, 10]);
    expect(draft.headings.map((heading) => heading.unwritten)).toEqual([false, true, true, true]);
    expect(draft.other.map((item) => item.heading)).toEqual(['Kiến nghị']);
    expect(draft.sources.map((source) => [source.agencyId, source.sections, source.placed])).toEqual([
      [20, 2, 1],
      [10, 1, 1],
    ]);
    expect(plainText(draftBlocks(draft.headings[0]!))).toBe('Đoạn 20.0\nĐoạn 10.0');
  });

  it('flags a report without any heading: all of it under “Khác”', () => {
    const draft = mergeDraft(OUTLINE, [10], [section(10, 0, null, null)]);
    expect(draft.other).toHaveLength(1);
    expect(draft.sources[0]).toMatchObject({ unstructured: true, placed: 0 });
    expect(draft.headings.every((heading) => heading.unwritten)).toBe(true);
  });

  it('shows a source the request no longer lists after the others', () => {
    const draft = mergeDraft(OUTLINE, [10], [section(99, 0, 1, 'II'), section(10, 0, 1, 'II')]);
    expect(draft.headings[1]!.contributions.map((item) => item.agencyId)).toEqual([10, 99]);
  });
});

describe('the office’s text markup', () => {
  it('reads paragraphs, bullets, bold and italic', () => {
    expect(parseRichText('**Kết quả:** đạt *khá*.\n\n- Một ý;\n+ ý khác\n2 * 3 = 6')).toEqual([
      {
        kind: 'paragraph',
        runs: [{ text: 'Kết quả:', bold: true }, { text: ' đạt ' }, { text: 'khá', italic: true }, { text: '.' }],
      },
      { kind: 'bullet', runs: [{ text: 'Một ý;' }] },
      { kind: 'bullet', runs: [{ text: 'ý khác' }] },
      { kind: 'paragraph', runs: [{ text: '2 * 3 = 6' }] },
    ]);
    expect(parseRichText('***cả hai***')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'cả hai', bold: true, italic: true }] },
    ]);
  });
});

describe('the report’s proposed settings', () => {
  it('takes the subject from the request’s title and the figures heading from the outline', () => {
    expect(reportSubject('Báo cáo kết quả công tác năm 2026')).toBe('Kết quả công tác năm 2026');
    expect(reportSubject('Tổng kết 5 năm')).toBe('Tổng kết 5 năm');
    expect(reportNumberSymbol('Số:      /CAT-PV01')).toBe('Số:      /BC-CAT-PV01');
    expect(proposedFiguresHeadings(OUTLINE)).toEqual([3]);
    expect(proposedFiguresHeadings(['Tình hình', 'Kết quả thực hiện'])).toEqual([1]);
    expect(proposedFiguresHeadings(['Tình hình'])).toEqual([0]);
    expect(proposedFiguresHeadings([])).toEqual([]);
  });
});

describe('a .docx’s paragraphs from mammoth’s HTML', () => {
  it('knows a heading by its style, splits lists and tables, decodes entities and drops inline tags', () => {
    const html =
      '<h2>Phần <strong>I</strong></h2><p>A &amp; B&nbsp;C</p><ul><li>một</li><li>hai<ul><li>ba</li></ul></li></ul>' +
      '<table><tr><td><p>ô 1</p></td><td>ô 2</td></tr></table><p></p>';
    expect(htmlParagraphs(html)).toEqual([
      { text: 'Phần I', heading: true },
      { text: 'A & B C' },
      { text: 'một' },
      { text: 'hai' },
      { text: 'ba' },
      { text: 'ô 1' },
      { text: 'ô 2' },
    ]);
  });
});
