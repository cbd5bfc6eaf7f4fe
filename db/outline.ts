/**
 * Edits of a plan's outline: sections, tasks, their order, and the agencies
 * assigned to each task. Sections and tasks under one parent share one order.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import { cleanSection, cleanTask } from '../core/rules/outline';
import type { AssignmentRole, Section, SectionFields, Task, TaskFields } from '../core/plan';
import type { AppDb, Store } from './open';
import { LINKS, syncLinks } from './links';
import { inTransaction } from './transaction';
import { assertPlanExists, toAssignment, toSection, toTask } from './plans';
import { agencies, assignments, plans, sections, tasks } from './schema';

export type OutlineNodeRef = { kind: 'section' | 'task'; id: number };

function parentEquals(column: AnySQLiteColumn, parentId: number | null) {
  return parentId === null ? isNull(column) : eq(column, parentId);
}

/** Siblings under one parent, sections and tasks together, in their order. */
function siblings(db: AppDb, planId: number, parentId: number | null): OutlineNodeRef[] {
  const sectionRows = db
    .select({ id: sections.id, position: sections.position })
    .from(sections)
    .where(and(eq(sections.planId, planId), parentEquals(sections.parentId, parentId)))
    .all()
    .map((row) => ({ kind: 'section' as const, ...row }));
  const taskRows = db
    .select({ id: tasks.id, position: tasks.position })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), parentEquals(tasks.sectionId, parentId)))
    .all()
    .map((row) => ({ kind: 'task' as const, ...row }));
  return [...sectionRows, ...taskRows]
    .sort((a, b) => a.position - b.position || (a.kind === b.kind ? a.id - b.id : a.kind === 'section' ? -1 : 1))
    .map(({ kind, id }) => ({ kind, id }));
}

function writeOrder(db: AppDb, order: OutlineNodeRef[], parentId: number | null): void {
  const now = nowTimestamp();
  order.forEach((node, position) => {
    if (node.kind === 'section') {
      db.update(sections).set({ position, parentId, updatedAt: now }).where(eq(sections.id, node.id)).run();
    } else {
      db.update(tasks).set({ position, sectionId: parentId, updatedAt: now }).where(eq(tasks.id, node.id)).run();
    }
  });
}

function nextPosition(db: AppDb, planId: number, parentId: number | null): number {
  return siblings(db, planId, parentId).length;
}

export function getSection(db: AppDb, id: number): Section {
  const row = db.select().from(sections).where(eq(sections.id, id)).get();
  if (!row) throw notFound('mục này của kế hoạch');
  return toSection(row);
}

export function getTask(db: AppDb, id: number): Task {
  const row = db.select().from(tasks).where(eq(tasks.id, id)).get();
  if (!row) throw notFound('nhiệm vụ này');
  return toTask(row);
}

function assertParentInPlan(db: AppDb, planId: number, parentId: number | null): void {
  if (parentId === null) return;
  if (getSection(db, parentId).planId !== planId) {
    throw new AppError('INVALID_INPUT', 'Mục cha đã chọn thuộc một kế hoạch khác.');
  }
}

export function createSection(store: Store, planId: number, parentId: number | null, raw: SectionFields): Section {
  const fields = cleanSection(raw);
  return inTransaction(store, () => {
    assertPlanExists(store.db, planId);
    assertParentInPlan(store.db, planId, parentId);
    const now = nowTimestamp();
    const row = store.db
      .insert(sections)
      .values({
        uuid: crypto.randomUUID(),
        planId,
        parentId,
        ...fields,
        position: nextPosition(store.db, planId, parentId),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    touchPlan(store.db, planId);
    return toSection(row);
  });
}

export function updateSection(store: Store, id: number, raw: SectionFields): Section {
  const fields = cleanSection(raw);
  return inTransaction(store, () => {
    const section = getSection(store.db, id);
    const row = store.db
      .update(sections)
      .set({ ...fields, updatedAt: nowTimestamp() })
      .where(eq(sections.id, id))
      .returning()
      .get();
    touchPlan(store.db, section.planId);
    return toSection(row);
  });
}

/** Deletes a section with everything under it (sub-sections, tasks, their assignments). */
export function deleteSection(store: Store, id: number): void {
  inTransaction(store, () => {
    const section = getSection(store.db, id);
    store.db.delete(sections).where(eq(sections.id, id)).run();
    writeOrder(store.db, siblings(store.db, section.planId, section.parentId), section.parentId);
    touchPlan(store.db, section.planId);
  });
}

function assertAgenciesExist(db: AppDb, ids: number[]): void {
  if (ids.length === 0) return;
  const found = new Set(
    db
      .select({ id: agencies.id })
      .from(agencies)
      .where(inArray(agencies.id, ids))
      .all()
      .map((row) => row.id),
  );
  if (ids.some((id) => !found.has(id))) {
    throw new AppError(
      'NOT_FOUND',
      'Một cơ quan được chọn không còn trong danh mục (có thể vừa bị xoá). Hãy tải lại và chọn lại.',
    );
  }
}

/** The task's assignments become exactly these; an agency kept keeps its assignment (and UUID), a role change updates it. */
function writeAssignments(db: AppDb, taskId: number, lead: number[], coordinating: number[]): void {
  assertAgenciesExist(db, [...lead, ...coordinating]);
  syncLinks(db, LINKS.assignments, taskId, [
    ...lead.map((target) => ({ target, fields: { role: 'lead' } })),
    ...coordinating.map((target) => ({ target, fields: { role: 'coordinating' } })),
  ]);
}

export function createTask(store: Store, planId: number, sectionId: number | null, raw: TaskFields): Task {
  const { lead, coordinating, ...fields } = cleanTask(raw);
  return inTransaction(store, () => {
    assertPlanExists(store.db, planId);
    assertParentInPlan(store.db, planId, sectionId);
    const now = nowTimestamp();
    const row = store.db
      .insert(tasks)
      .values({
        uuid: crypto.randomUUID(),
        planId,
        sectionId,
        ...fields,
        position: nextPosition(store.db, planId, sectionId),
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    writeAssignments(store.db, row.id, lead, coordinating);
    touchPlan(store.db, planId);
    return toTask(row);
  });
}

export function updateTask(store: Store, id: number, raw: TaskFields): Task {
  const { lead, coordinating, ...fields } = cleanTask(raw);
  return inTransaction(store, () => {
    const task = getTask(store.db, id);
    const row = store.db
      .update(tasks)
      .set({ ...fields, updatedAt: nowTimestamp() })
      .where(eq(tasks.id, id))
      .returning()
      .get();
    writeAssignments(store.db, id, lead, coordinating);
    touchPlan(store.db, task.planId);
    return toTask(row);
  });
}

export function deleteTask(store: Store, id: number): void {
  inTransaction(store, () => {
    const task = getTask(store.db, id);
    store.db.delete(tasks).where(eq(tasks.id, id)).run();
    writeOrder(store.db, siblings(store.db, task.planId, task.sectionId), task.sectionId);
    touchPlan(store.db, task.planId);
  });
}

/**
 * Moves a section or task to `index` among the children of `parentId` (null:
 * the top level). A section cannot move under itself or its descendants.
 */
export function moveOutlineNode(store: Store, node: OutlineNodeRef, parentId: number | null, index: number): void {
  inTransaction(store, () => {
    const current = node.kind === 'section' ? getSection(store.db, node.id) : getTask(store.db, node.id);
    const planId = current.planId;
    const oldParent = 'sectionId' in current ? current.sectionId : current.parentId;
    assertParentInPlan(store.db, planId, parentId);
    if (node.kind === 'section') {
      for (let cursor = parentId; cursor !== null; cursor = getSection(store.db, cursor).parentId) {
        if (cursor === node.id) throw new AppError('INVALID_INPUT', 'Không thể chuyển một mục vào bên trong chính nó.');
      }
    }
    const isSelf = (other: OutlineNodeRef) => other.kind === node.kind && other.id === node.id;
    const target = siblings(store.db, planId, parentId).filter((other) => !isSelf(other));
    target.splice(Math.max(0, Math.min(index, target.length)), 0, node);
    writeOrder(store.db, target, parentId);
    if (oldParent !== parentId) {
      writeOrder(store.db, siblings(store.db, planId, oldParent), oldParent);
    }
    touchPlan(store.db, planId);
  });
}

/** Sets one cell of the matrix: the agency's role in the task, or none. */
export function setAssignment(store: Store, taskId: number, agencyId: number, role: AssignmentRole | null) {
  return inTransaction(store, () => {
    const task = getTask(store.db, taskId);
    assertAgenciesExist(store.db, [agencyId]);
    const now = nowTimestamp();
    if (role === null) {
      store.db
        .delete(assignments)
        .where(and(eq(assignments.taskId, taskId), eq(assignments.agencyId, agencyId)))
        .run();
      touchPlan(store.db, task.planId);
      return null;
    }
    const row = store.db
      .insert(assignments)
      .values({ uuid: crypto.randomUUID(), taskId, agencyId, role, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [assignments.taskId, assignments.agencyId],
        set: { role, updatedAt: now },
      })
      .returning()
      .get();
    touchPlan(store.db, task.planId);
    return toAssignment(row);
  });
}

function touchPlan(db: AppDb, planId: number): void {
  db.update(plans).set({ updatedAt: nowTimestamp() }).where(eq(plans.id, planId)).run();
}
