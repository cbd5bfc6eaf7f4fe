/** Small shared pieces of the figures screens: query keys, status colours, the grid's indicator shape. */
import type { FigureSourceStatus } from '../../../core/figures/form';
import type { TemplateIndicator } from '../../../core/figures/templateLayout';
import type { IndicatorListItem } from '../../../electron/api/contract/figures';

/** Under the 'figures' prefix, so `refresh: ['figures']` reloads the form, the sources and the consolidation. */
export function formKey(requestId: number): readonly unknown[] {
  return ['figures', 'form', requestId];
}

export function sourceKey(requestId: number, agencyId: number): readonly unknown[] {
  return ['figures', 'source', requestId, agencyId];
}

export const SOURCE_STATUS_COLORS: Record<FigureSourceStatus, string> = {
  missing: 'default',
  entered: 'blue',
  accepted: 'green',
  returned: 'orange',
};

/** The indicators the grid asks figures for: the reported ones (a rate is computed, never typed). */
export function enteredIndicators(indicators: readonly IndicatorListItem[]): TemplateIndicator[] {
  return indicators
    .filter((indicator) => !indicator.computed)
    .map(({ code, name, unit, kind, breakdowns }) => ({ code, name, unit, kind, breakdowns }));
}
