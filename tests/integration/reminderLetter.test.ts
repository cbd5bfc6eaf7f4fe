import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ReportRequest } from '../../core/reports';
import type { LetterTemplate } from '../../electron/api/contract';
import {
  DEFAULT_LETTER_TEMPLATE,
  NATIONAL_TITLE,
  fillTemplate,
  reminderLetter,
  type ReminderLetterInput,
} from '../../electron/api/export/reminderLetter';
import { renderedText, renderSkipReason } from '../support/libreoffice';

const TITLE = 'Báo cáo tổng kết 5 năm thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021–2025';
const AGENCIES = [
  'Sở Tư pháp',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
];
const LATE = ['Sở Y tế', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'];
const SUBMITTED = AGENCIES.filter((name) => !LATE.includes(name));

const request: ReportRequest = {
  id: 7,
  uuid: 'request-836',
  title: TITLE,
  kind: 'ad_hoc',
  cycleId: null,
  requestedOn: '2025-05-20',
  dueOn: '2025-06-20',
  dataFrom: '2021-02-09',
  dataTo: '2025-06-15',
  receiver: 'Công an tỉnh (Phòng Tham mưu)',
  outline: [],
  planId: 3,
  agencyIds: [1, 2, 3, 4, 5],
  exemptAgencyIds: [],
  closedOn: null,
};

function input(overrides: Partial<ReminderLetterInput> = {}): ReminderLetterInput {
  return { template: DEFAULT_LETTER_TEMPLATE, request, lateAgencyNames: LATE, on: '2025-06-23', ...overrides };
}

/** The letter as a reader sees it (mammoth), one non-empty paragraph per line, plus the raw WordprocessingML. */
async function readBack(buffer: Buffer): Promise<{ lines: string[]; text: string; xml: string }> {
  const { value } = await mammoth.extractRawText({ buffer });
  const lines = value
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { lines, text: lines.join('\n'), xml };
}

describe('fillTemplate', () => {
  it('replaces the known placeholders, every time they occur, and leaves the unknown ones as written', () => {
    const text = 'Gửi {bao_cao} trước ngày {han_nop}; nhắc lại: {bao_cao}. Còn {khong_co} và {han_nop}.';
    expect(fillTemplate(text, { bao_cao: 'Báo cáo quý II', han_nop: '20/06/2025' })).toBe(
      'Gửi Báo cáo quý II trước ngày 20/06/2025; nhắc lại: Báo cáo quý II. Còn {khong_co} và 20/06/2025.',
    );
  });

  it('fills an empty value as empty, and does not read inherited properties as values', () => {
    expect(fillTemplate('A{ky_so_lieu}B {toString}', { ky_so_lieu: '' })).toBe('AB {toString}');
  });
});

describe('reminderLetter', () => {
  it('lays out the header block of Decree 30: issuer, number, subject, national motto, place and date', async () => {
    const { lines } = await readBack(await reminderLetter(input()));
    expect(lines.slice(0, 4)).toEqual([
      'CÔNG AN TỈNH',
      'PHÒNG THAM MƯU',
      'Số:      /CAT-PV01',
      `V/v đôn đốc gửi ${TITLE}`,
    ]);
    expect(lines.slice(4, 7)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // Decree 30 pads only days below 10 and the months 1 and 2.
      'Gia Lai, ngày 23 tháng 6 năm 2025',
    ]);
  });

  it('pads the day below 10 and the months 1 and 2 in the date line', async () => {
    const { lines } = await readBack(await reminderLetter(input({ on: '2026-02-05' })));
    expect(lines).toContain('Gia Lai, ngày 05 tháng 02 năm 2026');
  });

  it('addresses exactly the late agencies, and names none of the agencies that did submit', async () => {
    const { lines, text } = await readBack(await reminderLetter(input()));
    const start = lines.indexOf('Kính gửi:');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 4)).toEqual([
      '- Sở Y tế;',
      '- Bộ Chỉ huy Bộ đội Biên phòng tỉnh;',
      '- Hội Liên hiệp Phụ nữ tỉnh.',
    ]);
    expect(lines[start + 4]).toMatch(/^Thực hiện chỉ đạo/);
    expect(text).toContain(`chưa nhận được báo cáo của 03 cơ quan, đơn vị: ${LATE.join(', ')}.`);
    for (const name of SUBMITTED) expect(text).not.toContain(name);
  });

  it('puts one late agency on the Kính gửi line itself', async () => {
    const { lines, text } = await readBack(await reminderLetter(input({ lateAgencyNames: ['Sở Y tế'] })));
    expect(lines).toContain('Kính gửi: Sở Y tế.');
    for (const name of AGENCIES.filter((agency) => agency !== 'Sở Y tế')) expect(text).not.toContain(name);
  });

  it('names the report, its due date, its data window, its receiver and how overdue it is in the body', async () => {
    const { text } = await readBack(await reminderLetter(input()));
    expect(text).toContain(
      `xây dựng ${TITLE} (số liệu từ ngày 09/02/2021 đến ngày 15/06/2025), ` +
        'gửi về Công an tỉnh (Phòng Tham mưu) trước ngày 20/06/2025',
    );
    expect(text).toContain('Tính đến ngày 23/06/2025 (quá hạn 3 ngày), Phòng Tham mưu chưa nhận được');
    expect(text).not.toMatch(/\{[a-z_]+\}/);
  });

  it('says nothing of overdue days or a data window when there are none', async () => {
    const noWindow = { ...request, dataFrom: null, dataTo: null };
    const { text } = await readBack(await reminderLetter(input({ request: noWindow, on: '2025-06-13' })));
    expect(text).toContain(`xây dựng ${TITLE}, gửi về`);
    expect(text).toContain('Tính đến ngày 13/06/2025, Phòng Tham mưu');
    expect(text).not.toContain('quá hạn');
  });

  it('ends with Nơi nhận (Như trên, the leadership, the archive) and the signature block', async () => {
    const { lines } = await readBack(await reminderLetter(input()));
    const start = lines.indexOf('Nơi nhận:');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 4)).toEqual([
      '- Như trên;',
      '- Lãnh đạo Công an tỉnh (để b/c);',
      '- Lưu: VT, PV01.',
    ]);
    expect(lines[start + 4]).toBe('TRƯỞNG PHÒNG');
  });

  it('uses a template edited by the user', async () => {
    const template: LetterTemplate = {
      ...DEFAULT_LETTER_TEMPLATE,
      issuerParent: 'Công an tỉnh',
      issuer: 'Phòng Cảnh sát hình sự',
      place: 'Kon Tum',
      numberSymbol: '   /PC02',
      subject: 'V/v nhắc gửi báo cáo',
      body: 'Đề nghị {danh_sach_co_quan} gửi {bao_cao} ngay.\n\nHạn đã là {han_nop}; {chua_biet} giữ nguyên.',
      signerTitle: 'Phó Trưởng phòng',
      signerName: 'Nguyễn Văn An',
      archive: 'Lưu: VT, PC02.',
    };
    const { lines, text } = await readBack(await reminderLetter(input({ template })));
    expect(lines.slice(0, 4)).toEqual([
      'CÔNG AN TỈNH',
      'PHÒNG CẢNH SÁT HÌNH SỰ',
      'Số:    /PC02',
      'V/v nhắc gửi báo cáo',
    ]);
    expect(lines).toContain('Kon Tum, ngày 23 tháng 6 năm 2025');
    expect(lines).toContain(`Đề nghị ${LATE.join(', ')} gửi ${TITLE} ngay.`);
    expect(lines).toContain('Hạn đã là 20/06/2025; {chua_biet} giữ nguyên.');
    expect(lines).toContain('- Lưu: VT, PC02.');
    expect(lines.slice(-2)).toEqual(['PHÓ TRƯỞNG PHÒNG', 'Nguyễn Văn An']);
    expect(text).not.toContain('Phòng Tham mưu chưa nhận');
    expect(text).not.toContain('Gia Lai');
  });

  it('is an A4 page with the margins of Decree 30, in Times New Roman', async () => {
    const { xml } = await readBack(await reminderLetter(input()));
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = /<w:pgMar([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)?.[1]);
    // To a tenth of a millimetre: 20 mm is 1134 twips, which is 20.0025 mm.
    const mm = (value: number) => Math.round((value / 1440) * 254) / 10;
    expect(mm(twips('top'))).toBeGreaterThanOrEqual(20);
    expect(mm(twips('top'))).toBeLessThanOrEqual(25);
    expect(mm(twips('bottom'))).toBeGreaterThanOrEqual(20);
    expect(mm(twips('bottom'))).toBeLessThanOrEqual(25);
    expect(mm(twips('left'))).toBeGreaterThanOrEqual(30);
    expect(mm(twips('left'))).toBeLessThanOrEqual(35);
    expect(mm(twips('right'))).toBeGreaterThanOrEqual(15);
    expect(mm(twips('right'))).toBeLessThanOrEqual(20);
  });

  it('sets Times New Roman as the document font and italicises the date line', async () => {
    const buffer = await reminderLetter(input());
    const zip = await JSZip.loadAsync(buffer);
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:rFonts[^>]*w:ascii="Times New Roman"/);
    const { xml } = await readBack(buffer);
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,400}Gia Lai, ngày 23 tháng 6 năm 2025/);
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('refuses a letter with nobody to chase, and a malformed date', async () => {
    await expect(reminderLetter(input({ lateAgencyNames: [' ', ''] }))).rejects.toThrow(/Không có cơ quan/);
    await expect(reminderLetter(input({ on: '23/06/2025' }))).rejects.toThrow(/không hợp lệ/);
  });
});

/**
 * The national title's advance width in Times New Roman Bold, per point of font size: 250.34 pt at 12 pt, read
 * from Liberation Serif Bold's glyph metrics (the font LibreOffice substitutes, metric-compatible with Times New
 * Roman) and confirmed on a rendered PDF with `pdftotext -bbox` (250.1 pt).
 */
const NATIONAL_TITLE_PT_PER_PT = 250.34 / 12;

const attr = (xml: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(xml)?.[1] ?? NaN);

describe('the national title of the reminder letter', () => {
  it('sits in a fixed-width right column wide enough for it on one line, at 12 pt bold', async () => {
    const { xml } = await readBack(await reminderLetter(input()));
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain(NATIONAL_TITLE);
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(2);
    const margin = /<w:pgMar([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const textWidth =
      attr(/<w:pgSz([^>]*)\/>/.exec(xml)?.[1] ?? '', 'w') - attr(margin, 'left') - attr(margin, 'right');
    expect(grid[0]! + grid[1]!).toBeLessThanOrEqual(textWidth);
    // The issuer on the left in about two fifths, the national title on the right in about three.
    expect(grid[0]! / textWidth).toBeGreaterThan(0.35);
    expect(grid[0]! / textWidth).toBeLessThan(0.45);

    const cells = [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((match) => match[0]);
    const right = cells.find((cell) => cell.includes(NATIONAL_TITLE))!;
    expect(right).toBe(cells[1]);
    const cellWidth = attr(/<w:tcW([^>]*)\/>/.exec(right)?.[1] ?? '', 'w');
    expect(cellWidth).toBe(grid[1]);
    const cellMargins = /<w:tcMar>([\s\S]*?)<\/w:tcMar>/.exec(right)?.[1] ?? '';
    const side = (name: string) => attr(new RegExp(`<w:${name}[^>]*/>`).exec(cellMargins)?.[0] ?? '', 'w');
    expect(Number.isFinite(side('left')) && Number.isFinite(side('right'))).toBe(true);

    const run = new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?${NATIONAL_TITLE}`).exec(right)?.[0] ?? '';
    expect(run).toMatch(/<w:b\/>/);
    const halfPoints = attr(/<w:sz [^>]*\/>/.exec(run)?.[0] ?? '', 'val');
    // Decree 30: 12–13 pt, bold, capitals.
    expect(halfPoints).toBeGreaterThanOrEqual(24);
    expect(halfPoints).toBeLessThanOrEqual(26);
    const needed = Math.ceil(NATIONAL_TITLE_PT_PER_PT * (halfPoints / 2) * 20);
    expect(needed).toBeGreaterThan(4900);
    expect(cellWidth - side('left') - side('right')).toBeGreaterThanOrEqual(needed);

    const motto = new RegExp('<w:r>(?:(?!<w:r>)[\\s\\S])*?Độc lập - Tự do - Hạnh phúc').exec(right)?.[0] ?? '';
    expect(motto).toMatch(/<w:b\/>/);
    const mottoSize = attr(/<w:sz [^>]*\/>/.exec(motto)?.[0] ?? '', 'val');
    expect(mottoSize).toBeGreaterThanOrEqual(26);
    expect(mottoSize).toBeLessThanOrEqual(28);
  });

  const skip = renderSkipReason();
  it.skipIf(skip !== null)(
    `renders it on one line in LibreOffice, the motto on the next${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const lines = renderedText('cong-van.docx', await reminderLetter(input())).split('\n');
      const title = lines.findIndex((line) => line.includes(NATIONAL_TITLE));
      expect(title, lines.slice(0, 12).join('\n')).toBeGreaterThanOrEqual(0);
      expect(lines[title]).toContain('CÔNG AN TỈNH');
      expect(lines[title + 1]).toContain('Độc lập - Tự do - Hạnh phúc');
    },
    120_000,
  );
});
