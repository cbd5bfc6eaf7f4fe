/**
 * The first pure pieces of agencies' figures (issue 10): numbers the Vietnamese way, validation rules in DHIS2's
 * shape with their missing-value strategies, the rules breakdowns imply, and the jump warning.
 */
import { describe, expect, it } from 'vitest';
import { breakdownRules, valueKey, type Breakdown } from '../../core/figures/breakdowns';
import { formatFigure, formatRate, parseFigure } from '../../core/figures/numbers';
import { evaluateRule, evaluateRules, jumpFrom, type ValidationRule } from '../../core/figures/validation';

describe('parseFigure', () => {
  it.each([
    ['1.234', 'count', 1234],
    ['1.234.567', 'count', 1234567],
    ['12 345', 'count', 12345],
    ['1\u00a0234', 'count', 1234],
    ['0', 'count', 0],
    ['1,5', 'amount', 1.5],
    ['1.234,75', 'amount', 1234.75],
    [42, 'count', 42],
  ] as const)('reads %j as a %s: %d', (typed, kind, value) => {
    expect(parseFigure(typed, kind)).toEqual({ ok: true, value });
  });

  it('keeps blank (not reported) apart from 0 (none)', () => {
    expect(parseFigure('', 'count')).toEqual({ ok: true, value: null });
    expect(parseFigure('   ', 'count')).toEqual({ ok: true, value: null });
    expect(parseFigure(null, 'count')).toEqual({ ok: true, value: null });
    expect(parseFigure('0', 'count')).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['1,5', 'count', 'số đếm (vụ, người, lượt…) không có phần thập phân'],
    ['-3', 'count', 'số âm'],
    ['1.5', 'amount', 'dấu chấm chỉ dùng để phân cách hàng nghìn'],
    ['12.34', 'count', 'dấu chấm chỉ dùng để phân cách hàng nghìn'],
    ['1.23', 'count', 'dấu chấm chỉ dùng để phân cách hàng nghìn'],
    ['abc', 'count', 'không phải là số'],
    ['1.2.3', 'count', 'không phải là số'],
    [2.5, 'count', 'không có phần thập phân'],
  ] as const)('refuses %j as a %s in Vietnamese', (typed, kind, message) => {
    const parsed = parseFigure(typed, kind);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('writes figures and rates back the Vietnamese way, blank as nothing', () => {
    expect(formatFigure(1234567, 'count')).toBe('1.234.567');
    expect(formatFigure(1234.5, 'amount')).toBe('1.234,5');
    expect(formatFigure(null, 'count')).toBe('');
    expect(formatFigure(0, 'count')).toBe('0');
    expect(formatRate(0.9234)).toBe('92,3%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('');
  });
});

const resolvedNotAboveReceived: ValidationRule = {
  code: 'resolved<=received',
  name: 'Giải quyết tố giác, tin báo',
  importance: 'error',
  operator: '<=',
  left: { operands: ['TG02'], missing: 'skip_if_any_missing', description: 'Số đã giải quyết' },
  right: { operands: ['TG01'], missing: 'skip_if_any_missing', description: 'Số tiếp nhận' },
};

const lookup =
  (values: Record<string, number | null>) =>
  (key: string): number | null =>
    values[key] ?? null;

describe('evaluateRule', () => {
  it('says which figure breaks the rule, with both values', () => {
    const violation = evaluateRule(resolvedNotAboveReceived, lookup({ TG01: 10, TG02: 12 }));
    expect(violation).toEqual({
      rule: 'resolved<=received',
      importance: 'error',
      left: 12,
      right: 10,
      message: 'Giải quyết tố giác, tin báo: Số đã giải quyết (12) phải không lớn hơn số tiếp nhận (10).',
    });
    expect(evaluateRule(resolvedNotAboveReceived, lookup({ TG01: 12, TG02: 12 }))).toBeNull();
  });

  it.each([
    ['==', 3, 3, true],
    ['==', 3, 4, false],
    ['!=', 3, 4, true],
    ['<', 3, 3, false],
    ['<=', 3, 3, true],
    ['>', 4, 3, true],
    ['>=', 2, 3, false],
  ] as const)('%s holds for %d and %d: %s', (operator, left, right, ok) => {
    const rule = { ...resolvedNotAboveReceived, operator };
    expect(evaluateRule(rule, lookup({ TG02: left, TG01: right })) === null).toBe(ok);
  });

  it('skips a side under its missing-value strategy, or counts blanks as 0 when it must never skip', () => {
    const sumRule = (missing: 'skip_if_any_missing' | 'skip_if_all_missing' | 'never_skip'): ValidationRule => ({
      ...resolvedNotAboveReceived,
      operator: '==',
      left: { operands: ['A', 'B'], missing, description: 'A + B' },
      right: { operands: ['T'], missing: 'never_skip', description: 'Tổng' },
    });
    const oneBlank = lookup({ A: 2, B: null, T: 5 });
    const allBlank = lookup({ T: 5 });
    expect(evaluateRule(sumRule('skip_if_any_missing'), oneBlank)).toBeNull();
    expect(evaluateRule(sumRule('skip_if_all_missing'), oneBlank)?.left).toBe(2);
    expect(evaluateRule(sumRule('skip_if_all_missing'), allBlank)).toBeNull();
    expect(evaluateRule(sumRule('never_skip'), allBlank)?.left).toBe(0);
  });

  it('checks a compulsory pair and an exclusive pair on whether each side has data', () => {
    const pair = (operator: 'compulsory_pair' | 'exclusive_pair'): ValidationRule => ({
      code: operator,
      name: 'Nạn nhân',
      importance: 'warning',
      operator,
      left: { operands: ['NN01'], missing: 'skip_if_any_missing', description: 'Số nạn nhân được xác định' },
      right: { operands: ['HT01'], missing: 'skip_if_any_missing', description: 'Số nạn nhân được hỗ trợ' },
    });
    expect(evaluateRule(pair('compulsory_pair'), lookup({ NN01: 4 }))?.message).toBe(
      'Nạn nhân: đã có “Số nạn nhân được xác định” thì phải có cả “Số nạn nhân được hỗ trợ”.',
    );
    expect(evaluateRule(pair('compulsory_pair'), lookup({ NN01: 4, HT01: 0 }))).toBeNull();
    expect(evaluateRule(pair('compulsory_pair'), lookup({}))).toBeNull();
    expect(evaluateRule(pair('exclusive_pair'), lookup({ NN01: 4, HT01: 1 }))?.importance).toBe('warning');
    expect(evaluateRule(pair('exclusive_pair'), lookup({ NN01: 4 }))).toBeNull();
  });
});

const sex: Breakdown = {
  code: 'sex',
  name: 'Giới tính',
  kind: 'partition',
  options: [
    { code: 'male', name: 'Nam' },
    { code: 'female', name: 'Nữ' },
  ],
};
const support: Breakdown = {
  code: 'support',
  name: 'Hình thức hỗ trợ',
  kind: 'of_which',
  options: [
    { code: 'medical', name: 'Y tế' },
    { code: 'legal', name: 'Trợ giúp pháp lý' },
  ],
};
const victims = { code: 'NN01', name: 'Số nạn nhân được xác định' };
const key = (breakdown: string, option: string) => valueKey('NN01', { breakdown, option });

describe('breakdownRules', () => {
  it('requires a partition to add up to its total, once a part is entered', () => {
    const rules = breakdownRules(victims, sex);
    expect(evaluateRules(rules, lookup({ NN01: 10, [key('sex', 'male')]: 3, [key('sex', 'female')]: 6 }))).toEqual([
      expect.objectContaining({
        rule: 'NN01:sex:partition',
        left: 10,
        right: 9,
        message: expect.stringContaining(
          'Tổng số nạn nhân được xác định (10) phải bằng cộng các phần theo giới tính (9)',
        ),
      }),
    ]);
    expect(evaluateRules(rules, lookup({ NN01: 10, [key('sex', 'male')]: 4, [key('sex', 'female')]: 6 }))).toEqual([]);
    // No split entered: nothing to check. A blank part counts as none.
    expect(evaluateRules(rules, lookup({ NN01: 10 }))).toEqual([]);
    expect(evaluateRules(rules, lookup({ NN01: 10, [key('sex', 'female')]: 10 }))).toEqual([]);
  });

  it('keeps each "of which" part at most the total, and says which part', () => {
    const rules = breakdownRules(victims, support);
    const violations = evaluateRules(
      rules,
      lookup({ NN01: 5, [key('support', 'medical')]: 5, [key('support', 'legal')]: 7 }),
    );
    expect(violations.map((violation) => violation.rule)).toEqual(['NN01:support:legal:of_which']);
    expect(violations[0]!.message).toContain('trong đó trợ giúp pháp lý');
    // Parts of an "of which" list need not add up: 5 + 5 > 5 is fine.
    expect(
      evaluateRules(rules, lookup({ NN01: 5, [key('support', 'medical')]: 5, [key('support', 'legal')]: 5 })),
    ).toEqual([]);
  });
});

describe('jumpFrom', () => {
  it('warns of a value more than three times the last period, or under a third of it, when more than 5 apart', () => {
    expect(jumpFrom([2, 4], 13)).toContain('gấp hơn 3 lần kỳ trước (4)');
    expect(jumpFrom([30], 9)).toContain('chưa bằng một phần ba kỳ trước (30)');
    expect(jumpFrom([1], 6)).toBeNull(); // 6× but only 5 apart
    expect(jumpFrom([4], 12)).toBeNull(); // 3×, not more
    expect(jumpFrom([4, null], 13)).toContain('(4)'); // the last period reported
    expect(jumpFrom([], 100)).toBeNull();
    expect(jumpFrom([4], null)).toBeNull();
  });
});
