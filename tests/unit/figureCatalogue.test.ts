/**
 * The shipped indicator catalogue holds together: codes unique, the nine areas covered, the five central targets
 * linked to indicators that exist, designated sources that the seeded directory has, rules over real indicators,
 * and breakdowns whose options are unique and whose partitions are never "of which" lists by mistake.
 */
import { describe, expect, it } from 'vitest';
import { breakdownRules } from '../../core/figures/breakdowns';
import { CATALOGUE_INDICATORS, CATALOGUE_RATES, CATALOGUE_RULES, FIGURE_AREAS } from '../../core/figures/catalogue';
import { evaluateRules } from '../../core/figures/validation';
import { AGENCY_SEEDS } from '../../db/seed/agencyDirectory';

const codes = CATALOGUE_INDICATORS.map((indicator) => indicator.code);

describe('the indicator catalogue', () => {
  it('has 40–60 entries with unique codes, covering every area of the review outline', () => {
    const all = [...codes, ...CATALOGUE_RATES.map((rate) => rate.code)];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeLessThanOrEqual(60);
    expect(new Set(all).size).toBe(all.length);
    const areas = new Set(CATALOGUE_INDICATORS.map((indicator) => indicator.area));
    expect([...areas].sort()).toEqual(FIGURE_AREAS.map((area) => area.code).sort());
  });

  it('links the five targets of the 2024 central plan to indicators it has', () => {
    expect(CATALOGUE_RATES.map((rate) => [rate.code, rate.target])).toEqual([
      ['TL01', 1],
      ['TL02', 0.9],
      ['TL03', 0.9],
      ['TL04', 0.95],
      ['TL05', 0.9],
    ]);
    for (const rate of CATALOGUE_RATES) {
      expect(codes, rate.code).toContain(rate.numerator);
      expect(codes, rate.code).toContain(rate.denominator);
    }
  });

  it('takes cases and denunciations from one designated agency the directory has, at both levels', () => {
    const seeded = new Set(AGENCY_SEEDS.map((seed) => seed.seedKey));
    const designated = CATALOGUE_INDICATORS.filter((indicator) => indicator.aggregation === 'source');
    expect(designated.map((indicator) => indicator.code)).toEqual(
      expect.arrayContaining(['TG01', 'DT01', 'TT01', 'XX01', 'XX02']),
    );
    for (const indicator of designated) {
      expect(seeded, indicator.code).toContain(indicator.designatedSource!.province);
      expect(seeded, indicator.code).toContain(indicator.designatedSource!.central);
    }
    for (const indicator of CATALOGUE_INDICATORS.filter((item) => item.aggregation === 'sum')) {
      expect(indicator.designatedSource, indicator.code).toBeUndefined();
    }
  });

  it('writes its rules over indicators it has, and they hold on consistent figures', () => {
    for (const rule of CATALOGUE_RULES) {
      for (const operand of [...rule.left.operands, ...rule.right.operands])
        expect(codes, rule.code).toContain(operand);
    }
    const consistent: Record<string, number> = { TG01: 10, TG02: 9, TG03: 10, DT01: 5, DT03: 5, TT01: 4, TT03: 4 };
    expect(evaluateRules(CATALOGUE_RULES, (key) => consistent[key] ?? null)).toEqual([]);
    const broken = evaluateRules(CATALOGUE_RULES, (key) => ({ ...consistent, TG02: 11 })[key] ?? null);
    expect(broken.map((violation) => violation.rule)).toEqual(['TG02<=TG01']);
  });

  it('gives each breakdown unique options, partitions for what splits a total and "of which" for what overlaps', () => {
    for (const indicator of CATALOGUE_INDICATORS) {
      for (const breakdown of indicator.breakdowns) {
        const options = breakdown.options.map((option) => option.code);
        expect(new Set(options).size, `${indicator.code} ${breakdown.code}`).toBe(options.length);
        expect(breakdownRules(indicator, breakdown).length).toBeGreaterThan(0);
      }
    }
    const kindOf = (code: string) =>
      CATALOGUE_INDICATORS.flatMap((indicator) => indicator.breakdowns).find((breakdown) => breakdown.code === code)!
        .kind;
    expect(['sex', 'age', 'ethnicity', 'where', 'funding'].map(kindOf)).toEqual(Array(5).fill('partition'));
    expect(['purpose', 'support'].map(kindOf)).toEqual(['of_which', 'of_which']);
  });

  it('counts people and cases in whole numbers and money in triệu đồng', () => {
    for (const indicator of CATALOGUE_INDICATORS) {
      expect(indicator.kind === 'amount', indicator.code).toBe(indicator.unit === 'triệu đồng');
    }
  });
});
