/**
 * An agency's report cut at its headings and matched to the 836/KH-UBND outline (core/narrative/outlineMatch.ts):
 * headings renumbered and shortened still find their outline heading; a heading of the agency's own finds none; no
 * outline heading is given to two sections; numbered sentences stay text.
 */
import { describe, expect, it } from 'vitest';
import {
  headingSimilarity,
  isHeading,
  matchToOutline,
  splitByHeadings,
  type ReportParagraph,
} from '../../core/narrative/outlineMatch';

/** Headings of the outline of 836/KH-UBND, as the plan import keeps them. */
const OUTLINE = [
  'I. TÌNH HÌNH, DIỄN BIẾN TỘI PHẠM MUA BÁN NGƯỜI',
  'II. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
  'I. CÔNG TÁC PHÒNG NGỪA',
  '1.1. Công tác truyền thông về phòng, chống mua bán người',
  'II. ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM MUA BÁN NGƯỜI',
  'III. TIẾP NHẬN, XÁC MINH, XÁC ĐỊNH, GIẢI CỨU VÀ BẢO VỆ NẠN NHÂN',
  'IV. HỖ TRỢ NẠN NHÂN',
  'PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030',
];

/** The women's union's report: its own numbering, shorter headings, one heading of its own. */
const REPORT: ReportParagraph[] = [
  { text: 'HỘI LIÊN HIỆP PHỤ NỮ TỈNH' },
  { text: 'Thực hiện Kế hoạch số 836/KH-UBND, Hội báo cáo như sau:' },
  { text: '1. Công tác chỉ đạo, triển khai' },
  { text: 'Hội đã ban hành 12 văn bản chỉ đạo các cấp hội.' },
  { text: '2. Kết quả công tác truyền thông' },
  { text: '1. Năm 2023, Hội tổ chức 45 cuộc truyền thông, thu hút 8.500 lượt hội viên, phụ nữ tham dự.' },
  { text: 'Kết quả hỗ trợ nạn nhân tái hòa nhập cộng đồng', heading: true },
  { text: 'Hỗ trợ 4 nạn nhân trở về học nghề.' },
  { text: '3. Mô hình “Địa chỉ tin cậy” ở cộng đồng' },
  { text: 'Duy trì 120 mô hình.' },
  { text: 'III. Phương hướng nhiệm vụ thời gian tới' },
  { text: '- Tiếp tục tuyên truyền.' },
];

describe('splitByHeadings', () => {
  it('cuts at numbered and styled headings, keeping numbered sentences and list items as text', () => {
    const sections = splitByHeadings(REPORT);
    expect(sections.map((section) => section.heading)).toEqual([
      null,
      '1. Công tác chỉ đạo, triển khai',
      '2. Kết quả công tác truyền thông',
      'Kết quả hỗ trợ nạn nhân tái hòa nhập cộng đồng',
      '3. Mô hình “Địa chỉ tin cậy” ở cộng đồng',
      'III. Phương hướng nhiệm vụ thời gian tới',
    ]);
    expect(sections[0]!.paragraphs).toEqual([
      'HỘI LIÊN HIỆP PHỤ NỮ TỈNH',
      'Thực hiện Kế hoạch số 836/KH-UBND, Hội báo cáo như sau:',
    ]);
    expect(sections[2]!.paragraphs).toEqual([
      '1. Năm 2023, Hội tổ chức 45 cuộc truyền thông, thu hút 8.500 lượt hội viên, phụ nữ tham dự.',
    ]);
    expect(sections[5]!.paragraphs).toEqual(['- Tiếp tục tuyên truyền.']);
  });

  it('takes neither a dash item nor a long numbered paragraph for a heading', () => {
    expect(isHeading({ text: '- Công tác phòng ngừa' })).toBe(false);
    expect(isHeading({ text: `1. ${'Nội dung rất dài '.repeat(20)}` })).toBe(false);
    expect(isHeading({ text: 'a) Kết quả công tác truyền thông' })).toBe(true);
  });
});

describe('matchToOutline', () => {
  it('finds renumbered and shortened headings, and leaves the agency’s own heading unmatched', () => {
    const sections = splitByHeadings(REPORT);
    const matches = matchToOutline(OUTLINE, sections);
    const matched = matches.map((match) => (match.outline === null ? null : OUTLINE[match.outline]));
    expect(matched).toEqual([
      null,
      'II. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      '1.1. Công tác truyền thông về phòng, chống mua bán người',
      'IV. HỖ TRỢ NẠN NHÂN',
      null,
      'PHẦN III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030',
    ]);
  });

  it('gives an outline heading to one section only: the closer one', () => {
    const sections = splitByHeadings([
      { text: '1. Hỗ trợ nạn nhân' },
      { text: 'Nội dung.' },
      { text: '2. Hỗ trợ nạn nhân tại cộng đồng' },
      { text: 'Nội dung.' },
    ]);
    const matches = matchToOutline(OUTLINE, sections);
    expect(matches.map((match) => match.outline)).toEqual([6, null]);
  });

  it('reads headings without diacritics or case the same', () => {
    expect(headingSimilarity('iv. ho tro nan nhan', 'IV. HỖ TRỢ NẠN NHÂN')).toBe(1);
    expect(headingSimilarity('Công tác chỉ đạo', 'Hỗ trợ nạn nhân')).toBe(0);
  });
});
