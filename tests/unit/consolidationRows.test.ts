/**
 * The consolidation screen's pure helpers: texts in the Vietnamese way, blank never shown as 0, rows grouped by
 * area, chart series per slice, and the codes new breakdown options get.
 */
import { describe, expect, it } from 'vitest';
import type { ConsolidatedValue, FormColumn, IndicatorListItem } from '../../core/figures/records';
import {
  breakdownLines,
  defaultChartIndicators,
  foldedCode,
  formatChange,
  rateSeries,
  rateStanding,
  sliceSeries,
  smallSeries,
  targetText,
  valueRows,
  wrapLabel,
} from '../../renderer/src/figures/consolidationRows';

const column = (uuid: string, label: string, role: FormColumn['role'] = 'slice'): FormColumn => ({
  uuid,
  label,
  role,
  periodFrom: null,
  periodTo: null,
});
const COLUMNS = [column('a', '2024'), column('b', '2025'), column('p', '2019–2023', 'previous')];

const value = (indicator: string, columns: (number | null)[], extra: Partial<ConsolidatedValue> = {}) =>
  ({
    indicator,
    name: `Chỉ tiêu ${indicator}`,
    unit: 'người',
    kind: 'count',
    aggregation: 'sum',
    designatedAgency: null,
    total: null,
    columns,
    previous: null,
    change: null,
    breakdowns: {},
    bySource: [],
    disagreements: [],
    ...extra,
  }) satisfies ConsolidatedValue;

const indicator = (code: string, area: IndicatorListItem['area'], extra: Partial<IndicatorListItem> = {}) =>
  ({
    code,
    name: `Chỉ tiêu ${code}`,
    unit: 'người',
    kind: 'count',
    area,
    aggregation: 'sum',
    designatedAgencyId: null,
    designatedAgency: null,
    computed: false,
    numerator: null,
    denominator: null,
    target: null,
    rangeMin: null,
    rangeMax: null,
    breakdowns: [],
    fromYear: null,
    retired: false,
    origin: 'catalogue',
    ...extra,
  }) satisfies IndicatorListItem;

describe('formatChange', () => {
  it('signs the amount and the share the Vietnamese way', () => {
    expect(formatChange({ amount: 12, share: 0.2 }, 'count')).toBe('+12 (+20,0%)');
    expect(formatChange({ amount: -1234, share: -0.1 }, 'count')).toBe('−1.234 (−10,0%)');
    expect(formatChange({ amount: 0, share: 0 }, 'count')).toBe('0 (0,0%)');
  });
  it('gives the amount alone when the previous period was 0, nothing when there is no change', () => {
    expect(formatChange({ amount: 5, share: null }, 'count')).toBe('+5');
    expect(formatChange({ amount: 2.5, share: null }, 'amount')).toBe('+2,5');
    expect(formatChange(null, 'count')).toBe('');
  });
});

describe('targets and rates', () => {
  it('writes a target as the plan does', () => {
    expect(targetText(0.9)).toBe('≥ 90%');
    expect(targetText(0.95)).toBe('≥ 95%');
    expect(targetText(1)).toBe('100%');
    expect(targetText(null)).toBe('');
  });
  it('tells met, not met, not enough figures and no target apart', () => {
    expect(rateStanding({ target: 0.9, met: true })).toBe('met');
    expect(rateStanding({ target: 0.9, met: false })).toBe('unmet');
    expect(rateStanding({ target: 0.9, met: null })).toBe('unknown');
    expect(rateStanding({ target: null, met: null })).toBe('none');
  });
  it('turns shares into percentages for the chart, keeping blank', () => {
    expect(
      rateSeries([
        { indicator: 'TL02', name: 'A', value: 0.9234, columns: [], target: 0.9, met: true },
        { indicator: 'TL03', name: 'B', value: null, columns: [], target: 0.9, met: null },
        { indicator: 'TL09', name: 'C', value: null, columns: [], target: null, met: null },
      ]),
    ).toEqual([
      { code: 'TL02', name: 'A', value: 92.3, target: 90, met: true },
      { code: 'TL03', name: 'B', value: null, target: 90, met: null },
    ]);
  });
});

describe('valueRows', () => {
  it('puts a heading before each area in the outline order, unknown indicators last', () => {
    const rows = valueRows(
      [value('HT01', []), value('PN01', []), value('ZZ01', []), value('PN02', [])],
      [indicator('PN01', 'prevention'), indicator('PN02', 'prevention'), indicator('HT01', 'support')],
    );
    expect(rows.map((row) => (row.type === 'area' ? `# ${row.area}` : row.value.indicator))).toEqual([
      '# prevention',
      'PN01',
      'PN02',
      '# support',
      'HT01',
      '# other',
      'ZZ01',
    ]);
  });
});

describe('charts per slice', () => {
  const values = [value('A1', [null, null, 4]), value('B1', [3, null, null]), value('C1', [0, 1, null])];
  it('starts with the indicators that have a figure in a slice (a previous period alone does not count)', () => {
    expect(defaultChartIndicators(values, COLUMNS)).toEqual(['B1', 'C1']);
  });
  it('sends a series under an eighth of the largest to the right axis', () => {
    const data = [
      { column: '2024', big: 8500, small: 45, mid: 2000 },
      { column: '2025', big: 9200, small: null, mid: 1000 },
    ];
    expect(smallSeries(data, ['big', 'small', 'mid'])).toEqual(['small']);
    expect(smallSeries(data, ['big', 'mid'])).toEqual([]);
    expect(smallSeries(data, ['small', 'mid'])).toEqual(['small']);
    expect(smallSeries([{ column: '2024', a: null }], ['a'])).toEqual([]);
  });
  it('keeps blank as null and 0 as 0, one point per slice', () => {
    expect(sliceSeries(values, COLUMNS, ['B1', 'C1'])).toEqual([
      { column: '2024', B1: 3, C1: 0 },
      { column: '2025', B1: null, C1: 1 },
    ]);
  });
});

describe('breakdownLines', () => {
  it('names options from the catalogue and keeps options it no longer lists', () => {
    const lines = breakdownLines(
      value('NN01', [], { breakdowns: { sex: { female: 3, male: null, old: 1 } } }),
      indicator('NN01', 'victims', {
        breakdowns: [
          {
            code: 'sex',
            name: 'Giới tính',
            kind: 'partition',
            options: [
              { code: 'male', name: 'Nam' },
              { code: 'female', name: 'Nữ' },
            ],
          },
        ],
      }),
    );
    expect(lines).toEqual([
      {
        code: 'sex',
        name: 'Giới tính',
        kind: 'partition',
        options: [
          { code: 'male', name: 'Nam', value: null },
          { code: 'female', name: 'Nữ', value: 3 },
          { code: 'old', name: 'old', value: 1 },
        ],
      },
    ]);
  });
});

describe('foldedCode', () => {
  it('folds the name to lowercase letters, digits and underscores', () => {
    expect(foldedCode('Từ 60 tuổi trở lên', [])).toBe('tu_60_tuoi_tro_len');
    expect(foldedCode('Đồng bào dân tộc', [])).toBe('dong_bao_dan_toc');
    expect(foldedCode('18 tuổi trở lên', [])).toBe('18_tuoi_tro_len');
  });
  it('makes it unique and fits the contract', () => {
    expect(foldedCode('Nam', ['nam', 'nam_2'])).toBe('nam_3');
    expect(foldedCode('!!!', [])).toBe('nhom');
    expect(foldedCode('2 năm', [], { letterFirst: true })).toBe('n_2_nam');
    const long = foldedCode('Hỗ trợ học nghề, giới thiệu việc làm và vay vốn sản xuất kinh doanh', ['x']);
    expect(long).toMatch(/^[a-z0-9][a-z0-9_]{0,30}$/);
    expect(foldedCode(long.replace(/_.*/, ''), [long.replace(/_.*/, '')])).toMatch(/^[a-z0-9][a-z0-9_]{0,30}$/);
  });
});

describe('wrapLabel', () => {
  it('breaks between words and cuts after the last line', () => {
    expect(wrapLabel('Tỷ lệ giải quyết, xét xử', 12)).toEqual(['Tỷ lệ giải', 'quyết, xét', 'xử']);
    expect(wrapLabel('một hai ba bốn năm sáu bảy', 7, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});
