/**
 * The assignment matrix (ma trận phân công): tasks down, agencies across, a `C`
 * (chủ trì, lead) or `P` (phối hợp, coordinating) in each cell. Pure: built from
 * a plan's detail and the agency directory, used by the screen and the exports.
 */
import { agencyDisplayName, AGENCY_KINDS, type Agency } from './agency';
import { buildOutline, flattenOutline, formatOutlineLabel, outlineRef } from './outline';
import type { AssignmentRole, PlanDetail, PlanSummary } from './plan';
import { compareVietnamese } from './vietnamese';

export const MATRIX_COLUMN_MODES = ['involved', 'all'] as const;
export type MatrixColumnMode = (typeof MATRIX_COLUMN_MODES)[number];

export interface MatrixColumn {
  agencyId: number;
  name: string;
  displayName: string;
  kind: Agency['kind'];
  active: boolean;
  leadCount: number;
  coordinatingCount: number;
}

export interface MatrixSectionRow {
  type: 'section';
  key: string;
  sectionId: number;
  label: string;
  title: string;
  depth: number;
}

export interface MatrixTaskRow {
  type: 'task';
  key: string;
  taskId: number;
  /** The outline number as printed, e.g. `II.2.1.a`. */
  ref: string;
  label: string;
  text: string;
  depth: number;
  allMembers: boolean;
  /** Agency id → role; absent means no assignment. */
  roles: Record<number, AssignmentRole>;
}

export type MatrixRow = MatrixSectionRow | MatrixTaskRow;

export interface Matrix {
  plan: PlanSummary;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  taskCount: number;
  /** Set when the matrix is narrowed to the tasks of one agency. */
  focusAgencyId: number | null;
}

export interface MatrixOptions {
  columns: MatrixColumnMode;
  focusAgencyId?: number | null;
}

const KIND_ORDER = new Map(AGENCY_KINDS.map((kind, index) => [kind, index]));

function compareColumns(a: MatrixColumn, b: MatrixColumn): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) || compareVietnamese(a.displayName, b.displayName)
  );
}

export function buildMatrix(detail: PlanDetail, agencies: readonly Agency[], options: MatrixOptions): Matrix {
  const rolesByTask = new Map<number, Record<number, AssignmentRole>>();
  const leadCount = new Map<number, number>();
  const coordinatingCount = new Map<number, number>();
  for (const assignment of detail.assignments) {
    const roles = rolesByTask.get(assignment.taskId) ?? {};
    roles[assignment.agencyId] = assignment.role;
    rolesByTask.set(assignment.taskId, roles);
    const counter = assignment.role === 'lead' ? leadCount : coordinatingCount;
    counter.set(assignment.agencyId, (counter.get(assignment.agencyId) ?? 0) + 1);
  }

  const involved = (agencyId: number) => leadCount.has(agencyId) || coordinatingCount.has(agencyId);
  const columns = agencies
    .filter((agency) => (options.columns === 'all' ? agency.active || involved(agency.id) : involved(agency.id)))
    .map<MatrixColumn>((agency) => ({
      agencyId: agency.id,
      name: agency.name,
      displayName: agencyDisplayName(agency),
      kind: agency.kind,
      active: agency.active,
      leadCount: leadCount.get(agency.id) ?? 0,
      coordinatingCount: coordinatingCount.get(agency.id) ?? 0,
    }))
    .sort(compareColumns);

  const focus = options.focusAgencyId ?? null;
  const flat = flattenOutline(buildOutline(detail.sections, detail.tasks));
  const rows: MatrixRow[] = [];
  // Bullets carry no number: they are told apart as II.1-1, II.1-2 under their heading.
  const bullets = new Map<number | null, number>();
  for (const node of flat) {
    if (node.type === 'section') {
      rows.push({
        type: 'section',
        key: `s${node.section.id}`,
        sectionId: node.section.id,
        label: formatOutlineLabel(node.section.label),
        title: node.section.title,
        depth: node.depth,
      });
      continue;
    }
    const roles = rolesByTask.get(node.task.id) ?? {};
    const numbered = Boolean(node.task.label?.trim().replace(/^-$/, ''));
    const bullet = numbered ? 0 : (bullets.get(node.task.sectionId) ?? 0) + 1;
    if (!numbered) bullets.set(node.task.sectionId, bullet);
    if (focus !== null && roles[focus] === undefined && !node.task.allMembers) continue;
    const ref = outlineRef(node.path);
    rows.push({
      type: 'task',
      key: `t${node.task.id}`,
      taskId: node.task.id,
      ref: numbered || !ref ? ref : `${ref}-${bullet}`,
      label: formatOutlineLabel(node.task.label),
      text: node.task.text,
      depth: node.depth,
      allMembers: node.task.allMembers,
      roles,
    });
  }

  // A heading with no task under it (objectives, a report outline, a filtered-out part) says nothing in the matrix.
  const visibleRows = dropEmptySections(rows);
  return {
    plan: detail.plan,
    columns,
    rows: visibleRows,
    taskCount: visibleRows.filter((row) => row.type === 'task').length,
    focusAgencyId: focus,
  };
}

/** Keeps a heading only when a task stands somewhere below it. */
function dropEmptySections(rows: readonly MatrixRow[]): MatrixRow[] {
  return rows.filter((row, index) => {
    if (row.type === 'task') return true;
    for (let next = index + 1; next < rows.length; next++) {
      const below = rows[next]!;
      if (below.depth <= row.depth) return false;
      if (below.type === 'task') return true;
    }
    return false;
  });
}

/** The tasks one agency leads or coordinates, for its printed list and exports. */
export function agencyTaskList(
  matrix: Matrix,
  agencyId: number,
): Array<{ row: MatrixTaskRow; role: AssignmentRole | 'all' }> {
  const out: Array<{ row: MatrixTaskRow; role: AssignmentRole | 'all' }> = [];
  for (const row of matrix.rows) {
    if (row.type !== 'task') continue;
    const role = row.roles[agencyId];
    if (role) out.push({ row, role });
    else if (row.allMembers) out.push({ row, role: 'all' });
  }
  return out;
}
