/**
 * The figures template through ExcelJS and back (issue 10, item 4): written for one request and one source, filled
 * in as an agency would (numbers, numbers typed as Vietnamese text, blanks, zeros), read back; and every refusal:
 * not a template, another request, another source unless confirmed, an edited structure, a bad value named by its
 * cell, a formula.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_INDICATORS } from '../../core/figures/catalogue';
import {
  DATA_SHEET,
  figuresTemplate,
  MAP_SHEET,
  type FiguresTemplateInput,
} from '../../electron/api/export/figuresTemplate';
import { readFiguresTemplate } from '../../electron/api/import/figuresTemplate';

const indicators = CATALOGUE_INDICATORS.filter((indicator) => ['TG01', 'NN01', 'HT03'].includes(indicator.code));
const input: FiguresTemplateInput = {
  templateId: 'template-1',
  request: { uuid: 'request-836', title: 'Báo cáo tổng kết 5 năm thực hiện Kế hoạch 836/KH-UBND' },
  source: { uuid: 'agency-cong-an', name: 'Công an tỉnh' },
  columns: [
    { key: '2021', label: 'Năm 2021' },
    { key: '2022', label: 'Năm 2022' },
  ],
  indicators,
};
const expected = { requestUuid: 'request-836', sourceUuid: 'agency-cong-an' };

let blank: Buffer;
beforeAll(async () => {
  blank = await figuresTemplate(input);
});

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The cell of a row label and column: where an agency types a figure. */
function cellOf(sheet: ExcelJS.Worksheet, label: string, columnIndex: number, nth = 0): ExcelJS.Cell {
  const rows: number[] = [];
  sheet.eachRow((row, number) => {
    if (String(row.getCell(2).value) === label) rows.push(number);
  });
  return sheet.getRow(rows[nth]!).getCell(3 + columnIndex);
}

async function filled(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await workbookOf(blank);
  fill(workbook.getWorksheet(DATA_SHEET)!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the figures template', () => {
  it('locks everything but the input cells, validates them as whole numbers, and hides its map', async () => {
    const workbook = await workbookOf(blank);
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    const received = cellOf(sheet, indicators[0]!.name, 1);
    expect(received.protection?.locked).toBe(false);
    expect(received.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(cellOf(sheet, indicators[2]!.name, 1).dataValidation).toMatchObject({ type: 'decimal' });
    expect(sheet.getCell('B6').protection?.locked).not.toBe(false);
    expect(workbook.getWorksheet(MAP_SHEET)!.state).toBe('veryHidden');
    expect(String(sheet.getCell('A2').value)).toContain('Công an tỉnh');
  });

  it('reads back what the agency typed: numbers, Vietnamese text, blank as not reported, 0 as none', async () => {
    const bytes = await filled((sheet) => {
      cellOf(sheet, indicators[0]!.name, 1).value = 1234;
      cellOf(sheet, indicators[0]!.name, 2).value = '1.250';
      cellOf(sheet, indicators[1]!.name, 1).value = 0;
      cellOf(sheet, '– Nữ', 1).value = '3';
      cellOf(sheet, indicators[2]!.name, 2).value = '12,5';
    });
    const reading = await readFiguresTemplate(bytes, expected);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.problems).toEqual([]);
    const value = (key: string, column: string) =>
      reading.values.find((item) => item.key === key && item.column === column)?.value;
    expect(value('TG01', '2021')).toBe(1234);
    expect(value('TG01', '2022')).toBe(1250);
    expect(value('NN01', '2021')).toBe(0);
    expect(value('NN01', '2022')).toBeNull();
    expect(value('NN01|sex=female', '2021')).toBe(3);
    expect(value('HT03', '2022')).toBe(12.5);
    // Every input cell is read, the blank ones as blank: TG01; NN01 with sex, age, ethnicity, where, purpose;
    // HT03 with its funding sources; in two columns.
    expect(reading.values).toHaveLength((1 + (1 + 2 + 4 + 2 + 2 + 5) + (1 + 3)) * 2);
  });

  it('refuses a bad value by its cell and reads the rest', async () => {
    const bytes = await filled((sheet) => {
      cellOf(sheet, indicators[0]!.name, 1).value = '1,5';
      cellOf(sheet, indicators[0]!.name, 2).value = 7;
      cellOf(sheet, '– Nam', 1).value = { formula: 'D9+1', result: 4 };
    });
    const reading = await readFiguresTemplate(bytes, expected);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.problems).toEqual([
      { cell: 'D7', message: expect.stringContaining('Ô D7 (Số tố giác') },
      { cell: expect.stringMatching(/^D\d+$/), message: expect.stringContaining('chứa công thức') },
    ]);
    expect(reading.problems[0]!.message).toContain('không có phần thập phân');
    expect(reading.values.find((item) => item.key === 'TG01' && item.column === '2022')?.value).toBe(7);
  });

  it('refuses a file that is not a template, or is another request’s, each with its reason', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Số liệu';
    const plain = await readFiguresTemplate(Buffer.from(await other.xlsx.writeBuffer()), expected);
    expect(plain).toEqual({ ok: false, message: expect.stringContaining('không phải là mẫu biểu số liệu') });
    const garbage = await readFiguresTemplate(Buffer.from('not a zip'), expected);
    expect(garbage).toEqual({ ok: false, message: expect.stringContaining('không phải là tệp Excel') });
    const elsewhere = await readFiguresTemplate(blank, { ...expected, requestUuid: 'request-other' });
    expect(elsewhere).toEqual({ ok: false, message: expect.stringContaining('yêu cầu báo cáo khác') });
  });

  it('refuses another source’s template unless the officer confirms it', async () => {
    const refused = await readFiguresTemplate(blank, { ...expected, sourceUuid: 'agency-so-tu-phap' });
    expect(refused).toEqual({ ok: false, otherSource: true, message: expect.stringContaining('cơ quan khác') });
    const confirmed = await readFiguresTemplate(blank, {
      ...expected,
      sourceUuid: 'agency-so-tu-phap',
      acceptOtherSource: true,
    });
    expect(confirmed.ok).toBe(true);
  });

  it('refuses a template whose rows were moved, naming the cell', async () => {
    const bytes = await filled((sheet) => {
      sheet.spliceRows(8, 1);
    });
    const reading = await readFiguresTemplate(bytes, expected);
    expect(reading).toEqual({ ok: false, message: expect.stringMatching(/Cấu trúc mẫu biểu đã bị sửa: ô B\d+/) });
  });
});
