/**
 * The checks one source's figures go through in a request (docs/figures.md, "Validation"): the rules between
 * indicators of the form, the rules its breakdowns imply, the officer's ranges, and jumps from the same source's
 * previous period — each evaluated per column, each violation naming the keys it concerns so the grid shows it
 * beside their cells.
 */
import { breakdownRules, valueKey, type Breakdown } from './breakdowns';
import { formatFigure } from './numbers';
import { evaluateRule, jumpFrom, type RuleImportance, type ValidationRule } from './validation';

export interface CheckedIndicator {
  code: string;
  name: string;
  breakdowns: readonly Breakdown[];
  rangeMin: number | null;
  rangeMax: number | null;
}

export interface CheckedColumn {
  key: string;
  role: 'slice' | 'previous';
}

export interface SourceCheck {
  rule: string;
  importance: RuleImportance;
  column: string;
  keys: string[];
  message: string;
}

/** The rules of a form: the catalogue's rules whose every operand the form asks for, and its breakdowns' rules. */
export function formRules(
  indicators: readonly CheckedIndicator[],
  betweenIndicators: readonly ValidationRule[],
): ValidationRule[] {
  const asked = new Set(indicators.map((indicator) => indicator.code));
  return [
    ...betweenIndicators.filter((rule) =>
      [...rule.left.operands, ...rule.right.operands].every((operand) => asked.has(operand.split('|')[0]!)),
    ),
    ...indicators.flatMap((indicator) =>
      indicator.breakdowns.flatMap((breakdown) => breakdownRules(indicator, breakdown)),
    ),
  ];
}

/**
 * Every check that fires on one source's values. `values` is column key → value key → value (blank keys absent);
 * `earlier` is the source's own last figure per key before this request, for the jump of the first slice.
 */
export function checkSource(input: {
  rules: readonly ValidationRule[];
  indicators: readonly CheckedIndicator[];
  columns: readonly CheckedColumn[];
  values: ReadonlyMap<string, ReadonlyMap<string, number>>;
  earlier?: ReadonlyMap<string, number>;
}): SourceCheck[] {
  const checks: SourceCheck[] = [];
  const slices = input.columns.filter((column) => column.role === 'slice');
  for (const column of input.columns) {
    const values = input.values.get(column.key);
    if (!values || values.size === 0) continue;
    const lookup = (key: string) => values.get(key) ?? null;
    for (const rule of input.rules) {
      const violation = evaluateRule(rule, lookup);
      if (violation) {
        checks.push({
          rule: rule.code,
          importance: violation.importance,
          column: column.key,
          keys: [...rule.left.operands, ...rule.right.operands],
          message: violation.message,
        });
      }
    }
    for (const indicator of input.indicators) {
      const key = valueKey(indicator.code);
      const value = values.get(key);
      if (value === undefined) continue;
      const range = outOfRange(indicator, value);
      if (range) {
        checks.push({
          rule: `${indicator.code}:range`,
          importance: 'warning',
          column: column.key,
          keys: [key],
          message: range,
        });
      }
      if (column.role !== 'slice') continue;
      const at = slices.indexOf(column);
      const before =
        at > 0 ? (input.values.get(slices[at - 1]!.key)?.get(key) ?? null) : (input.earlier?.get(key) ?? null);
      const jump = jumpFrom([before], value);
      if (jump) {
        checks.push({
          rule: `${indicator.code}:jump`,
          importance: 'warning',
          column: column.key,
          keys: [key],
          message: `${indicator.name}: ${jump}`,
        });
      }
    }
  }
  return checks;
}

function outOfRange(indicator: CheckedIndicator, value: number): string | null {
  if (indicator.rangeMin !== null && value < indicator.rangeMin) {
    return `${indicator.name}: ${formatFigure(value, 'amount')} nhỏ hơn mức thấp nhất đã đặt (${formatFigure(indicator.rangeMin, 'amount')}); hãy kiểm tra lại.`;
  }
  if (indicator.rangeMax !== null && value > indicator.rangeMax) {
    return `${indicator.name}: ${formatFigure(value, 'amount')} lớn hơn mức cao nhất đã đặt (${formatFigure(indicator.rangeMax, 'amount')}); hãy kiểm tra lại.`;
  }
  return null;
}

/** Where a warning's comment is kept: one per rule and column. */
export function commentKey(rule: string, column: string): string {
  return `${rule}@${column}`;
}
