/**
 * The proposed form of a request and the checks of one source's figures (core/figures/form.ts,
 * core/figures/sourceChecks.ts): which columns a data window gives, which areas an outline names, which rules a
 * form keeps, and ranges and jumps firing where they should and staying quiet where they should not.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_RULES, SEX } from '../../core/figures/catalogue';
import { outlineAreas, proposedColumns, requestYear } from '../../core/figures/form';
import { checkSource, formRules, type CheckedIndicator } from '../../core/figures/sourceChecks';

describe('proposedColumns', () => {
  it('gives each year of a multi-year window, clipped to it, and the previous period of the same length', () => {
    const columns = proposedColumns({ dataFrom: '2021-02-09', dataTo: '2025-06-15', dueOn: '2025-06-20' });
    expect(columns.map((column) => column.label)).toEqual([
      'Năm 2021',
      'Năm 2022',
      'Năm 2023',
      'Năm 2024',
      'Năm 2025',
      'Giai đoạn 2016 - 2020',
    ]);
    expect(columns[0]).toMatchObject({ periodFrom: '2021-02-09', periodTo: '2021-12-31', role: 'slice' });
    expect(columns[4]).toMatchObject({ periodFrom: '2025-01-01', periodTo: '2025-06-15' });
    expect(columns[5]).toMatchObject({ periodFrom: '2016-01-01', periodTo: '2020-12-31', role: 'previous' });
  });

  it('keeps a half year across New Year, a quarter, and a request without a window as one column', () => {
    for (const window of [
      { dataFrom: '2024-12-15', dataTo: '2025-06-14' },
      { dataFrom: '2025-03-15', dataTo: '2025-06-14' },
      { dataFrom: null, dataTo: null },
    ]) {
      const columns = proposedColumns({ ...window, dueOn: '2025-06-20' });
      expect(columns).toEqual([
        { label: 'Kỳ báo cáo', role: 'slice', periodFrom: window.dataFrom, periodTo: window.dataTo },
      ]);
    }
  });

  it('gives two whole years as two columns and the two before them', () => {
    const columns = proposedColumns({ dataFrom: '2024-01-01', dataTo: '2025-12-31', dueOn: '2026-01-10' });
    expect(columns.map((column) => column.label)).toEqual(['Năm 2024', 'Năm 2025', 'Giai đoạn 2022 - 2023']);
  });

  it('reads the year of the form from the end of the window, else the due date', () => {
    expect(requestYear({ dataTo: '2025-06-15', dueOn: '2026-01-05' })).toBe(2025);
    expect(requestYear({ dataTo: null, dueOn: '2026-01-05' })).toBe(2026);
  });
});

describe('outlineAreas', () => {
  it('finds the areas an outline names, with or without diacritics', () => {
    expect(outlineAreas(['Hỗ trợ nạn nhân', 'cong tac phong ngua'])).toEqual(['prevention', 'support']);
  });

  it('gives every area when the outline names none', () => {
    expect(outlineAreas([])).toHaveLength(9);
    expect(outlineAreas(['Kiến nghị, đề xuất'])).toHaveLength(9);
  });
});

const victims: CheckedIndicator = {
  code: 'NN01',
  name: 'Số nạn nhân',
  breakdowns: [SEX],
  rangeMin: null,
  rangeMax: null,
};
const supported: CheckedIndicator = {
  code: 'HT01',
  name: 'Số nạn nhân được hỗ trợ',
  breakdowns: [],
  rangeMin: null,
  rangeMax: 50,
};
const columns = [
  { key: 'y1', role: 'slice' as const },
  { key: 'y2', role: 'slice' as const },
  { key: 'prev', role: 'previous' as const },
];
const values = (byColumn: Record<string, Record<string, number>>) =>
  new Map(Object.entries(byColumn).map(([column, byKey]) => [column, new Map(Object.entries(byKey))]));

describe('formRules', () => {
  it('keeps a rule between indicators only when the form asks for both, and adds the breakdowns rules', () => {
    const rules = formRules([victims], CATALOGUE_RULES).map((rule) => rule.code);
    expect(rules).toEqual(['NN01:sex:partition']);
    expect(formRules([victims, supported], CATALOGUE_RULES).map((rule) => rule.code)).toContain('HT01<=NN01');
  });
});

describe('checkSource', () => {
  const rules = formRules([victims, supported], CATALOGUE_RULES);
  const check = (byColumn: Record<string, Record<string, number>>, earlier?: Record<string, number>) =>
    checkSource({
      rules,
      indicators: [victims, supported],
      columns,
      values: values(byColumn),
      ...(earlier ? { earlier: new Map(Object.entries(earlier)) } : {}),
    }).map((item) => `${item.column} ${item.rule} ${item.importance}`);

  it('is quiet on consistent figures', () => {
    expect(check({ y1: { NN01: 4, 'NN01|sex=male': 1, 'NN01|sex=female': 3, HT01: 4 }, y2: { NN01: 6 } })).toEqual([]);
  });

  it('names the column of an error: a partition that does not add up, more supported than identified', () => {
    expect(check({ y1: { NN01: 4, 'NN01|sex=male': 1 }, y2: { NN01: 5, HT01: 6 } })).toEqual([
      'y1 NN01:sex:partition error',
      'y2 HT01<=NN01 error',
    ]);
  });

  it('warns outside the range the officer set, and on a jump of more than 3× and more than 5 from the slice before', () => {
    expect(check({ y1: { NN01: 2, HT01: 51 }, y2: { NN01: 8 } })).toEqual([
      'y1 HT01<=NN01 error',
      'y1 HT01:range warning',
      'y2 NN01:jump warning',
    ]);
    // 2 → 7 is more than 3× but only 5 apart; the previous period is never a slice to jump from.
    expect(check({ y1: { NN01: 2 }, y2: { NN01: 7 }, prev: { NN01: 100 } })).toEqual([]);
  });

  it("compares the first slice with the source's own last figure of the earlier periods", () => {
    expect(check({ y1: { NN01: 30 } }, { NN01: 4 })).toEqual(['y1 NN01:jump warning']);
    expect(check({ y1: { NN01: 10 } }, { NN01: 4 })).toEqual([]);
  });
});
