/**
 * The indicator catalogue through the API and the CLI (issue 10, item 7: `indicators list --json`): the shipped
 * set with each designated source named from this office's directory, the rates with their targets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorListItem } from '../../electron/api/contract';
import { closeStore } from '../../db/open';
import { runCli } from '../support/cli';
import { reviewRequestInput } from '../support/samples';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
});

afterEach(() => {
  t.cleanup();
});

describe('indicators.list', () => {
  it('names the agency whose figure stands, from the directory, and gives each rate its target', async () => {
    const list = await t.must('indicators.list', {});
    const byCode = new Map(list.map((indicator) => [indicator.code, indicator]));
    expect(byCode.get('XX01')).toMatchObject({ aggregation: 'source', designatedAgency: 'Tòa án nhân dân tỉnh' });
    expect(byCode.get('TT01')).toMatchObject({ designatedAgency: 'Viện Kiểm sát nhân dân tỉnh' });
    expect(byCode.get('PN01')).toMatchObject({ aggregation: 'sum', designatedAgency: null, computed: false });
    expect(byCode.get('TL02')).toMatchObject({ computed: true, numerator: 'TG02', denominator: 'TG01', target: 0.9 });
    expect(byCode.get('NN01')!.breakdowns.find((breakdown) => breakdown.code === 'sex')).toEqual({
      code: 'sex',
      name: 'Giới tính',
      kind: 'partition',
      options: [
        { code: 'male', name: 'Nam' },
        { code: 'female', name: 'Nữ' },
      ],
    });
  });

  it('prints the same list as JSON from the CLI', async () => {
    const expected = await t.must('indicators.list', {});
    closeStore(t.store);
    const run = runCli(t.dbPath, ['indicators', 'list', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout) as IndicatorListItem[]).toEqual(expected);
  });
});

describe('the catalogue over the years', () => {
  it('renames, retires and adds from a year on, leaving earlier years and their figures as entered', async () => {
    const agencies = await t.must('agencies.list', {});
    const women = agencies.find((agency) => agency.seedKey === 'province.hoi-lien-hiep-phu-nu-tinh')!.id;
    const request = await t.must('requests.create', reviewRequestInput([women]));
    const form = await t.must('figures.form', { requestId: request.id });
    await t.must('figures.saveForm', {
      requestId: request.id,
      indicatorCodes: ['PN01', 'PN05'],
      columns: form.columns,
    });
    const column = (await t.must('figures.form', { requestId: request.id })).columns[0]!.uuid;
    await t.must('figures.setValues', {
      requestId: request.id,
      agencyId: women,
      cells: [{ column, key: 'PN01', text: '9' }],
    });

    const pn01 = (await t.must('indicators.list', { year: 2025 })).find((item) => item.code === 'PN01')!;
    await t.must('indicators.save', { ...pn01, fromYear: 2026, name: 'Số cuộc truyền thông trực tiếp' });
    await t.must('indicators.retire', { code: 'PN05', fromYear: 2026 });
    await t.must('indicators.save', {
      code: 'PN09',
      fromYear: 2026,
      name: 'Số buổi sinh hoạt',
      unit: 'buổi',
      area: 'prevention',
    });
    const tl02 = (await t.must('indicators.list', {})).find((item) => item.code === 'TL02')!;
    await t.must('indicators.save', { ...tl02, fromYear: 2026, target: 0.95 });

    const in2025 = new Map((await t.must('indicators.list', { year: 2025 })).map((item) => [item.code, item]));
    const in2026 = new Map((await t.must('indicators.list', { year: 2026 })).map((item) => [item.code, item]));
    expect(in2025.get('PN01')!.name).toBe('Số cuộc tuyên truyền');
    expect(in2026.get('PN01')!.name).toBe('Số cuộc truyền thông trực tiếp');
    expect(in2025.has('PN05')).toBe(true);
    expect(in2026.has('PN05')).toBe(false);
    expect(
      (await t.must('indicators.list', { year: 2026, includeRetired: true })).find((item) => item.code === 'PN05'),
    ).toMatchObject({ retired: true, fromYear: 2026 });
    expect(in2025.has('PN09')).toBe(false);
    expect(in2026.get('PN09')).toMatchObject({ origin: 'office', unit: 'buổi' });
    expect(in2025.get('TL02')!.target).toBe(0.9);
    expect(in2026.get('TL02')).toMatchObject({ target: 0.95, computed: true, numerator: 'TG02' });

    // The 2025 review still reads as entered: its names, its retired indicator, its figure.
    const after = await t.must('figures.form', { requestId: request.id });
    expect(after.indicators.map((item) => [item.code, item.name])).toEqual([
      ['PN01', 'Số cuộc tuyên truyền'],
      ['PN05', 'Số mô hình, câu lạc bộ phòng, chống mua bán người'],
    ]);
    const figures = await t.must('figures.source', { requestId: request.id, agencyId: women });
    expect(figures.values).toEqual([{ column, key: 'PN01', value: 9 }]);
  });

  it('refuses a code that is not one, in Vietnamese, and saves nothing', async () => {
    const result = await t.call('indicators.save', {
      code: 'pn 1',
      fromYear: 2026,
      name: 'X',
      unit: 'vụ',
      area: 'law',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Mã chỉ tiêu');
    expect(t.store.sqlite.prepare("select count(*) from indicators where origin = 'office'").pluck().get()).toBe(0);
  });
});
