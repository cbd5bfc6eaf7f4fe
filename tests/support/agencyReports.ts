/**
 * Agencies' reports as they arrive: .docx files written with the docx library, headings either styled
 * ("Heading 1") or only numbered in the text, the way Word users write them.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

export interface AgencyReportPart {
  heading: string | null;
  paragraphs: string[];
}

/** `styled`: the headings carry Word's heading style; otherwise they are plain paragraphs, numbered in the text. */
export async function agencyReportDocx(parts: readonly AgencyReportPart[], styled = false): Promise<Buffer> {
  const children = parts.flatMap((part) => [
    ...(part.heading === null
      ? []
      : [
          styled
            ? new Paragraph({ text: part.heading, heading: HeadingLevel.HEADING_1 })
            : new Paragraph({ text: part.heading }),
        ]),
    ...part.paragraphs.map((text) => new Paragraph({ text })),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The police's report: the outline renumbered 1., 2., …, headings styled. */
export const POLICE_REPORT: AgencyReportPart[] = [
  { heading: null, paragraphs: ['CÔNG AN TỈNH', 'Báo cáo kết quả thực hiện Chương trình giai đoạn 2021 - 2025'] },
  {
    heading: '1. Công tác phòng ngừa',
    paragraphs: ['Công an tỉnh đã tổ chức 120 buổi tuyên truyền tại các xã biên giới.'],
  },
  {
    heading: '2. Đấu tranh phòng, chống tội phạm mua bán người',
    paragraphs: ['Phát hiện, điều tra 14 vụ, 27 đối tượng.', '- Triệt phá 3 đường dây mua bán người qua biên giới.'],
  },
  {
    heading: '3. Tiếp nhận, xác minh và giải cứu nạn nhân',
    paragraphs: ['Tiếp nhận 31 nạn nhân, trong đó 25 nữ.'],
  },
];

/** The women's union: numbered I., II., worded its own way, one heading the outline does not have. */
export const WOMEN_REPORT: AgencyReportPart[] = [
  {
    heading: 'I. PHÒNG NGỪA MUA BÁN NGƯỜI',
    paragraphs: ['Hội đã lồng ghép tuyên truyền trong 300 buổi sinh hoạt chi hội.'],
  },
  {
    heading: 'II. HỖ TRỢ NẠN NHÂN TRỞ VỀ',
    paragraphs: ['Hỗ trợ 12 nạn nhân học nghề và vay vốn tạo việc làm.'],
  },
  { heading: 'III. MỘT SỐ KIẾN NGHỊ, ĐỀ XUẤT', paragraphs: ['Đề nghị bố trí kinh phí cho mô hình cộng đồng.'] },
];
