/**
 * Agencies' figures through the API, on a real file with the real migrations (issue 10): the Excel template out and
 * back with its dry run and its refusals, re-importing that changes nothing, and the consolidation checked value by
 * value (typing and the checks: figures.api.test.ts).
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, FigureForm } from '../../electron/api/contract';
import { reviewRequestInput } from '../support/samples';
import { columnOf, createReview, saveProposedForm, type ReviewSource } from '../support/figures';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
let ids: Record<ReviewSource, number>;
let requestId: number;

beforeEach(async () => {
  t = openTempStore();
  ({ ids, requestId } = await createReview(t));
});

afterEach(() => t.cleanup());

const savedForm = () => saveProposedForm(t, requestId);
const column = columnOf;

async function template(agencyId: number): Promise<ExportedFile> {
  const [file] = await t.must('figures.template', { requestId, agencyIds: [agencyId] });
  return file!;
}

async function fill(file: ExportedFile, values: Record<string, string | number>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Số liệu')!;
  for (const [address, value] of Object.entries(values)) sheet.getCell(address).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The cell of a key in a column, from the template's hidden map. */
async function cellOf(file: ExportedFile, key: string, columnLabel: string, form: FigureForm): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  const map = workbook.getWorksheet('PlanDesk')!;
  const uuid = column(form, columnLabel);
  for (let row = 7; row <= map.rowCount; row++) {
    const cells = map.getRow(row);
    if (cells.getCell(2).value === key && cells.getCell(3).value === uuid) return String(cells.getCell(1).value);
  }
  throw new Error(`no cell for ${key} in ${columnLabel}`);
}

describe('templates out and back', () => {
  it('previews, imports, and changes nothing when the same file comes again', async () => {
    const file = await template(ids.court);
    const form = await t.must('figures.form', { requestId });
    expect(form.saved).toBe(true);
    const base64 = await fill(file, {
      [await cellOf(file, 'XX01', 'Năm 2021', form)]: 4,
      [await cellOf(file, 'XX02', 'Năm 2021', form)]: '3',
      [await cellOf(file, 'XX01', 'Giai đoạn 2016 - 2020', form)]: '1.020',
    });
    const input = { requestId, files: [{ fileName: 'toa-an.xlsx', base64 }] };
    const preview = await t.must('figures.previewImport', input);
    expect(preview.applied).toBe(false);
    expect(preview.files[0]).toMatchObject({
      refusal: null,
      agency: 'Tòa án nhân dân tỉnh',
      added: 3,
      importable: true,
    });
    expect((await t.must('figures.source', { requestId, agencyId: ids.court })).values).toEqual([]);

    const imported = await t.must('figures.import', input);
    expect(imported.files[0]).toMatchObject({ added: 3, importable: true });
    const figures = await t.must('figures.source', { requestId, agencyId: ids.court });
    expect(figures.values).toContainEqual({ column: column(form, 'Giai đoạn 2016 - 2020'), key: 'XX01', value: 1020 });
    const register = await t.must('submissions.list', { requestId, agencyId: ids.court });
    expect(register).toHaveLength(1);
    expect(register[0]!.files.map((item) => item.fileName)).toEqual(['toa-an.xlsx']);

    const stamps = () =>
      t.store.sqlite.prepare('select uuid, value, updated_at from figure_values order by id').all() as unknown[];
    const before = stamps();
    const again = await t.must('figures.import', input);
    expect(again.files[0]).toMatchObject({ added: 0, changed: 0, cleared: 0, unchanged: 3 });
    expect(stamps()).toEqual(before);
    expect(await t.must('submissions.list', { requestId, agencyId: ids.court })).toHaveLength(1);
  });

  it('refuses a file with a bad cell, naming it, and imports nothing of it', async () => {
    const file = await template(ids.procuracy);
    const form = await t.must('figures.form', { requestId });
    const bad = await cellOf(file, 'TT02', 'Năm 2023', form);
    const base64 = await fill(file, { [await cellOf(file, 'TT01', 'Năm 2023', form)]: 2, [bad]: '1,5' });
    const result = await t.must('figures.import', { requestId, files: [{ fileName: 'vks.xlsx', base64 }] });
    expect(result.files[0]!.importable).toBe(false);
    expect(result.files[0]!.problems[0]!.cell).toBe(bad);
    expect(result.files[0]!.problems[0]!.message).toContain(`Ô ${bad}`);
    expect((await t.must('figures.source', { requestId, agencyId: ids.procuracy })).values).toEqual([]);
  });

  it("refuses another request's template, and another source's unless the officer confirms", async () => {
    const file = await template(ids.justice);
    const other = (await t.must('requests.create', reviewRequestInput([ids.justice], { title: 'Một yêu cầu khác' })))
      .id;
    const foreign = await t.must('figures.previewImport', {
      requestId: other,
      files: [{ fileName: 'stp.xlsx', base64: file.base64 }],
    });
    expect(foreign.files[0]!.refusal).toContain('yêu cầu báo cáo khác');

    const chosen = { requestId, agencyId: ids.women, files: [{ fileName: 'stp.xlsx', base64: file.base64 }] };
    const refused = await t.must('figures.previewImport', chosen);
    expect(refused.files[0]).toMatchObject({ otherSource: true, importable: false });
    expect(refused.files[0]!.refusal).toContain('cơ quan khác');
    const confirmed = await t.must('figures.previewImport', { ...chosen, acceptOtherSource: true });
    expect(confirmed.files[0]).toMatchObject({
      refusal: null,
      otherSource: true,
      agencyId: ids.women,
      importable: true,
    });
  });
});

describe('the consolidation', () => {
  it('sums over sources, takes designated sources with the others as a cross-check, and rates against targets', async () => {
    const form = await savedForm();
    const [y21, y22, previous] = [
      column(form, 'Năm 2021'),
      column(form, 'Năm 2022'),
      column(form, 'Giai đoạn 2016 - 2020'),
    ];
    const set = (agencyId: number, cells: Array<[string, string, string]>) =>
      t.must('figures.setValues', {
        requestId,
        agencyId,
        cells: cells.map(([columnKey, key, text]) => ({ column: columnKey, key, text })),
      });
    await set(ids.women, [
      [y21, 'PN01', '10'],
      [y22, 'PN01', '5'],
      [previous, 'PN01', '20'],
    ]);
    await set(ids.justice, [
      [y21, 'PN01', '2'],
      [y22, 'PN01', '3'],
    ]);
    await set(ids.court, [
      [y21, 'XX01', '10'],
      [y21, 'XX02', '9'],
    ]);
    await set(ids.police, [[y21, 'XX01', '12']]);
    const result = await t.must('figures.consolidate', { requestId });
    const pn01 = result.values.find((value) => value.indicator === 'PN01')!;
    expect(pn01).toMatchObject({ total: 20, previous: 20, change: { amount: 0, share: 0 } });
    expect(pn01.columns.slice(0, 2)).toEqual([12, 8]);
    const xx01 = result.values.find((value) => value.indicator === 'XX01')!;
    expect(xx01.total).toBe(10);
    expect(xx01.disagreements).toEqual([{ agency: 'Công an tỉnh', total: 12, standing: 10 }]);
    expect(result.rates.find((rate) => rate.indicator === 'TL05')).toMatchObject({
      value: 0.9,
      target: 0.9,
      met: true,
    });
    expect(result.missing).toEqual(['Viện Kiểm sát nhân dân tỉnh']);
    expect(result.unaccepted).toHaveLength(4);
    expect(pn01.bySource.find((own) => own.agency === 'Sở Tư pháp')).toMatchObject({ total: 5 });

    // Listed source by source only where a cross-check needs it: the same figures, less detail.
    const lean = await t.must('figures.consolidate', { requestId, bySource: 'designated' });
    expect(lean.values.map(({ bySource: _own, ...value }) => value)).toEqual(
      result.values.map(({ bySource: _own, ...value }) => value),
    );
    expect(lean.values.find((value) => value.indicator === 'PN01')!.bySource).toEqual([]);
    expect(lean.values.find((value) => value.indicator === 'XX01')!.bySource).toEqual(xx01.bySource);
  });
});
