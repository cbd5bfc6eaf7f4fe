/** Next year's plan started from this year's: the same outline, tasks and assignments, every date a year later. */
import { eq } from 'drizzle-orm';
import { nowTimestamp, shiftIsoDateByYears } from '../core/dates';
import type { PlanSummary } from '../core/plan';
import { nextYearTitle } from '../core/planCopy';
import type { AppDb, Store } from './open';
import { getPlanDetail, getPlanSummary } from './plans';
import { assignments, plans, sections, tasks } from './schema';
import { inTransaction } from './transaction';

/**
 * Starts next year's plan from this one: same outline, tasks and assignments,
 * every date one year later, as a draft without a number (the new plan gets
 * its own number when issued). Progress starts afresh.
 */
export function copyPlanToNextYear(store: Store, id: number): PlanSummary {
  return inTransaction(store, () => {
    const source = getPlanDetail(store.db, id);
    const now = nowTimestamp();
    const shift = (iso: string | null) => (iso ? shiftIsoDateByYears(iso, 1) : null);
    const planRow = store.db
      .insert(plans)
      .values({
        uuid: crypto.randomUUID(),
        numberSymbol: null,
        title: nextYearTitle(source.plan.title, source.plan.periodFrom, source.plan.periodTo),
        issuer: source.plan.issuer,
        issuedOn: null,
        signer: source.plan.signer,
        level: source.plan.level,
        periodFrom: source.plan.periodFrom + 1,
        periodTo: source.plan.periodTo + 1,
        implementsPlanId: linkStillCovers(store.db, source.plan.implementsPlanId, source.plan.periodFrom + 1),
        implementsRef: source.plan.implementsRef,
        status: 'draft',
        identityKey: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: plans.id })
      .get();

    const sectionIds = new Map<number, number>();
    // Parents before children: insert in outline depth order.
    const pending = [...source.sections];
    while (pending.length > 0) {
      const index = pending.findIndex((section) => section.parentId === null || sectionIds.has(section.parentId));
      if (index < 0) break;
      const [section] = pending.splice(index, 1);
      const row = store.db
        .insert(sections)
        .values({
          uuid: crypto.randomUUID(),
          planId: planRow.id,
          parentId: section!.parentId === null ? null : sectionIds.get(section!.parentId)!,
          label: section!.label,
          title: section!.title,
          role: section!.role,
          position: section!.position,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: sections.id })
        .get();
      sectionIds.set(section!.id, row.id);
    }

    const taskIds = new Map<number, number>();
    for (const task of source.tasks) {
      const row = store.db
        .insert(tasks)
        .values({
          uuid: crypto.randomUUID(),
          planId: planRow.id,
          sectionId: task.sectionId === null ? null : (sectionIds.get(task.sectionId) ?? null),
          label: task.label,
          text: task.text,
          allMembers: task.allMembers,
          timingKind: task.timingKind,
          dueOn: shift(task.dueOn),
          periodFrom: shift(task.periodFrom),
          periodTo: shift(task.periodTo),
          recurrence: task.recurrence,
          progress: 'not_started',
          note: task.note,
          position: task.position,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: tasks.id })
        .get();
      taskIds.set(task.id, row.id);
    }
    for (const assignment of source.assignments) {
      store.db
        .insert(assignments)
        .values({
          uuid: crypto.randomUUID(),
          taskId: taskIds.get(assignment.taskId)!,
          agencyId: assignment.agencyId,
          role: assignment.role,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    }
    return getPlanSummary(store.db, planRow.id);
  });
}

/** Next year's plan keeps the link to the plan it implements only while that plan's period still covers it. */
function linkStillCovers(db: AppDb, planId: number | null, year: number): number | null {
  if (planId === null) return null;
  const parent = db.select({ periodTo: plans.periodTo }).from(plans).where(eq(plans.id, planId)).get();
  return parent && parent.periodTo >= year ? planId : null;
}
