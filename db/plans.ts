/** Queries of plans: the list, one plan with its outline, and plan-level edits. */
import { and, asc, desc, eq, inArray, sql, type SQL, type Table } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import { cleanPlanFields } from '../core/rules/plan';
import {
  planLabel,
  type Assignment,
  type AssignmentRole,
  type Plan,
  type PlanDetail,
  type PlanFields,
  type PlanLevel,
  type PlanStatus,
  type PlanSummary,
  type Recurrence,
  type Section,
  type SectionRole,
  type Task,
  type TaskProgress,
  type TimingKind,
} from '../core/plan';
import { foldVietnamese, matchesSearch } from '../core/vietnamese';
import type { AppDb, Store } from './open';
import { inTransaction } from './transaction';
import {
  assignments,
  calendarEntries,
  plans,
  reportCycles,
  reportRequests,
  sections,
  submissions,
  tasks,
} from './schema';

type PlanRow = typeof plans.$inferSelect;

export function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    uuid: row.uuid,
    numberSymbol: row.numberSymbol,
    title: row.title,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    signer: row.signer,
    level: row.level as PlanLevel,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    implementsPlanId: row.implementsPlanId,
    implementsRef: row.implementsRef,
    status: row.status as PlanStatus,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toSection(row: typeof sections.$inferSelect): Section {
  return {
    id: row.id,
    uuid: row.uuid,
    planId: row.planId,
    parentId: row.parentId,
    label: row.label,
    title: row.title,
    role: row.role as SectionRole,
    position: row.position,
  };
}

export function toTask(row: typeof tasks.$inferSelect): Task {
  return {
    id: row.id,
    uuid: row.uuid,
    planId: row.planId,
    sectionId: row.sectionId,
    label: row.label,
    text: row.text,
    allMembers: row.allMembers,
    timingKind: row.timingKind as TimingKind,
    dueOn: row.dueOn,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    recurrence: row.recurrence as Recurrence | null,
    progress: row.progress as TaskProgress,
    note: row.note,
    position: row.position,
  };
}

export function toAssignment(row: {
  id: number;
  uuid: string;
  taskId: number;
  agencyId: number;
  role: string;
}): Assignment {
  return { id: row.id, uuid: row.uuid, taskId: row.taskId, agencyId: row.agencyId, role: row.role as AssignmentRole };
}

// Written out with aliases: drizzle drops table names inside a subquery, and "id" would then mean the task's own id.
const taskCountSql = sql<number>`(select count(*) from "tasks" as counted where counted."plan_id" = "plans"."id")`;

function summaries(db: AppDb, rows: Array<PlanRow & { taskCount: number }>): PlanSummary[] {
  const ids = [...new Set(rows.map((row) => row.implementsPlanId).filter((id): id is number => id !== null))];
  const parents = new Map(
    ids.length === 0
      ? []
      : db
          .select({ id: plans.id, numberSymbol: plans.numberSymbol, title: plans.title })
          .from(plans)
          .where(inArray(plans.id, ids))
          .all()
          .map((row) => [row.id, planLabel(row)]),
  );
  return rows.map((row) => ({
    ...toPlan(row),
    taskCount: row.taskCount,
    implementsPlanLabel: row.implementsPlanId !== null ? (parents.get(row.implementsPlanId) ?? null) : null,
  }));
}

export function listPlans(db: AppDb, options: { query?: string } = {}): PlanSummary[] {
  const rows = db
    .select({ ...planColumns(), taskCount: taskCountSql })
    .from(plans)
    .orderBy(desc(plans.periodTo), desc(plans.issuedOn), asc(plans.id))
    .all();
  const query = options.query ?? '';
  const filtered = rows.filter((row) => matchesSearch(`${row.numberSymbol ?? ''} ${row.title} ${row.issuer}`, query));
  return summaries(db, filtered);
}

function planColumns() {
  const { id, uuid, numberSymbol, title, issuer, issuedOn, signer, level, periodFrom, periodTo } = plans;
  const { implementsPlanId, implementsRef, status, identityKey, createdAt, updatedAt } = plans;
  return {
    id, uuid, numberSymbol, title, issuer, issuedOn, signer, level, periodFrom, periodTo,
    implementsPlanId, implementsRef, status, identityKey, createdAt, updatedAt,
  }; // prettier-ignore
}

export function getPlanSummary(db: AppDb, id: number): PlanSummary {
  const row = db
    .select({ ...planColumns(), taskCount: taskCountSql })
    .from(plans)
    .where(eq(plans.id, id))
    .get();
  if (!row) throw notFound('kế hoạch này');
  return summaries(db, [row])[0]!;
}

/** Plans whose number-symbol matches, ignoring case, spaces and diacritics (`19/kh-bcd138/cp`). */
export function findPlansByNumber(db: AppDb, numberSymbol: string): PlanSummary[] {
  const wanted = foldVietnamese(numberSymbol).replace(/\s+/g, '');
  return listPlans(db).filter((plan) => foldVietnamese(plan.numberSymbol ?? '').replace(/\s+/g, '') === wanted);
}

export function getPlanDetail(db: AppDb, id: number): PlanDetail {
  const plan = getPlanSummary(db, id);
  const sectionRows = db.select().from(sections).where(eq(sections.planId, id)).orderBy(asc(sections.position)).all();
  const taskRows = db.select().from(tasks).where(eq(tasks.planId, id)).orderBy(asc(tasks.position)).all();
  const assignmentRows = db
    .select({
      id: assignments.id,
      uuid: assignments.uuid,
      taskId: assignments.taskId,
      agencyId: assignments.agencyId,
      role: assignments.role,
    })
    .from(assignments)
    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
    .where(eq(tasks.planId, id))
    .all();
  return {
    plan,
    sections: sectionRows.map(toSection),
    tasks: taskRows.map(toTask),
    assignments: assignmentRows.map(toAssignment),
  };
}

/**
 * What identifies an issued document: its number-symbol, its issuer and the
 * year it was issued (numbering restarts at 01 every year, Decree 30/2020).
 */
function identityKeyOf(fields: Pick<PlanFields, 'numberSymbol' | 'issuer' | 'issuedOn' | 'periodFrom'>): string | null {
  const number = fields.numberSymbol?.trim();
  if (!number) return null;
  return `${foldVietnamese(number).replace(/\s+/g, '')}@${foldVietnamese(fields.issuer)}@${issueYear(fields)}`;
}

function issueYear(fields: Pick<PlanFields, 'issuedOn' | 'periodFrom'>): number {
  return fields.issuedOn ? Number(fields.issuedOn.slice(0, 4)) : fields.periodFrom;
}

function assertIdentityFree(db: AppDb, fields: PlanFields, selfId: number | null): string | null {
  const identityKey = identityKeyOf(fields);
  if (identityKey === null) return null;
  const existing = db
    .select({ id: plans.id, title: plans.title })
    .from(plans)
    .where(eq(plans.identityKey, identityKey))
    .get();
  if (existing && existing.id !== selfId) {
    throw new AppError(
      'DUPLICATE',
      `${fields.issuer} đã có kế hoạch số ${fields.numberSymbol} năm ${issueYear(fields)} (“${existing.title}”). ` +
        'Một cơ quan không ban hành hai văn bản cùng số, ký hiệu trong một năm; hãy kiểm tra lại số hoặc mở kế hoạch đã có.',
    );
  }
  return identityKey;
}

function assertImplements(db: AppDb, implementsPlanId: number | null, selfId: number | null): void {
  if (implementsPlanId === null) return;
  if (implementsPlanId === selfId) throw new AppError('INVALID_INPUT', 'Một kế hoạch không thể thực hiện chính nó.');
  let cursor: number | null = implementsPlanId;
  for (let guard = 0; cursor !== null && guard < 1000; guard++) {
    const row: { implementsPlanId: number | null } | undefined = db
      .select({ implementsPlanId: plans.implementsPlanId })
      .from(plans)
      .where(eq(plans.id, cursor))
      .get();
    if (!row) throw notFound('kế hoạch cấp trên đã chọn');
    if (row.implementsPlanId === selfId && selfId !== null) {
      throw new AppError('INVALID_INPUT', 'Không thể chọn: kế hoạch cấp trên đó lại đang thực hiện kế hoạch này.');
    }
    cursor = row.implementsPlanId;
  }
}

export function createPlan(store: Store, raw: PlanFields): PlanSummary {
  const fields = cleanPlanFields(raw);
  return inTransaction(store, () => {
    const identityKey = assertIdentityFree(store.db, fields, null);
    assertImplements(store.db, fields.implementsPlanId, null);
    const now = nowTimestamp();
    const row = store.db
      .insert(plans)
      .values({ uuid: crypto.randomUUID(), ...fields, identityKey, createdAt: now, updatedAt: now })
      .returning({ id: plans.id })
      .get();
    return getPlanSummary(store.db, row.id);
  });
}

export function updatePlan(store: Store, id: number, raw: PlanFields): PlanSummary {
  const fields = cleanPlanFields(raw);
  return inTransaction(store, () => {
    getPlanSummary(store.db, id);
    const identityKey = assertIdentityFree(store.db, fields, id);
    assertImplements(store.db, fields.implementsPlanId, id);
    store.db
      .update(plans)
      .set({ ...fields, identityKey, updatedAt: nowTimestamp() })
      .where(eq(plans.id, id))
      .run();
    return getPlanSummary(store.db, id);
  });
}

export function deletePlan(store: Store, id: number): void {
  inTransaction(store, () => {
    getPlanSummary(store.db, id);
    store.db.delete(plans).where(eq(plans.id, id)).run();
  });
}

export function assertPlanExists(db: AppDb, id: number): void {
  if (
    !db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, id)))
      .get()
  )
    throw notFound('kế hoạch này');
}

/**
 * What deleting a plan takes with it (its sections, tasks and their assignments cascade) and what it leaves behind
 * unlinked (requests, cycles and calendar entries keep their rows, their plan_id set to null), for the officer to
 * read before confirming. One statement, so every count comes from the same snapshot.
 */
export function planDeletionImpact(db: AppDb, id: number) {
  const counted = (from: Table, where: SQL) => sql<number>`(select count(*) from ${from} ${where})`;
  const row = db
    .select({
      sections: counted(sections, sql`where ${sections.planId} = ${id}`),
      tasks: counted(tasks, sql`where ${tasks.planId} = ${id}`),
      assignments: counted(
        assignments,
        sql`join ${tasks} on ${tasks.id} = ${assignments.taskId} where ${tasks.planId} = ${id}`,
      ),
      requests: counted(reportRequests, sql`where ${reportRequests.planId} = ${id}`),
      submissions: counted(
        submissions,
        sql`join ${reportRequests} on ${reportRequests.id} = ${submissions.requestId} where ${reportRequests.planId} = ${id}`,
      ),
      // A request's own deadline on the calendar goes with the request: counted there, not twice.
      calendarEntries: counted(
        calendarEntries,
        sql`where ${calendarEntries.planId} = ${id} and not exists (select 1 from ${reportRequests} where ${reportRequests.calendarEntryId} = ${calendarEntries.id})`,
      ),
      cycles: counted(reportCycles, sql`where ${reportCycles.planId} = ${id}`),
    })
    .from(plans)
    .where(eq(plans.id, id))
    .get();
  if (!row) throw notFound('kế hoạch này');
  return row;
}
