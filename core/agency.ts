/** The directory of agencies (danh mục cơ quan, đơn vị): kinds, records and their labels. */

export const AGENCY_KINDS = [
  'department',
  'mass_organisation',
  'judicial',
  'armed_force',
  'local_government',
  'central',
  'other',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  department: 'Sở, ban, ngành',
  mass_organisation: 'Đoàn thể',
  judicial: 'Cơ quan tư pháp',
  armed_force: 'Lực lượng vũ trang',
  local_government: 'UBND cấp dưới',
  central: 'Cơ quan trung ương',
  other: 'Khác',
};

export interface Agency {
  id: number;
  uuid: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  parentId: number | null;
  active: boolean;
  mergedIntoId: number | null;
  mergedOn: string | null;
  /** Set for agencies shipped with the app; user edits are never overwritten by later seeds. */
  seedKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgencyInput {
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  parentId: number | null;
  active: boolean;
  mergedIntoId: number | null;
  mergedOn: string | null;
}

/** The label shown in narrow places (matrix column headers): the short name when there is one. */
export function agencyDisplayName(agency: Pick<Agency, 'name' | 'shortName'>): string {
  return agency.shortName?.trim() || agency.name;
}

/** Everything a search should look through: name, short name and every alias. */
export function agencySearchText(agency: Pick<AgencyInput, 'name' | 'shortName' | 'aliases'>): string {
  return [agency.name, agency.shortName ?? '', ...agency.aliases].join(' | ');
}
