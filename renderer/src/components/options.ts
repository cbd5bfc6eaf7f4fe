import { agencyDisplayName, type Agency } from '../../../core/agency';
import { agencyMatchRank, agencySearchKey, compareMatches, type AgencySearchKey } from '../../../core/agencySearch';
import { planLabel, planPeriodLabel, type PlanSummary } from '../../../core/plan';
import { compareVietnamese } from '../../../core/vietnamese';

export interface AgencyOption {
  value: number;
  label: string;
  title: string;
  search: AgencySearchKey;
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
      search: agencySearchKey(agency),
    }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

/** What an agency option needs to be searched; group headers (no `search`) pass through unsorted. */
interface SearchableOption {
  label?: unknown;
  search?: AgencySearchKey;
}

function rankOf(option: SearchableOption, searchValue: string): { rank: number | null; label: string } {
  return {
    rank: option.search ? agencyMatchRank(option.search, searchValue) : null,
    label: typeof option.label === 'string' ? option.label : '',
  };
}

/**
 * The showSearch of every agency picker: word matching over name, short name and aliases, with or without
 * diacritics, and the best match first, because Enter picks the first option.
 */
export const agencySearch = {
  filterOption: (input: string, option?: SearchableOption) =>
    option?.search !== undefined && agencyMatchRank(option.search, input) !== null,
  filterSort: (a: SearchableOption, b: SearchableOption, { searchValue }: { searchValue: string }) => {
    // No search: keep the order the options were given in (groups, alphabetical lists).
    if (!searchValue.trim() || (!a.search && !b.search)) return 0;
    return compareMatches(rankOf(a, searchValue), rankOf(b, searchValue));
  },
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
