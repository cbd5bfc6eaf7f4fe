/**
 * Agencies' figures through the API, on a real file with the real migrations (issue 10): the form proposed for the
 * 836/KH-UBND review, typed figures read the Vietnamese way and refused whole on one bad cell, the checks, comments,
 * accepting and returning, the template out and back with its dry run, and the consolidation.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, FigureForm } from '../../electron/api/contract';
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

async function savedForm(): Promise<FigureForm> {
  const proposed = await t.must('figures.form', { requestId });
  return t.must('figures.saveForm', {
    requestId,
    indicatorCodes: proposed.indicators.map((indicator) => indicator.code),
    columns: proposed.columns,
  });
}

const column = (form: FigureForm, label: string) => form.columns.find((item) => item.label === label)!.uuid;

describe('the form of a request', () => {
  it('proposes a column per year of the review and the previous period, and the indicators of its outline', async () => {
    const form = await t.must('figures.form', { requestId });
    expect(form.saved).toBe(false);
    expect(form.year).toBe(2025);
    expect(form.columns.map((item) => [item.label, item.role])).toEqual([
      ['Năm 2021', 'slice'],
      ['Năm 2022', 'slice'],
      ['Năm 2023', 'slice'],
      ['Năm 2024', 'slice'],
      ['Năm 2025', 'slice'],
      ['Giai đoạn 2016 - 2020', 'previous'],
    ]);
    expect(form.columns[0]).toMatchObject({ periodFrom: '2021-02-09', periodTo: '2021-12-31' });
    const codes = form.indicators.map((indicator) => indicator.code);
    expect(codes).toContain('PN01');
    expect(codes).toContain('TL05');
    // The outline names neither law-making nor capacity building.
    expect(codes).not.toContain('NL01');
    expect(form.sources.map((source) => source.status)).toEqual(Array(5).fill('missing'));
  });

  it('keeps a column with figures and refuses to drop it', async () => {
    const form = await savedForm();
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: column(form, 'Năm 2021'), key: 'PN01', text: '12' }],
    });
    const result = await t.call('figures.saveForm', {
      requestId,
      indicatorCodes: ['PN01'],
      columns: form.columns.filter((item) => item.label !== 'Năm 2021'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Năm 2021');
    const again = await t.must('figures.saveForm', {
      requestId,
      indicatorCodes: ['PN01', 'PN02'],
      columns: form.columns,
    });
    expect(again.columns.map((item) => item.uuid)).toEqual(form.columns.map((item) => item.uuid));
  });
});

describe('typing figures', () => {
  it('reads "1.234" as 1234, keeps 0 apart from blank, and clears a value with a blank', async () => {
    const form = await savedForm();
    const y21 = column(form, 'Năm 2021');
    const figures = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y21, key: 'PN02', text: '1.234' },
        { column: y21, key: 'PN01', text: '0' },
        { column: y21, key: 'PN03', text: '' },
      ],
    });
    expect(figures.values).toEqual(
      expect.arrayContaining([
        { column: y21, key: 'PN02', value: 1234 },
        { column: y21, key: 'PN01', value: 0 },
      ]),
    );
    expect(figures.values).toHaveLength(2);
    expect(figures.source.status).toBe('entered');
    const cleared = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: y21, key: 'PN01', text: ' ' }],
    });
    expect(cleared.values).toEqual([{ column: y21, key: 'PN02', value: 1234 }]);
  });

  it('refuses "1,5" in a count naming the cell, and saves none of the other cells', async () => {
    const form = await savedForm();
    const y22 = column(form, 'Năm 2022');
    const result = await t.call('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y22, key: 'PN01', text: '7' },
        { column: y22, key: 'PN02', text: '1,5' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toContain('Số lượt người tham dự tuyên truyền — Năm 2022');
    }
    expect((await t.must('figures.source', { requestId, agencyId: ids.women })).values).toEqual([]);
    const register = await t.must('submissions.list', { requestId });
    expect(register).toEqual([]);
  });

  it('keeps an agency with figures among the sources: the request cannot drop or exempt it', async () => {
    const form = await savedForm();
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: form.columns[0]!.uuid, key: 'PN01', text: '2' }],
    });
    const others = Object.values(ids).filter((id) => id !== ids.women);
    for (const request of [
      reviewRequestInput(others),
      reviewRequestInput(Object.values(ids), { exemptAgencyIds: [ids.women] }),
    ]) {
      const result = await t.call('requests.update', { id: requestId, request });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('Hội Liên hiệp Phụ nữ tỉnh');
    }
    expect(
      await t.call('requests.update', { id: requestId, request: reviewRequestInput([...others, ids.women]) }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses an agency the request is not asked of', async () => {
    const form = await savedForm();
    const others = await t.must('agencies.list', {});
    const outsider = others.find((agency) => !Object.values(ids).includes(agency.id))!;
    const result = await t.call('figures.setValues', {
      requestId,
      agencyId: outsider.id,
      cells: [{ column: form.columns[0]!.uuid, key: 'PN01', text: '1' }],
    });
    expect(result.ok).toBe(false);
  });

  it('records the first figures in the register, once, so the report counts as received', async () => {
    const form = await savedForm();
    const y21 = column(form, 'Năm 2021');
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      receivedOn: '2025-06-18',
      cells: [{ column: y21, key: 'PN01', text: '3' }],
    });
    await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [{ column: y21, key: 'PN02', text: '40' }],
    });
    const register = await t.must('submissions.list', { requestId });
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ agencyId: ids.women, receivedOn: '2025-06-18' });
    const detail = await t.must('requests.get', { id: requestId });
    expect(detail.statuses.find((status) => status.agencyId === ids.women)?.status).toBe('on_time');
  });
});

describe('checks, comments, accepting and returning', () => {
  it('blocks accepting on an error, asks a comment for a warning, then locks until returned', async () => {
    const form = await savedForm();
    const [y21, y22] = [column(form, 'Năm 2021'), column(form, 'Năm 2022')];
    const police = { requestId, agencyId: ids.police };
    let figures = await t.must('figures.setValues', {
      ...police,
      cells: [
        { column: y21, key: 'TG01', text: '10' },
        { column: y21, key: 'TG02', text: '12' },
        { column: y22, key: 'TG01', text: '40' },
      ],
    });
    const error = figures.violations.find((violation) => violation.rule === 'TG02<=TG01')!;
    expect(error).toMatchObject({ importance: 'error', column: y21, columnLabel: 'Năm 2021' });
    expect(error.keys).toEqual(['TG02', 'TG01']);
    const jump = figures.violations.find((violation) => violation.rule === 'TG01:jump')!;
    expect(jump).toMatchObject({ importance: 'warning', column: y22 });

    let refused = await t.call('figures.accept', police);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('lỗi');

    figures = await t.must('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '9' }] });
    expect(figures.violations.map((violation) => violation.rule)).toEqual(['TG01:jump']);
    refused = await t.call('figures.accept', police);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('giải trình');

    await t.must('figures.comment', {
      ...police,
      rule: 'TG01:jump',
      column: y22,
      comment: 'Năm 2022 mở đợt cao điểm.',
    });
    figures = await t.must('figures.accept', police);
    expect(figures.source.status).toBe('accepted');
    expect(figures.violations[0]!.comment).toBe('Năm 2022 mở đợt cao điểm.');

    const locked = await t.call('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '8' }] });
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.code).toBe('CONFLICT');

    figures = await t.must('figures.return', { ...police, reason: 'Số năm 2021 chưa khớp với sổ thụ lý.' });
    expect(figures.source).toMatchObject({ status: 'returned', statusNote: 'Số năm 2021 chưa khớp với sổ thụ lý.' });
    figures = await t.must('figures.setValues', { ...police, cells: [{ column: y21, key: 'TG02', text: '8' }] });
    expect(figures.source.status).toBe('entered');
  });

  it('checks a partition once a part is entered and an "of which" part against its total', async () => {
    const form = await savedForm();
    const y23 = column(form, 'Năm 2023');
    const figures = await t.must('figures.setValues', {
      requestId,
      agencyId: ids.women,
      cells: [
        { column: y23, key: 'NN01', text: '5' },
        { column: y23, key: 'NN01|sex=male', text: '1' },
        { column: y23, key: 'NN01|sex=female', text: '3' },
        { column: y23, key: 'NN01|purpose=sexual', text: '6' },
      ],
    });
    const rules = figures.violations.map((violation) => violation.rule).sort();
    expect(rules).toEqual(['NN01:purpose:sexual:of_which', 'NN01:sex:partition']);
  });
});

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
