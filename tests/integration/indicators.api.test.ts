/**
 * The indicator catalogue through the API and the CLI (issue 10, item 7: `indicators list --json`): the shipped
 * set with each designated source named from this office's directory, the rates with their targets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorListItem } from '../../electron/api/contract';
import { closeStore } from '../../db/open';
import { runCli } from '../support/cli';
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
