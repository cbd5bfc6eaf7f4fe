/** Agencies' figures: the indicator catalogue (docs/figures.md). */
import type { BreakdownKind } from '../../../core/figures/breakdowns';
import type { FigureArea } from '../../../core/figures/catalogue';
import { none, query } from './schema';

export interface IndicatorListItem {
  code: string;
  name: string;
  unit: string;
  area: FigureArea;
  aggregation: 'sum' | 'source';
  /** For a designated-source indicator: the agency whose figure stands, as this office's directory names it. */
  designatedAgency: string | null;
  computed: boolean;
  /** For a computed indicator: what it divides, and the share the plan sets. */
  numerator: string | null;
  denominator: string | null;
  target: number | null;
  breakdowns: Array<{
    code: string;
    name: string;
    kind: BreakdownKind;
    options: Array<{ code: string; name: string }>;
  }>;
}

export const figureChannels = {
  'indicators.list': query<IndicatorListItem[]>()(none),
};
