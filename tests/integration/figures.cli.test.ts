/**
 * Agencies' figures from the CLI (issue 10, item 7), the real CLI in a child process on a real file: the requests
 * listed, a figure typed the Vietnamese way and refused whole when it is not a figure, a breakdown option, the
 * template out and back with its dry run, and the consolidation as JSON and as a table.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore } from '../../db/open';
import type { FigureForm, FiguresImport, SourceFigures } from '../../electron/api/contract';
import { runCli } from '../support/cli';
import { reviewRequestInput } from '../support/samples';
import { createReview, type ReviewSource } from '../support/figures';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
let ids: Record<ReviewSource, number>;
let requestId: number;

beforeEach(async () => {
  t = openTempStore();
  ({ ids, requestId } = await createReview(t));
});

afterEach(() => t.cleanup());

/** Each run of the CLI costs a few seconds (tsx compiles it): a test that runs several needs more than the default. */
const SLOW = 120_000;

/** Runs the CLI once the test's own handle on the file is closed: the CLI is the one writer while it runs. */
function cli(args: readonly string[]) {
  closeStore(t.store);
  return runCli(t.dbPath, args);
}

const column = (form: FigureForm, label: string) => form.columns.find((item) => item.label === label)!.uuid;

async function sourceValues(agencyId: number): Promise<SourceFigures['values']> {
  t.reopen();
  return (await t.must('figures.source', { requestId, agencyId })).values;
}

describe('requests list', () => {
  it('lists the request with the id the other commands take', { timeout: SLOW }, () => {
    const run = cli(['requests', 'list', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(list).toContainEqual({
      id: requestId,
      uuid: expect.any(String) as string,
      title: reviewRequestInput([]).title,
      dueOn: '2025-06-20',
      requestedOn: '2025-05-20',
      dataFrom: '2021-02-09',
      dataTo: '2025-06-15',
      closedOn: null,
      agencies: 5,
    });
    const human = cli(['requests', 'list']);
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toContain('20/06/2025');
    expect(human.stdout).toContain('836/KH-UBND');
  });
});

describe('figures set', () => {
  it('reads "1.234" as 1234, storing the proposed form first', { timeout: SLOW }, async () => {
    const run = cli([
      'figures',
      'set',
      '--request',
      String(requestId),
      '--agency',
      'Sở Tư pháp',
      '--indicator',
      'PN02',
      '--value',
      '1.234',
      '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    t.reopen();
    const form = await t.must('figures.form', { requestId });
    expect(form.saved).toBe(true);
    const y21 = column(form, 'Năm 2021');
    expect((JSON.parse(run.stdout) as SourceFigures).values).toEqual([{ column: y21, key: 'PN02', value: 1234 }]);
    expect(await sourceValues(ids.justice)).toEqual([{ column: y21, key: 'PN02', value: 1234 }]);

    const second = cli([
      'figures',
      'set',
      '--request',
      String(requestId),
      '--agency',
      'so tu phap',
      '--indicator',
      'pn02',
      '--column',
      '2',
      '--value',
      '12.500',
    ]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Năm 2022: 12.500');
    expect(await sourceValues(ids.justice)).toContainEqual({
      column: column(form, 'Năm 2022'),
      key: 'PN02',
      value: 12500,
    });

    const cleared = cli(
      ['figures', 'set', '--request', String(requestId), '--agency', String(ids.justice)].concat([
        '--indicator',
        'PN02',
        '--value',
        '',
      ]),
    );
    expect(cleared.status, cleared.stderr).toBe(0);
    expect(cleared.stdout).toContain('Năm 2021: để trống');
    expect(await sourceValues(ids.justice)).toEqual([{ column: column(form, 'Năm 2022'), key: 'PN02', value: 12500 }]);
  });

  it(
    'refuses "1,5" in a count, naming the problem, and saves nothing (not even the form)',
    { timeout: SLOW },
    async () => {
      const run = cli([
        'figures',
        'set',
        '--request',
        String(requestId),
        '--agency',
        'Hội Liên hiệp Phụ nữ tỉnh',
        '--indicator',
        'PN01',
        '--value',
        '1,5',
      ]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Số liệu chưa được lưu');
      expect(run.stderr).toContain('“1,5”: số đếm');
      expect(run.stderr).toContain('Năm 2021');
      t.reopen();
      expect((await t.must('figures.form', { requestId })).saved).toBe(false);
      expect(await t.must('submissions.list', { requestId })).toEqual([]);
    },
  );

  it(
    'enters one option of a breakdown with --by, and refuses unknown indicators, options and columns',
    { timeout: SLOW },
    async () => {
      const base = ['figures', 'set', '--request', String(requestId), '--agency', 'Hội Liên hiệp Phụ nữ tỉnh'];
      const run = cli([
        ...base,
        '--indicator',
        'NN01',
        '--column',
        '3',
        '--by',
        'sex=female',
        '--value',
        '4',
        '--json',
      ]);
      expect(run.status, run.stderr).toBe(0);
      t.reopen();
      const form = await t.must('figures.form', { requestId });
      expect(await sourceValues(ids.women)).toEqual([
        { column: column(form, 'Năm 2023'), key: 'NN01|sex=female', value: 4 },
      ]);

      const option = cli([...base, '--indicator', 'NN01', '--by', 'sex=other', '--value', '1']);
      expect(option.status).toBe(1);
      expect(option.stderr).toContain('không có nhóm “other”');
      expect(option.stderr).toContain('female: Nữ');

      const breakdown = cli([...base, '--indicator', 'PN01', '--by', 'sex=female', '--value', '1']);
      expect(breakdown.status).toBe(1);
      expect(breakdown.stderr).toContain('PN01 không có phân tổ');

      const unknown = cli([...base, '--indicator', 'ZZ99', '--value', '1']);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('Không có chỉ tiêu mã “ZZ99”');

      const outOfForm = cli([...base, '--indicator', 'NL01', '--value', '1']);
      expect(outOfForm.status).toBe(1);
      expect(outOfForm.stderr).toContain('không có chỉ tiêu NL01');

      const columnNumber = cli([...base, '--indicator', 'NN01', '--column', '9', '--value', '1']);
      expect(columnNumber.status).toBe(1);
      expect(columnNumber.stderr).toContain('không có cột số “9”');
      expect(columnNumber.stderr).toContain('6: Giai đoạn 2016 - 2020');

      const rate = cli([...base, '--indicator', 'TL05', '--value', '1']);
      expect(rate.status).toBe(1);
      expect(rate.stderr).toContain('tự tính');

      expect(await sourceValues(ids.women)).toHaveLength(1);
    },
  );
});

/** Fills cells of the template's data sheet, found through its hidden map by value key and column. */
async function fill(file: string, cells: Array<{ key: string; column: string; value: string | number }>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const map = workbook.getWorksheet('PlanDesk')!;
  const sheet = workbook.getWorksheet('Số liệu')!;
  for (const cell of cells) {
    let address: string | null = null;
    for (let row = 7; row <= map.rowCount && address === null; row++) {
      const line = map.getRow(row);
      if (line.getCell(2).value === cell.key && line.getCell(3).value === cell.column)
        address = String(line.getCell(1).value);
    }
    if (address === null) throw new Error(`no cell for ${cell.key}`);
    sheet.getCell(address).value = cell.value;
  }
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('figures template and import', () => {
  it('writes a template a dry run reads without saving, then imports it', { timeout: SLOW }, async () => {
    const out = cli([
      'figures',
      'template',
      '--request',
      String(requestId),
      '--agency',
      'Tòa án nhân dân tỉnh',
      '--out',
      t.dir,
      '--json',
    ]);
    expect(out.status, out.stderr).toBe(0);
    const written = JSON.parse(out.stdout) as { file: string; bytes: number };
    expect(path.dirname(written.file)).toBe(t.dir);
    expect(readdirSync(t.dir).filter((name) => name.endsWith('.xlsx'))).toEqual([path.basename(written.file)]);
    t.reopen();
    const form = await t.must('figures.form', { requestId });
    expect(form.saved).toBe(true);
    await fill(written.file, [{ key: 'XX01', column: column(form, 'Năm 2021'), value: '1.020' }]);

    const args = ['figures', 'import', written.file, '--request', String(requestId), '--json'];
    const dry = cli([...args, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    const preview = JSON.parse(dry.stdout) as FiguresImport;
    expect(preview.applied).toBe(false);
    expect(preview.files[0]).toMatchObject({ agency: 'Tòa án nhân dân tỉnh', refusal: null, added: 1, changed: 0 });
    expect(await sourceValues(ids.court)).toEqual([]);

    const real = cli(args);
    expect(real.status, real.stderr).toBe(0);
    expect((JSON.parse(real.stdout) as FiguresImport).files[0]).toMatchObject({ added: 1, importable: true });
    expect(await sourceValues(ids.court)).toEqual([{ column: column(form, 'Năm 2021'), key: 'XX01', value: 1020 }]);

    const again = cli(['figures', 'import', written.file, '--request', String(requestId)]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('Tòa án nhân dân tỉnh: 0 mới, 0 thay đổi, 0 xoá, 1 không đổi');
  });

  it('prints each refused cell and exits 1, importing nothing of the file', { timeout: SLOW }, async () => {
    const file = path.join(t.dir, 'vks.xlsx');
    const out = cli([
      'figures',
      'template',
      '--request',
      String(requestId),
      '--agency',
      String(ids.procuracy),
      '--out',
      file,
    ]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain(file);
    t.reopen();
    const form = await t.must('figures.form', { requestId });
    await fill(file, [
      { key: 'TT01', column: column(form, 'Năm 2023'), value: 2 },
      { key: 'TT02', column: column(form, 'Năm 2023'), value: '1,5' },
    ]);
    const run = cli(['figures', 'import', file, '--request', String(requestId)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('vks.xlsx — Viện Kiểm sát nhân dân tỉnh: 1 ô không đọc được');
    expect(run.stdout).toMatch(/Ô [A-Z]+\d+ .*“1,5”/);
    expect(run.stderr).toContain('1 tệp không nhập được');
    expect(await sourceValues(ids.procuracy)).toEqual([]);

    const other = cli(['figures', 'import', file, '--request', String(requestId), '--agency', 'Sở Tư pháp']);
    expect(other.status).toBe(1);
    expect(other.stdout).toContain('--confirm-other-source');
  });
});

describe('consolidate', () => {
  it(
    'sums PN01 over two agencies, takes XX01 from the court, rates TL05 and lists the checks',
    { timeout: SLOW },
    async () => {
      const form = await t.must('figures.form', { requestId });
      const saved = await t.must('figures.saveForm', {
        requestId,
        indicatorCodes: form.indicators.map((indicator) => indicator.code),
        columns: form.columns,
      });
      const [y21, y22] = [column(saved, 'Năm 2021'), column(saved, 'Năm 2022')];
      const set = (agencyId: number, cells: Array<[string, string, string]>) =>
        t.must('figures.setValues', {
          requestId,
          agencyId,
          cells: cells.map(([columnKey, key, text]) => ({ column: columnKey, key, text })),
        });
      await set(ids.women, [
        [y21, 'PN01', '10'],
        [y22, 'PN01', '5'],
      ]);
      await set(ids.justice, [[y21, 'PN01', '2']]);
      await set(ids.court, [
        [y21, 'XX01', '10'],
        [y21, 'XX02', '8'],
      ]);
      await set(ids.police, [
        [y21, 'XX01', '12'],
        [y21, 'TG01', '5'],
        [y21, 'TG02', '7'],
      ]);

      const run = cli(['consolidate', '--request', String(requestId), '--json']);
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as {
        request: { id: number; uuid: string; title: string; dueOn: string };
        sources: Array<{ agency: string; status: string }>;
        missing: string[];
        values: Array<{
          indicator: string;
          total: number | null;
          columns: (number | null)[];
          breakdowns: Record<string, Record<string, number | null>>;
          bySource: Array<{ agency: string; total: number | null }>;
        }>;
        rates: Array<{ indicator: string; value: number | null; target: number | null; met: boolean | null }>;
        violations: Array<{ rule: string; agency: string; importance: string; message: string }>;
      };
      expect(Object.keys(result)).toEqual(['request', 'sources', 'missing', 'values', 'rates', 'violations']);
      expect(result.request).toMatchObject({ id: requestId, dueOn: '2025-06-20' });
      expect(result.sources).toContainEqual({ agency: 'Công an tỉnh', status: 'entered' });
      expect(result.sources).toContainEqual({ agency: 'Viện Kiểm sát nhân dân tỉnh', status: 'missing' });
      expect(result.missing).toEqual(['Viện Kiểm sát nhân dân tỉnh']);

      const pn01 = result.values.find((value) => value.indicator === 'PN01')!;
      expect(pn01.total).toBe(17);
      expect(pn01.columns).toEqual([12, 5, null, null, null, null]);
      expect(pn01.bySource).toContainEqual({ agency: 'Hội Liên hiệp Phụ nữ tỉnh', total: 15 });
      expect(pn01.bySource).toContainEqual({ agency: 'Sở Tư pháp', total: 2 });
      expect(pn01.bySource).toContainEqual({ agency: 'Công an tỉnh', total: null });
      const xx01 = result.values.find((value) => value.indicator === 'XX01')!;
      expect(xx01.total).toBe(10);
      expect(xx01.columns[0]).toBe(10);
      expect(xx01.bySource).toContainEqual({ agency: 'Công an tỉnh', total: 12 });
      const nn01 = result.values.find((value) => value.indicator === 'NN01')!;
      expect(nn01.breakdowns.sex).toEqual({ male: null, female: null });

      expect(result.rates.find((rate) => rate.indicator === 'TL05')).toMatchObject({
        value: 0.8,
        target: 0.9,
        met: false,
      });
      expect(result.violations).toContainEqual(
        expect.objectContaining({ rule: 'TG02<=TG01', agency: 'Công an tỉnh', importance: 'error' }),
      );
      expect(result.violations.every((violation) => typeof violation.message === 'string')).toBe(true);

      const human = cli(['consolidate', '--request', String(requestId)]);
      expect(human.status, human.stderr).toBe(0);
      expect(human.stdout).toMatch(/PN01 .* 12 +5 .* 17/);
      expect(human.stdout).toContain('Không đạt');
      expect(human.stdout).toContain('[Lỗi] Công an tỉnh — Năm 2021');
      expect(human.stdout).toContain('Chưa có số liệu (1): Viện Kiểm sát nhân dân tỉnh');
    },
  );
});
