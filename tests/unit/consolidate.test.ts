/**
 * Consolidation on a fixture computed by hand (issue 10, "Done when"): two years and the previous period, four
 * sources, a summed indicator, a designated-source one with a cross-check that disagrees, a partition, a rate
 * against its target, and blank kept apart from 0.
 */
import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../core/figures/breakdowns';
import { consolidate, type SourceValue } from '../../core/figures/consolidate';

const POLICE = 1;
const PROCURACY = 2;
const COURT = 3;
const LABOUR = 4;

const sex: Breakdown = {
  code: 'sex',
  name: 'Giới tính',
  kind: 'partition',
  options: [
    { code: 'male', name: 'Nam' },
    { code: 'female', name: 'Nữ' },
  ],
};

const v = (source: number, column: string, key: string, value: number | null): SourceValue => ({
  source,
  column,
  key,
  value,
});

const result = consolidate({
  indicators: [
    { code: 'TG01', aggregation: 'sum', breakdowns: [] },
    { code: 'TG02', aggregation: 'sum', breakdowns: [] },
    { code: 'XX01', aggregation: 'source', designatedSource: COURT, breakdowns: [] },
    { code: 'NN01', aggregation: 'sum', breakdowns: [sex] },
    { code: 'TT01', aggregation: 'sum', breakdowns: [] },
    { code: 'TT02', aggregation: 'sum', breakdowns: [] },
  ],
  rates: [
    { code: 'TL01', numerator: 'TG02', denominator: 'TG01', target: 0.9 },
    { code: 'TL02', numerator: 'XX01', denominator: 'XX01', target: 0.95 },
    { code: 'TL03', numerator: 'TT01', denominator: 'TT02', target: 0.9 },
  ],
  columns: [
    { key: '2021', role: 'slice' },
    { key: '2022', role: 'slice' },
    { key: '2016-2020', role: 'previous' },
  ],
  sources: [POLICE, PROCURACY, COURT, LABOUR],
  values: [
    // Denunciations received: police and procuracy; the procuracy left 2022 blank.
    v(POLICE, '2021', 'TG01', 10),
    v(POLICE, '2022', 'TG01', 12),
    v(PROCURACY, '2021', 'TG01', 2),
    v(PROCURACY, '2022', 'TG01', null),
    v(POLICE, '2016-2020', 'TG01', 30),
    v(PROCURACY, '2016-2020', 'TG01', 5),
    // Resolved.
    v(POLICE, '2021', 'TG02', 9),
    v(POLICE, '2022', 'TG02', 11),
    v(POLICE, '2016-2020', 'TG02', 28),
    // Cases tried: the court's figure stands; the police counted one more in 2022, the procuracy agrees.
    v(COURT, '2021', 'XX01', 4),
    v(COURT, '2022', 'XX01', 5),
    v(POLICE, '2021', 'XX01', 4),
    v(POLICE, '2022', 'XX01', 6),
    v(PROCURACY, '2021', 'XX01', 4),
    v(PROCURACY, '2022', 'XX01', 5),
    // Victims by sex, from the police in 2021 and the labour department in 2022 (its "nam" blank).
    v(POLICE, '2021', 'NN01', 3),
    v(POLICE, '2021', 'NN01|sex=male', 1),
    v(POLICE, '2021', 'NN01|sex=female', 2),
    v(LABOUR, '2022', 'NN01', 2),
    v(LABOUR, '2022', 'NN01|sex=female', 2),
    // TT01 reported as none, TT02 not reported at all.
    v(LABOUR, '2021', 'TT01', 0),
  ],
});

const indicator = (code: string) => result.indicators.find((item) => item.code === code)!;
const rate = (code: string) => result.rates.find((item) => item.code === code)!;

describe('consolidate', () => {
  it('sums an indicator over its sources per column, over the years, and against the previous period', () => {
    const received = indicator('TG01');
    expect(received.columns).toEqual([12, 12, 35]);
    expect(received.total).toBe(24);
    expect(received.previous).toBe(35);
    expect(received.change!.amount).toBe(-11);
    expect(received.change!.share).toBeCloseTo(-11 / 35, 12);
    expect(received.bySource).toEqual([
      { source: POLICE, total: 22 },
      { source: PROCURACY, total: 2 },
      { source: COURT, total: null },
      { source: LABOUR, total: null },
    ]);
    expect(received.disagreements).toEqual([]);
  });

  it('takes a designated source’s figure, never the sum of stages, and shows who disagrees', () => {
    const tried = indicator('XX01');
    expect(tried.columns).toEqual([4, 5, null]);
    expect(tried.total).toBe(9);
    expect(tried.previous).toBeNull();
    expect(tried.change).toBeNull();
    expect(tried.disagreements).toEqual([{ source: POLICE, total: 10, standing: 9 }]);
  });

  it('adds up a breakdown’s options over sources and years', () => {
    const victims = indicator('NN01');
    expect(victims.total).toBe(5);
    expect(victims.breakdowns).toEqual({ sex: { male: 1, female: 4 } });
  });

  it('computes each rate per column and over the years, and says whether it meets its target', () => {
    const resolution = rate('TL01');
    expect(resolution.columns[0]).toBeCloseTo(9 / 12, 12);
    expect(resolution.columns[1]).toBeCloseTo(11 / 12, 12);
    expect(resolution.columns[2]).toBeCloseTo(28 / 35, 12);
    expect(resolution.value).toBeCloseTo(20 / 24, 12);
    expect(resolution.met).toBe(false);
    expect(rate('TL02')).toMatchObject({ value: 1, target: 0.95, met: true });
  });

  it('keeps 0 (none) apart from blank (not reported), and computes no rate over nothing', () => {
    expect(indicator('TT01')).toMatchObject({ columns: [0, null, null], total: 0 });
    expect(indicator('TT02')).toMatchObject({ columns: [null, null, null], total: null });
    expect(rate('TL03')).toMatchObject({ value: null, met: null });
  });

  it('counts a rate that reaches its target exactly as met', () => {
    const exact = consolidate({
      indicators: [
        { code: 'A', aggregation: 'sum', breakdowns: [] },
        { code: 'B', aggregation: 'sum', breakdowns: [] },
      ],
      rates: [{ code: 'R', numerator: 'A', denominator: 'B', target: 0.9 }],
      columns: [{ key: '2025', role: 'slice' }],
      sources: [1],
      values: [v(1, '2025', 'A', 27), v(1, '2025', 'B', 30)],
    });
    expect(exact.rates[0]!.met).toBe(true);
  });
});
