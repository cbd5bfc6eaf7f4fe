/**
 * Breakdowns of an indicator (docs/figures.md, "Breakdowns"): a named list of options, either a partition (the
 * parts add up to the total: nam + nữ = tổng) or an "of which" list (trong đó: each part at most the total). The
 * rules they imply are generated, not typed by the officer.
 */
import type { ValidationRule } from './validation';

export const BREAKDOWN_KINDS = ['partition', 'of_which'] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export interface BreakdownOption {
  code: string;
  name: string;
}

export interface Breakdown {
  code: string;
  name: string;
  kind: BreakdownKind;
  options: readonly BreakdownOption[];
}

/** The key of an indicator's total, or of one option of one of its breakdowns: `NN01`, `NN01|sex=female`. */
export function valueKey(indicator: string, part?: { breakdown: string; option: string }): string {
  return part ? `${indicator}|${part.breakdown}=${part.option}` : indicator;
}

export function breakdownRules(indicator: { code: string; name: string }, breakdown: Breakdown): ValidationRule[] {
  const total = { operands: [valueKey(indicator.code)], description: `Tổng ${lowerFirst(indicator.name)}` };
  const part = (option: BreakdownOption) =>
    valueKey(indicator.code, { breakdown: breakdown.code, option: option.code });
  if (breakdown.kind === 'partition') {
    return [
      {
        code: `${indicator.code}:${breakdown.code}:partition`,
        name: `${indicator.name}, chia theo ${lowerFirst(breakdown.name)}`,
        importance: 'error',
        operator: '==',
        // A total with no split entered is not checked; a split with a blank part counts the blank as none.
        left: { ...total, missing: 'skip_if_any_missing' },
        right: {
          operands: breakdown.options.map(part),
          missing: 'skip_if_all_missing',
          description: `Cộng các phần theo ${lowerFirst(breakdown.name)}`,
        },
      },
    ];
  }
  return breakdown.options.map((option) => ({
    code: `${indicator.code}:${breakdown.code}:${option.code}:of_which`,
    name: `${indicator.name}, trong đó ${lowerFirst(option.name)}`,
    importance: 'error' as const,
    operator: '<=' as const,
    left: {
      operands: [part(option)],
      missing: 'skip_if_any_missing' as const,
      description: `Trong đó ${lowerFirst(option.name)}`,
    },
    right: { ...total, missing: 'skip_if_any_missing' as const },
  }));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
