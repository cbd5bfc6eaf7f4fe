/**
 * The indicator dialog's form values: filled from the indicator being changed, and turned into what
 * `indicators.save` takes.
 */
import type { BreakdownKind } from '../../../core/figures/breakdowns';
import { FIGURE_AREAS, type Aggregation, type FigureArea } from '../../../core/figures/catalogue';
import { formatFigure, parseFigure, type FigureKind } from '../../../core/figures/numbers';
import type { IndicatorListItem } from '../../../core/figures/records';
import type { ChannelInput } from '../../../electron/api/contract';
import { foldedCode } from './consolidationRows';

type IndicatorInput = ChannelInput<'indicators.save'>;

export interface OptionValues {
  code?: string;
  name: string;
}

export interface BreakdownValues {
  code?: string;
  name: string;
  kind: BreakdownKind;
  options: OptionValues[];
}

export interface IndicatorFormValues {
  code: string;
  fromYear: number;
  name: string;
  unit: string;
  kind: FigureKind;
  area: FigureArea;
  aggregation: Aggregation;
  designatedAgencyId: number | null;
  rangeMin: string;
  rangeMax: string;
  breakdowns: BreakdownValues[];
}

export function initialValues(indicator: IndicatorListItem | null, year: number): IndicatorFormValues {
  return {
    code: indicator?.code ?? '',
    fromYear: year,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    kind: indicator?.kind ?? 'count',
    area: indicator?.area ?? FIGURE_AREAS[0].code,
    aggregation: indicator?.aggregation ?? 'sum',
    designatedAgencyId: indicator?.designatedAgencyId ?? null,
    rangeMin: indicator ? formatFigure(indicator.rangeMin, indicator.kind) : '',
    rangeMax: indicator ? formatFigure(indicator.rangeMax, indicator.kind) : '',
    breakdowns: (indicator?.breakdowns ?? []).map((breakdown) => ({
      code: breakdown.code,
      name: breakdown.name,
      kind: breakdown.kind,
      options: breakdown.options.map((option) => ({ code: option.code, name: option.name })),
    })),
  };
}

/** A range bound as typed the Vietnamese way ("1.000"), blank for none. */
export function bound(text: string | undefined, kind: FigureKind): number | null {
  const parsed = parseFigure(text ?? '', kind);
  return parsed.ok ? parsed.value : null;
}

/** What to save from the dialog; an indicator being changed keeps its code. */
export function indicatorToSave(values: IndicatorFormValues, before: IndicatorListItem | null): IndicatorInput {
  return {
    code: before?.code ?? values.code.trim(),
    fromYear: values.fromYear,
    name: values.name.trim(),
    unit: values.unit.trim(),
    kind: values.kind,
    area: values.area,
    aggregation: values.aggregation,
    designatedAgencyId: values.aggregation === 'source' ? values.designatedAgencyId : null,
    rangeMin: bound(values.rangeMin, values.kind),
    rangeMax: bound(values.rangeMax, values.kind),
    breakdowns: breakdownsToSave(values.breakdowns ?? [], before),
  };
}

/**
 * The breakdowns to save: existing options keep their codes (figures entered under them stay theirs), new ones
 * get one from their folded name, never one the indicator used before, even for an option just removed.
 */
function breakdownsToSave(values: BreakdownValues[], before: IndicatorListItem | null): IndicatorInput['breakdowns'] {
  const usedBreakdowns = new Set([
    ...(before?.breakdowns ?? []).map((breakdown) => breakdown.code),
    ...values.flatMap((breakdown) => (breakdown.code ? [breakdown.code] : [])),
  ]);
  return values.map((breakdown) => {
    let code = breakdown.code;
    if (!code) {
      code = foldedCode(breakdown.name, usedBreakdowns, { letterFirst: true });
      usedBreakdowns.add(code);
    }
    const earlier = before?.breakdowns.find((item) => item.code === code);
    const usedOptions = new Set([
      ...(earlier?.options ?? []).map((option) => option.code),
      ...breakdown.options.flatMap((option) => (option.code ? [option.code] : [])),
    ]);
    return {
      code,
      name: breakdown.name.trim(),
      kind: breakdown.kind,
      options: breakdown.options.map((option) => {
        if (option.code) return { code: option.code, name: option.name.trim() };
        const optionCode = foldedCode(option.name, usedOptions);
        usedOptions.add(optionCode);
        return { code: optionCode, name: option.name.trim() };
      }),
    };
  });
}
