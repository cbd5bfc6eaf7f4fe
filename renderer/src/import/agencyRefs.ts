import { agencyDisplayName, type Agency } from '../../../core/agency';
import { agencySearchKey, type AgencySearchKey } from '../../../core/agencySearch';
import type { DraftAgencyRef, DraftNewAgency } from '../../../core/import/draft';

/** Select values for agency references: `a:12` for a directory entry, `n:new1` for one the import adds. */
export function refValue(ref: DraftAgencyRef): string {
  return ref.agencyId !== undefined ? `a:${ref.agencyId}` : `n:${ref.newKey}`;
}

export function refFromValue(value: string): DraftAgencyRef {
  return value.startsWith('a:') ? { agencyId: Number(value.slice(2)) } : { newKey: value.slice(2) };
}

export interface RefOption {
  value: string;
  label: string;
  search: AgencySearchKey;
  isNew: boolean;
}

export function refOptions(agencies: Agency[], newAgencies: DraftNewAgency[]): RefOption[] {
  return [
    ...newAgencies.map((agency) => ({
      value: `n:${agency.key}`,
      label: `${agency.name} (mới)`,
      search: agencySearchKey({ name: agency.name, shortName: null, aliases: [] }),
      isNew: true,
    })),
    ...agencies.map((agency) => ({
      value: `a:${agency.id}`,
      label: agency.active ? agencyDisplayName(agency) : `${agencyDisplayName(agency)} (đã sáp nhập)`,
      search: agencySearchKey(agency),
      isNew: false,
    })),
  ];
}

export function refLabel(ref: DraftAgencyRef, agencies: Map<number, Agency>, newAgencies: DraftNewAgency[]): string {
  if (ref.agencyId !== undefined) {
    const agency = agencies.get(ref.agencyId);
    return agency ? agencyDisplayName(agency) : '?';
  }
  return newAgencies.find((agency) => agency.key === ref.newKey)?.name ?? '?';
}
