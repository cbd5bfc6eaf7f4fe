import { CATALOGUE_INDICATORS, CATALOGUE_RATES, type DesignatedSource } from '../../../core/figures/catalogue';
import { listAgencies } from '../../../db/agencies';
import type { IndicatorListItem } from '../contract/figures';
import type { HandlerMap } from './types';

/**
 * The shipped catalogue, with each designated source named as this office's directory names it: the province's
 * agency where the directory has it, else the central body (a central committee's PC has no provincial court).
 */
function listIndicators(names: Map<string, string>): IndicatorListItem[] {
  const agencyOf = (source: DesignatedSource | undefined) =>
    source ? (names.get(source.province) ?? names.get(source.central) ?? null) : null;
  return [
    ...CATALOGUE_INDICATORS.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      area: indicator.area,
      aggregation: indicator.aggregation,
      designatedAgency: agencyOf(indicator.designatedSource),
      computed: false,
      numerator: null,
      denominator: null,
      target: null,
      breakdowns: indicator.breakdowns.map((breakdown) => ({
        code: breakdown.code,
        name: breakdown.name,
        kind: breakdown.kind,
        options: breakdown.options.map((option) => ({ code: option.code, name: option.name })),
      })),
    })),
    ...CATALOGUE_RATES.map((rate) => ({
      code: rate.code,
      name: rate.name,
      unit: '%',
      area: rate.area,
      aggregation: 'sum' as const,
      designatedAgency: null,
      computed: true,
      numerator: rate.numerator,
      denominator: rate.denominator,
      target: rate.target,
      breakdowns: [],
    })),
  ];
}

export const indicatorHandlers = {
  'indicators.list': ({ store }) => {
    const names = new Map(
      listAgencies(store.db, { includeInactive: true }).flatMap((agency) =>
        agency.seedKey ? [[agency.seedKey, agency.name] as const] : [],
      ),
    );
    return listIndicators(names);
  },
} satisfies HandlerMap<'indicators'>;
