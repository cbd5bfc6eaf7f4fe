import { agencyDisplayName, agencySearchText, type Agency } from '../../../core/agency';
import { planLabel, planPeriodLabel, type PlanSummary } from '../../../core/plan';
import { compareVietnamese, matchesSearch } from '../../../core/vietnamese';

export interface AgencyOption {
  value: number;
  label: string;
  title: string;
  search: string;
}

/** Active agencies, plus merged ones only where `keep` already names them (old entries keep old names). */
export function agencyOptions(agencies: readonly Agency[], keep: readonly number[] = []): AgencyOption[] {
  const kept = new Set(keep);
  return agencies
    .filter((agency) => agency.active || kept.has(agency.id))
    .map((agency) => ({
      value: agency.id,
      label: agency.active ? agencyDisplayName(agency) : `${agencyDisplayName(agency)} (đã sáp nhập)`,
      title: agency.name,
      search: agencySearchText(agency),
    }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

/** Diacritics-free search over name, short name and aliases. */
export const agencySearch = {
  filterOption: (input: string, option?: AgencyOption) => matchesSearch(option?.search ?? '', input),
};

export function planOptions(plans: readonly PlanSummary[]): Array<{ value: number; label: string }> {
  return plans.map((plan) => ({ value: plan.id, label: `${planLabel(plan)} (${planPeriodLabel(plan)})` }));
}

export function agencyNames(agencies: readonly Agency[], ids: readonly number[]): string {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  return ids
    .map((id) => byId.get(id))
    .filter((agency): agency is Agency => agency !== undefined)
    .map(agencyDisplayName)
    .join(', ');
}
