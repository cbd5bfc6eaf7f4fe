/**
 * The province's consolidated report as built (issue 11): the .docx in the Decree 30/2020 layout and its .xlsx
 * annex, from a report assembled by hand, read back the way Word, LibreOffice and Excel read them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { patchDocument } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ConsolidatedValue, FormColumn, RequestConsolidation } from '../../core/figures/records';
import { numberedHeading as headingText, type ProvinceReport } from '../../core/narrative/report';
import { parseRichText } from '../../core/narrative/richText';
import { provinceReportDocx } from '../../electron/api/export/provinceReport';
import { reportAnnexXlsx, sheetName } from '../../electron/api/export/reportAnnex';
import { renderedText, renderSkipReason } from '../support/libreoffice';

const SUBJECT = 'Kết quả công tác phòng, chống mua bán người năm 2024 và 6 tháng đầu năm 2025';

// The previous period comes first, as an office may order it: the builders must find the slices by role.
const COLUMNS: FormColumn[] = [
  { uuid: 'c-prev', label: '2022–2023', role: 'previous', periodFrom: '2022-01-01', periodTo: '2023-12-31' },
  { uuid: 'c-2024', label: 'Năm 2024', role: 'slice', periodFrom: '2024-01-01', periodTo: '2024-12-31' },
  { uuid: 'c-2025', label: '6 tháng 2025', role: 'slice', periodFrom: '2025-01-01', periodTo: '2025-06-30' },
];

function value(
  indicator: string,
  name: string,
  unit: string,
  columns: [number | null, number | null, number | null],
  extra: Partial<ConsolidatedValue> = {},
): ConsolidatedValue {
  const [previous, ...slices] = columns;
  const total = slices.some((item) => item !== null)
    ? slices.reduce<number>((sum, item) => sum + (item ?? 0), 0)
    : null;
  return {
    indicator,
    name,
    unit,
    kind: 'count',
    aggregation: 'sum',
    designatedAgency: null,
    total,
    columns,
    previous,
    change:
      total === null || previous === null
        ? null
        : { amount: total - previous, share: previous === 0 ? null : (total - previous) / previous },
    breakdowns: {},
    bySource: [],
    disagreements: [],
    ...extra,
  };
}

const FIGURES: RequestConsolidation = {
  request: { id: 12, uuid: 'request-12', title: SUBJECT, dueOn: '2025-07-05' },
  columns: COLUMNS,
  sources: [
    { agencyId: 1, agency: 'Công an tỉnh', status: 'accepted' },
    { agencyId: 2, agency: 'Sở Văn hóa, Thể thao và Du lịch', status: 'entered' },
    { agencyId: 3, agency: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', status: 'missing' },
  ],
  missing: ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
  unaccepted: ['Sở Văn hóa, Thể thao và Du lịch'],
  values: [
    value('PN01', 'Số cuộc tuyên truyền', 'cuộc', [980, 600, 634]),
    value('PN02', 'Số lượt người tham dự tuyên truyền', 'lượt người', [40_000, 25_310, 27_500]),
    value('PN04', 'Số tài liệu, tờ rơi được phát hành', 'bản', [3_000, 2_100, 1_900]),
    value('DT01', 'Số vụ án khởi tố', 'vụ', [10, 6, 5], {
      aggregation: 'source',
      designatedAgency: 'Công an tỉnh',
      breakdowns: { purpose: { sexual: 5, labour: 3, organs: null, marriage: 2, other: 1 } },
    }),
    value('NN01', 'Số nạn nhân được xác định', 'người', [20, 9, 7], {
      breakdowns: { sex: { male: 4, female: 12 } },
    }),
    value('OF01', 'Số lượt kiểm tra cơ sở kinh doanh lưu trú', 'lượt', [null, 45, 30], {
      breakdowns: { district: { pleiku: 50, chupah: 25 } },
    }),
    { ...value('VP03', 'Số tiền xử phạt vi phạm hành chính', 'triệu đồng', [8, 7.5, 5]), kind: 'amount' },
  ],
  rates: [
    {
      indicator: 'TL01',
      name: 'Tỷ lệ điều tra, khám phá vụ án mua bán người',
      value: 0.92,
      columns: [null, 0.9, 0.95],
      target: 0.9,
      met: true,
    },
    {
      indicator: 'TL02',
      name: 'Tỷ lệ nạn nhân được tiếp nhận, hỗ trợ',
      value: 0.75,
      columns: [null, 0.7, 0.8],
      target: 0.9,
      met: false,
    },
    { indicator: 'TL03', name: 'Tỷ lệ xã, phường có mô hình', value: 0.4, columns: [], target: null, met: null },
  ],
  violations: [],
};

const EXCLUDED_NAME = 'Số tài liệu, tờ rơi được phát hành';

const REPORT: ProvinceReport = {
  header: {
    issuerParent: 'UBND tỉnh Gia Lai',
    issuer: 'Ban Chỉ đạo 138',
    numberSymbol: '      /BC-BCĐ138',
    place: 'Gia Lai',
    on: '2025-07-08',
    subject: SUBJECT,
    recipients: ['Ban Chỉ đạo 138/CP;', 'Bộ Công an (V05)', 'Thường trực Tỉnh ủy', 'UBND tỉnh', 'Lưu: VT, PV01.'],
    signerAuthority: 'TM. Ban Chỉ đạo',
    signerTitle: 'Phó Trưởng ban Thường trực',
    signerName: 'Nguyễn Văn Minh',
  },
  sections: [
    {
      heading: 'I. Công tác lãnh đạo, chỉ đạo',
      blocks: parseRichText(
        '**Kết quả nổi bật:** Ban Chỉ đạo đã ban hành kế hoạch triển khai *Chỉ thị số 15/CT-TTg* của Thủ tướng.\n' +
          '- Ban hành 05 kế hoạch, 12 văn bản chỉ đạo, hướng dẫn các sở, ngành, địa phương triển khai thực hiện ' +
          'các nhiệm vụ phòng, chống mua bán người trong năm.',
      ),
      written: true,
      figures: false,
    },
    {
      heading: 'Công tác phòng ngừa mua bán người',
      blocks: parseRichText('Tổ chức tuyên truyền tại các xã biên giới, trường học và khu công nghiệp.'),
      written: true,
      figures: false,
    },
    {
      heading: '3. Đấu tranh phòng, chống tội phạm mua bán người',
      blocks: parseRichText('Lực lượng Công an đã phát hiện, điều tra, khám phá các vụ mua bán người.'),
      written: true,
      figures: true,
    },
    {
      heading: 'Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân',
      blocks: parseRichText('Sở Y tế: tiếp nhận, hỗ trợ y tế cho 16 nạn nhân trở về.'),
      written: false,
      figures: false,
    },
    {
      heading: 'Phương hướng, nhiệm vụ thời gian tới',
      blocks: parseRichText('Tiếp tục triển khai Chương trình phòng, chống mua bán người giai đoạn 2021–2025./.'),
      written: true,
      figures: false,
    },
  ],
  figures: FIGURES,
  excludedIndicators: ['PN04'],
  sources: [
    {
      agency: 'Công an tỉnh',
      status: 'Đã xác nhận',
      rows: [
        { indicator: 'PN01', name: 'Số cuộc tuyên truyền', unit: 'cuộc', columns: [500, 300, 334], total: 634 },
        { indicator: 'PN04', name: EXCLUDED_NAME, unit: 'bản', columns: [1_000, 700, 600], total: 1_300 },
        { indicator: 'DT01', name: 'Số vụ án khởi tố', unit: 'vụ', columns: [10, 6, 5], total: 11 },
      ],
    },
    {
      agency: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh: Phòng Phòng, chống ma túy và tội phạm',
      status: 'Chưa có số liệu',
      rows: [],
    },
    {
      agency: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh: Phòng Tham mưu',
      status: 'Đã nhập, chờ xác nhận',
      rows: [{ indicator: 'PN01', name: 'Số cuộc tuyên truyền', unit: 'cuộc', columns: [480, 300, 300], total: 600 }],
    },
  ],
};

/** The report as a reader sees it (mammoth), one non-empty paragraph per line, plus the raw WordprocessingML. */
async function readBack(buffer: Buffer): Promise<{ lines: string[]; xml: string }> {
  const { value: text } = await mammoth.extractRawText({ buffer });
  const lines = text
    .split('\n')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  const zip = await JSZip.loadAsync(buffer);
  return { lines, xml: (await zip.file('word/document.xml')?.async('string')) ?? '' };
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/** Every bordered table's rows as cell texts; the header and signature blocks have no borders. */
function gridTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((match) => match[0])
    .filter((table) => /<w:insideV w:val="single"/.test(table))
    .map((table) =>
      [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
        [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
      ),
    );
}

const rowsOf = (table: string[][]) => table.map((row) => row.join('|'));

/** The run whose text starts with `text`, properties included. */
function runWith(xml: string, text: string): string {
  return (
    [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((match) => match[0]).find((run) => textOf(run).startsWith(text)) ??
    ''
  );
}

describe('provinceReportDocx', () => {
  it('lays out the Decree 30 header, "BÁO CÁO" and the subject', async () => {
    const { lines } = await readBack(await provinceReportDocx(REPORT));
    expect(lines.slice(0, 8)).toEqual([
      'UBND TỈNH GIA LAI',
      'BAN CHỈ ĐẠO 138',
      // The blank before "/" is kept: the clerk writes the number there.
      'Số:       /BC-BCĐ138',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 08 tháng 7 năm 2025',
      'BÁO CÁO',
      SUBJECT,
    ]);
    const renumbered = await readBack(
      await provinceReportDocx({ ...REPORT, header: { ...REPORT.header, numberSymbol: 'Số: 12/BC-BCĐ138' } }),
    );
    expect(renumbered.lines).toContain('Số: 12/BC-BCĐ138');
    expect(renumbered.lines.join('\n')).not.toContain('Số: Số:');
  });

  it('numbers the headings I, II, … in order, replacing a marker the outline already had', async () => {
    const { lines } = await readBack(await provinceReportDocx(REPORT));
    const headings = [
      'I. Công tác lãnh đạo, chỉ đạo',
      'II. Công tác phòng ngừa mua bán người',
      'III. Đấu tranh phòng, chống tội phạm mua bán người',
      'IV. Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân',
      'V. Phương hướng, nhiệm vụ thời gian tới',
    ];
    const at = headings.map((heading) => lines.indexOf(heading));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The merged draft stands in for the heading nobody has written yet.
    expect(lines[at[3]! + 1]).toBe('Sở Y tế: tiếp nhận, hỗ trợ y tế cho 16 nạn nhân trở về.');
    expect(headingText('Công tác phòng ngừa', 0)).toBe('I. Công tác phòng ngừa');
    expect(headingText('IV) Dự kiến', 1)).toBe('II. Dự kiến');
    expect(headingText('12. Kết quả', 11)).toBe('XII. Kết quả');
  });

  it('keeps the bold and italic runs, and lays bullets out with a dash and a hanging indent', async () => {
    const { lines, xml } = await readBack(await provinceReportDocx(REPORT));
    expect(runWith(xml, 'Kết quả nổi bật:')).toMatch(/<w:b\/>/);
    expect(runWith(xml, 'Kết quả nổi bật:')).not.toMatch(/<w:i\/>/);
    expect(runWith(xml, 'Chỉ thị số 15/CT-TTg')).toMatch(/<w:i\/>/);
    expect(runWith(xml, 'Chỉ thị số 15/CT-TTg')).not.toMatch(/<w:b\/>/);
    expect(runWith(xml, ' Ban Chỉ đạo đã ban hành')).not.toMatch(/<w:[bi]\/>/);
    expect(lines).toContain(
      '- Ban hành 05 kế hoạch, 12 văn bản chỉ đạo, hướng dẫn các sở, ngành, địa phương triển khai thực hiện các nhiệm vụ phòng, chống mua bán người trong năm.',
    );
    const bullet = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((match) => match[0])
      .find((p) => textOf(p).startsWith('- Ban hành'));
    expect(bullet).toMatch(/w:hanging="\d+"/);
  });

  it('prints the figures table under the heading chosen for it: slices, total, previous period, change', async () => {
    const { lines, xml } = await readBack(await provinceReportDocx(REPORT));
    const tables = gridTables(xml);
    expect(tables).toHaveLength(2);
    const [figures, rates] = tables as [string[][], string[][]];
    expect(figures[0]!.join('|')).toBe(
      'STT|Chỉ tiêu|Đơn vị tính|Năm 2024|6 tháng 2025|Tổng|Kỳ trước(2022–2023)|Tăng/giảm',
    );
    expect(rowsOf(figures)).toContain('1|Số cuộc tuyên truyền|cuộc|600|634|1.234|980|+254 (+25,9%)');
    expect(rowsOf(figures)).toContain(
      '2|Số lượt người tham dự tuyên truyền|lượt người|25.310|27.500|52.810|40.000|+12.810 (+32,0%)',
    );
    expect(rowsOf(figures)).toContain('4|Số nạn nhân được xác định|người|9|7|16|20|-4 (-20,0%)');
    expect(rowsOf(figures)).toContain('|- Nữ||||12||');
    expect(rowsOf(figures)).toContain('5|Số lượt kiểm tra cơ sở kinh doanh lưu trú|lượt|45|30|75||');
    expect(rowsOf(figures)).toContain('6|Số tiền xử phạt vi phạm hành chính|triệu đồng|7,5|5|12,5|8|+4,5 (+56,3%)');
    // An office's breakdown the catalogue cannot name is left to the annex.
    expect(xml).not.toContain('district');
    expect(xml).not.toContain('pleiku');
    expect(xml).not.toContain(EXCLUDED_NAME);
    // The header row repeats on every page the table runs onto.
    expect(/<w:tbl>[\s\S]*?<\/w:tbl>/g.exec(xml.slice(xml.indexOf('Bảng 1.')))?.[0]).toMatch(/<w:tblHeader\/>/);

    expect(rates[0]).toEqual(['STT', 'Chỉ tiêu', 'Kết quả', 'Mục tiêu', 'Đánh giá']);
    expect(rates.slice(1)).toEqual([
      ['1', 'Tỷ lệ điều tra, khám phá vụ án mua bán người', '92%', '90%', 'Đạt'],
      ['2', 'Tỷ lệ nạn nhân được tiếp nhận, hỗ trợ', '75%', '90%', 'Không đạt'],
      ['3', 'Tỷ lệ xã, phường có mô hình', '40%', '', ''],
    ]);
    const captions = ['Bảng 1. Số liệu tổng hợp', 'Bảng 2. Tỷ lệ so với chỉ tiêu'].map((text) => lines.indexOf(text));
    const heading = lines.indexOf('III. Đấu tranh phòng, chống tội phạm mua bán người');
    expect(captions[0]).toBeGreaterThan(heading);
    expect(captions[1]).toBeGreaterThan(captions[0]!);
    expect(captions[1]).toBeLessThan(lines.indexOf('IV. Tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân'));
    expect(lines).toContain('Ghi chú: chưa có số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh.');
    // Figures are right-aligned, as numbers are.
    expect(/<w:jc w:val="right"\/>[\s\S]{0,400}?>1\.234</.test(xml)).toBe(true);
  });

  it('ends with Nơi nhận and the signature', async () => {
    const { lines } = await readBack(await provinceReportDocx(REPORT));
    const at = lines.indexOf('Nơi nhận:');
    expect(at).toBeGreaterThan(lines.indexOf('V. Phương hướng, nhiệm vụ thời gian tới'));
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '- Ban Chỉ đạo 138/CP;',
      '- Bộ Công an (V05);',
      '- Thường trực Tỉnh ủy;',
      '- UBND tỉnh;',
      '- Lưu: VT, PV01.',
    ]);
    expect(lines.slice(at + 6)).toEqual(['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'Nguyễn Văn Minh']);
  });

  it('builds a report without figures, and refuses a malformed date', async () => {
    const { lines, xml } = await readBack(
      await provinceReportDocx({ ...REPORT, figures: null, header: { ...REPORT.header, signerAuthority: '' } }),
    );
    expect(gridTables(xml)).toHaveLength(0);
    expect(lines.some((text) => text.startsWith('Bảng'))).toBe(false);
    expect(lines.slice(-2)).toEqual(['PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'Nguyễn Văn Minh']);
    await expect(provinceReportDocx({ ...REPORT, header: { ...REPORT.header, on: '08/07/2025' } })).rejects.toThrow(
      /không hợp lệ/,
    );
  });
});

describe('the report opened elsewhere', () => {
  it('is read back whole by the docx library’s own reader', async () => {
    // patchDocument parses every XML part of the package; a malformed part or a broken relationship throws.
    const reread = await patchDocument({
      outputType: 'nodebuffer',
      data: await provinceReportDocx(REPORT),
      patches: {},
    });
    const { lines } = await readBack(reread);
    expect(lines).toContain('BÁO CÁO');
    expect(lines.at(-1)).toBe('Nguyễn Văn Minh');
  });

  const skip = renderSkipReason();
  it.skipIf(skip !== null)(
    `opens in LibreOffice without repair: header, headings in order, the figures${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const text = renderedText('bao-cao.docx', await provinceReportDocx(REPORT));
      const lines = text.split('\n');
      expect(lines.find((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toContain('UBND TỈNH GIA LAI');
      const at = (needle: string) => text.indexOf(needle);
      const order = [
        'BÁO CÁO',
        'I. Công tác lãnh đạo',
        'II. Công tác phòng ngừa',
        'III. Đấu tranh',
        'Bảng 1.',
        'Nơi nhận:',
      ];
      const positions = order.map(at);
      expect(
        positions.every((position) => position >= 0),
        JSON.stringify(positions),
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(text).toMatch(/\b1\.234\b/);
    },
    120_000,
  );
});

async function workbookOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(4).values as unknown[]).slice(1).join('|');

function rowWith(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(2).value === name) found = row;
  });
  return found;
}

describe('reportAnnexXlsx', () => {
  it('has the summary, the rates and a sheet per source, with names Excel accepts', async () => {
    const workbook = await workbookOf(await reportAnnexXlsx(REPORT));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(5);
    expect(names.slice(0, 3)).toEqual(['Tổng hợp', 'Tỷ lệ', 'Công an tỉnh']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(names[3]).toMatch(/^Bộ Chỉ huy Bộ đội Biên phòng/);
    expect(names[4]).toMatch(/\(2\)$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(5);
    expect(sheetName("'Sở: Y tế'", new Set(['sở y tế']))).toBe('Sở Y tế (2)');
  });

  it('stores the consolidated figures as numbers, with every breakdown and without the excluded indicator', async () => {
    const workbook = await workbookOf(await reportAnnexXlsx(REPORT));
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(headerOf(sheet)).toBe(
      'STT|Chỉ tiêu|Đơn vị tính|Năm 2024|6 tháng 2025|Tổng|Kỳ trước (2022–2023)|Tăng/giảm|Tăng/giảm (%)',
    );
    const row = rowWith(sheet, 'Số cuộc tuyên truyền')!;
    expect([4, 5, 6, 7, 8].map((column) => row.getCell(column).value)).toEqual([600, 634, 1234, 980, 254]);
    expect(row.getCell(6).numFmt).toBe('#,##0');
    expect(row.getCell(9).value).toBeCloseTo(254 / 980);
    expect(rowWith(sheet, 'Số tiền xử phạt vi phạm hành chính')!.getCell(6).numFmt).toBe('#,##0.00');
    expect(rowWith(sheet, '- pleiku')!.getCell(6).value).toBe(50);
    expect(rowWith(sheet, '- Nam')!.getCell(6).value).toBe(4);
    expect(rowWith(sheet, EXCLUDED_NAME)).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);
  });

  it('rates each rate against its target, and lists each source’s own figures', async () => {
    const workbook = await workbookOf(await reportAnnexXlsx(REPORT));
    const rates = workbook.getWorksheet('Tỷ lệ')!;
    const met = rowWith(rates, 'Tỷ lệ điều tra, khám phá vụ án mua bán người')!;
    expect([met.getCell(3).value, met.getCell(4).value, met.getCell(5).value]).toEqual([0.92, 0.9, 'Đạt']);
    expect(met.getCell(3).numFmt).toBe('0.0%');
    expect(rowWith(rates, 'Tỷ lệ nạn nhân được tiếp nhận, hỗ trợ')!.getCell(5).value).toBe('Không đạt');

    const police = workbook.getWorksheet('Công an tỉnh')!;
    expect(headerOf(police)).toBe('STT|Chỉ tiêu|Đơn vị tính|Năm 2024|6 tháng 2025|Tổng|Kỳ trước (2022–2023)');
    const own = rowWith(police, 'Số cuộc tuyên truyền')!;
    expect([4, 5, 6, 7].map((column) => own.getCell(column).value)).toEqual([300, 334, 634, 500]);
    expect(rowWith(police, EXCLUDED_NAME)).toBeUndefined();
    expect(police.getCell(2, 1).value).toBe('Tình trạng: Đã xác nhận');
  });
});
