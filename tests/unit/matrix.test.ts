import { describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import { agencyTaskList, buildMatrix } from '../../core/matrix';
import type { PlanDetail } from '../../core/plan';

const agency = (
  id: number,
  name: string,
  kind: Agency['kind'],
  shortName: string | null = null,
  active = true,
): Agency => ({
  id,
  uuid: `a-${id}`,
  name,
  shortName,
  aliases: [],
  kind,
  parentId: null,
  active,
  mergedIntoId: null,
  mergedOn: null,
  seedKey: null,
  createdAt: '',
  updatedAt: '',
});

const AGENCIES = [
  agency(1, 'Công an tỉnh', 'armed_force', 'CA tỉnh'),
  agency(2, 'Sở Tư pháp', 'department'),
  agency(3, 'Đoàn thanh niên', 'mass_organisation'),
  agency(4, 'Sở Giáo dục và Đào tạo', 'department', 'Sở GD&ĐT'),
  agency(5, 'Sở Lao động - Thương binh và Xã hội', 'department', 'Sở LĐ-TB&XH', false),
];

function detail(): PlanDetail {
  const base = { planId: 1, uuid: '', label: '', title: '', role: 'content' as const };
  const task = (id: number, sectionId: number, position: number, allMembers = false) => ({
    id,
    uuid: `t${id}`,
    planId: 1,
    sectionId,
    label: String.fromCharCode(96 + position + 1),
    text: `Nhiệm vụ ${id}`,
    allMembers,
    timingKind: 'unspecified' as const,
    dueOn: null,
    periodFrom: null,
    periodTo: null,
    recurrence: null,
    progress: 'not_started' as const,
    note: null,
    position,
  });
  return {
    plan: {
      id: 1,
      uuid: 'p',
      numberSymbol: '61/KH-UBND',
      title: 'Kế hoạch',
      issuer: 'UBND tỉnh',
      issuedOn: '2024-03-27',
      signer: null,
      level: 'province',
      periodFrom: 2024,
      periodTo: 2024,
      implementsPlanId: null,
      implementsRef: null,
      status: 'issued',
      createdAt: '',
      updatedAt: '',
      taskCount: 4,
      implementsPlanLabel: null,
    },
    sections: [
      { ...base, id: 1, parentId: null, label: 'II', title: 'NHIỆM VỤ', position: 0 },
      { ...base, id: 2, parentId: 1, label: '1', title: 'Tham mưu', position: 0 },
      { ...base, id: 3, parentId: 1, label: '2', title: 'Truyền thông', position: 1 },
    ],
    tasks: [task(10, 2, 0), task(11, 2, 1, true), task(12, 3, 0), task(13, 3, 1)],
    assignments: [
      { id: 1, uuid: '', taskId: 10, agencyId: 1, role: 'lead' },
      { id: 2, uuid: '', taskId: 10, agencyId: 2, role: 'coordinating' },
      { id: 3, uuid: '', taskId: 12, agencyId: 2, role: 'lead' },
      { id: 4, uuid: '', taskId: 13, agencyId: 5, role: 'coordinating' },
    ],
  };
}

describe('buildMatrix', () => {
  it('shows only the agencies involved, ordered by kind then name, with their totals', () => {
    const matrix = buildMatrix(detail(), AGENCIES, { columns: 'involved' });
    expect(matrix.columns.map((column) => [column.displayName, column.leadCount, column.coordinatingCount])).toEqual([
      ['Sở LĐ-TB&XH', 0, 1],
      ['Sở Tư pháp', 1, 1],
      ['CA tỉnh', 1, 0],
    ]);
    expect(matrix.rows.map((row) => (row.type === 'section' ? row.label : row.ref))).toEqual([
      'II.',
      '1.',
      'II.1.a',
      'II.1.b',
      '2.',
      'II.2.a',
      'II.2.b',
    ]);
    expect(matrix.taskCount).toBe(4);
  });

  it('shows every active agency with "all", and the inactive ones the plan still names', () => {
    const names = buildMatrix(detail(), AGENCIES, { columns: 'all' }).columns.map((column) => column.agencyId);
    expect(names.sort()).toEqual([1, 2, 3, 4, 5]);
    const withoutInactiveUse = { ...detail(), assignments: detail().assignments.filter((a) => a.agencyId !== 5) };
    expect(buildMatrix(withoutInactiveUse, AGENCIES, { columns: 'all' }).columns.map((c) => c.agencyId)).not.toContain(
      5,
    );
  });

  it("narrows to one agency's tasks, keeps all-members tasks, and drops empty headings", () => {
    const matrix = buildMatrix(detail(), AGENCIES, { columns: 'involved', focusAgencyId: 1 });
    expect(matrix.rows.map((row) => row.key)).toEqual(['s1', 's2', 't10', 't11']);
    expect(agencyTaskList(matrix, 1).map((item) => [item.row.taskId, item.role])).toEqual([
      [10, 'lead'],
      [11, 'all'],
    ]);
  });
});
