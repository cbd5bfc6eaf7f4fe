/**
 * Where each figure sits in the Excel template an agency fills in offline (docs/figures.md, "Templates"): one row
 * per indicator total and per breakdown option under it, one column per reporting slice of the request. Pure, so
 * the writer and the reader of the template can never disagree about a cell.
 */
import { valueKey, type Breakdown } from './breakdowns';
import type { FigureKind } from './numbers';

/** Written in the template's hidden sheet; a template of another layout version is refused, never half-read. */
export const TEMPLATE_MARK = 'plan-desk-figures-template';
export const TEMPLATE_VERSION = 1;

export interface TemplateIndicator {
  code: string;
  name: string;
  unit: string;
  kind: FigureKind;
  breakdowns: readonly Breakdown[];
}

export interface TemplateColumn {
  key: string;
  label: string;
}

export type TemplateRow =
  | { type: 'indicator'; number: number; label: string; unit: string; key: string; kind: FigureKind }
  | { type: 'heading'; label: string }
  | { type: 'option'; label: string; key: string; kind: FigureKind };

/** The rows under the header, in order. */
export function templateRows(indicators: readonly TemplateIndicator[]): TemplateRow[] {
  return indicators.flatMap((indicator, index): TemplateRow[] => [
    {
      type: 'indicator',
      number: index + 1,
      label: indicator.name,
      unit: indicator.unit,
      key: valueKey(indicator.code),
      kind: indicator.kind,
    },
    ...indicator.breakdowns.flatMap((breakdown): TemplateRow[] => [
      { type: 'heading', label: breakdown.kind === 'partition' ? `Chia theo ${lower(breakdown.name)}:` : 'Trong đó:' },
      ...breakdown.options.map((option): TemplateRow => ({
        type: 'option',
        label: `– ${option.name}`,
        key: valueKey(indicator.code, { breakdown: breakdown.code, option: option.code }),
        kind: indicator.kind,
      })),
    ]),
  ]);
}

function lower(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
