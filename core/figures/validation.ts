/**
 * Validation rules in DHIS2's shape (docs/figures.md, "Validation"): a left side and a right side, each the sum of
 * some values with its own missing-value strategy, an operator between them, an importance. Errors block accepting
 * a source's figures; warnings ask for a comment. Operands are value keys (an indicator's total, or one option of
 * one of its breakdowns); where values come from is the caller's business.
 */
import { formatFigure } from './numbers';

export const RULE_OPERATORS = ['==', '!=', '<', '<=', '>', '>=', 'compulsory_pair', 'exclusive_pair'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/**
 * What a side is when some of its values are blank: skipped when any is (the default, and what the pair operators
 * need), skipped only when all are, or never skipped (a blank counts as 0).
 */
export const MISSING_VALUE_STRATEGIES = ['skip_if_any_missing', 'skip_if_all_missing', 'never_skip'] as const;
export type MissingValueStrategy = (typeof MISSING_VALUE_STRATEGIES)[number];

export const RULE_IMPORTANCES = ['error', 'warning'] as const;
export type RuleImportance = (typeof RULE_IMPORTANCES)[number];

export interface RuleSide {
  /** Value keys summed. */
  operands: readonly string[];
  missing: MissingValueStrategy;
  /** How the officer reads this side: "Tổng số vụ đã khởi tố". */
  description: string;
}

export interface ValidationRule {
  code: string;
  name: string;
  importance: RuleImportance;
  operator: RuleOperator;
  left: RuleSide;
  right: RuleSide;
}

export interface Violation {
  rule: string;
  importance: RuleImportance;
  left: number | null;
  right: number | null;
  message: string;
}

/** A value by its key; `null` is blank (not reported), 0 is none. */
export type ValueLookup = (key: string) => number | null;

interface SideValue {
  /** Every operand blank. */
  empty: boolean;
  /** `null` when the side is skipped under its strategy. */
  value: number | null;
}

function sideValue(side: RuleSide, lookup: ValueLookup): SideValue {
  const values = side.operands.map(lookup);
  const blanks = values.filter((value) => value === null).length;
  const empty = blanks === values.length;
  const sum = values.reduce<number>((total, value) => total + (value ?? 0), 0);
  if (side.missing === 'skip_if_any_missing' && blanks > 0) return { empty, value: null };
  if (side.missing === 'skip_if_all_missing' && empty) return { empty, value: null };
  return { empty, value: sum };
}

const OPERATOR_TEXT: Record<Exclude<RuleOperator, 'compulsory_pair' | 'exclusive_pair'>, string> = {
  '==': 'bằng',
  '!=': 'khác',
  '<': 'nhỏ hơn',
  '<=': 'không lớn hơn',
  '>': 'lớn hơn',
  '>=': 'không nhỏ hơn',
};

function holds(operator: keyof typeof OPERATOR_TEXT, left: number, right: number): boolean {
  switch (operator) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

/** The rule's violation for these values, or null when it holds or is skipped. */
export function evaluateRule(rule: ValidationRule, lookup: ValueLookup): Violation | null {
  const left = sideValue(rule.left, lookup);
  const right = sideValue(rule.right, lookup);
  const violation = (message: string): Violation => ({
    rule: rule.code,
    importance: rule.importance,
    left: left.value,
    right: right.value,
    message: `${rule.name}: ${message}`,
  });
  if (rule.operator === 'compulsory_pair') {
    if (left.empty === right.empty) return null;
    const [given, missing] = left.empty ? [rule.right, rule.left] : [rule.left, rule.right];
    return violation(`đã có “${given.description}” thì phải có cả “${missing.description}”.`);
  }
  if (rule.operator === 'exclusive_pair') {
    if (left.empty || right.empty) return null;
    return violation(`“${rule.left.description}” và “${rule.right.description}” không thể cùng có số liệu.`);
  }
  if (left.value === null || right.value === null) return null;
  if (holds(rule.operator, left.value, right.value)) return null;
  return violation(
    `${rule.left.description} (${formatFigure(left.value, 'amount')}) phải ${OPERATOR_TEXT[rule.operator]} ` +
      `${rule.right.description.charAt(0).toLocaleLowerCase('vi')}${rule.right.description.slice(1)} ` +
      `(${formatFigure(right.value, 'amount')}).`,
  );
}

export function evaluateRules(rules: readonly ValidationRule[], lookup: ValueLookup): Violation[] {
  return rules.flatMap((rule) => evaluateRule(rule, lookup) ?? []);
}

/**
 * A value far from the same source's previous periods: more than three times the last one reported, or less than
 * a third of it, and more than 5 apart. Counts here are small and mostly zero, so a z-score would cry wolf; a
 * warning, never a block (docs/figures.md, "Validation").
 */
export function jumpFrom(previous: readonly (number | null)[], current: number | null): string | null {
  const last = [...previous].reverse().find((value) => value !== null) ?? null;
  if (current === null || last === null || Math.abs(current - last) <= 5) return null;
  if (current > 3 * last) {
    return `${formatFigure(current, 'amount')} gấp hơn 3 lần kỳ trước (${formatFigure(last, 'amount')}); hãy kiểm tra lại.`;
  }
  if (3 * current < last) {
    return `${formatFigure(current, 'amount')} chưa bằng một phần ba kỳ trước (${formatFigure(last, 'amount')}); hãy kiểm tra lại.`;
  }
  return null;
}
