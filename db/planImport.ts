/**
 * Saves a reviewed import in one transaction: the new directory entries, the
 * plan, its outline with assignments, and the source document with what was
 * kept from it. Either all of it is written or none of it.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import { AppError } from '../core/errors';
import type { DraftAgencyRef, ImportDraft } from '../core/import/draft';
import type { PlanSummary } from '../core/plan';
import { foldVietnamese } from '../core/vietnamese';
import { createAgency } from './agencies';
import type { Store } from './open';
import { inTransaction } from './transaction';
import { calendarFromImport } from './importCalendar';
import { createSection, createTask } from './outline';
import { createPlan, getPlanSummary } from './plans';
import { agencies, planSources, plans, sections, tasks } from './schema';

function checkShape(draft: ImportDraft): void {
  const seen = new Map<string, 'section' | 'task'>();
  for (const node of draft.nodes) {
    if (seen.has(node.key)) throw new AppError('INVALID_INPUT', `Mục “${node.key}” xuất hiện hai lần trong bản nhập.`);
    if (node.parentKey !== null && seen.get(node.parentKey) !== 'section') {
      throw new AppError(
        'INVALID_INPUT',
        `“${node.text.slice(0, 60)}” nằm dưới một mục không có (hoặc không phải mục) trong bản nhập.`,
      );
    }
    seen.set(node.key, node.type);
  }
  const newKeys = new Set(draft.newAgencies.map((agency) => agency.key));
  for (const node of draft.nodes) {
    for (const ref of [...node.lead, ...node.coordinating]) {
      if (ref.newKey !== undefined && !newKeys.has(ref.newKey)) {
        throw new AppError('INVALID_INPUT', 'Một nhiệm vụ gán cho cơ quan mới chưa được khai báo trong bản nhập.');
      }
    }
  }
}

export function saveImportedPlan(store: Store, draft: ImportDraft): PlanSummary {
  checkShape(draft);
  const sha256 = createHash('sha256').update(draft.source.text).digest('hex');
  return inTransaction(store, () => {
    // The same document imported again: refuse it, even when it has no number to clash on.
    const earlier = store.db
      .select({ title: plans.title, number: plans.numberSymbol })
      .from(planSources)
      .innerJoin(plans, eq(plans.id, planSources.planId))
      .where(eq(planSources.sha256, sha256))
      .get();
    if (earlier) {
      throw new AppError(
        'DUPLICATE',
        `Văn bản này đã được nhập thành kế hoạch ${earlier.number ?? `“${earlier.title}”`}. ` +
          'Hãy mở kế hoạch đó thay vì nhập lại.',
      );
    }
    const newIds = new Map<string, number>();
    for (const agency of draft.newAgencies) {
      // An agency of that name may have been added since the document was read: use it.
      const existing = store.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.nameKey, foldVietnamese(agency.name)))
        .get();
      const id =
        existing?.id ??
        createAgency(store, {
          name: agency.name,
          shortName: null,
          aliases: [],
          kind: agency.kind,
          parentId: null,
          active: true,
          mergedIntoId: null,
          mergedOn: null,
        }).id;
      newIds.set(agency.key, id);
    }
    const idOf = (ref: DraftAgencyRef) => (ref.agencyId !== undefined ? ref.agencyId : newIds.get(ref.newKey)!);

    const plan = createPlan(store, draft.plan);
    const sectionIds = new Map<string, number>();
    const saved: Parameters<typeof calendarFromImport>[3] = [];
    const now = nowTimestamp();
    for (const node of draft.nodes) {
      const parentId = node.parentKey === null ? null : sectionIds.get(node.parentKey)!;
      if (node.type === 'section') {
        const section = createSection(store, plan.id, parentId, { label: node.label, title: node.text || node.label });
        if (node.role !== 'content') {
          store.db.update(sections).set({ role: node.role, updatedAt: now }).where(eq(sections.id, section.id)).run();
        }
        sectionIds.set(node.key, section.id);
        continue;
      }
      const task = createTask(store, plan.id, parentId, {
        ...node.timing,
        label: node.label || null,
        text: node.text,
        allMembers: node.allMembers,
        progress: 'not_started',
        note: null,
        lead: node.lead.map(idOf),
        coordinating: node.coordinating.map(idOf),
      });
      if (node.source) {
        store.db
          .update(tasks)
          .set({ sourceStart: node.source.start, sourceEnd: node.source.end })
          .where(eq(tasks.id, task.id))
          .run();
      }
      saved.push({
        key: node.key,
        id: task.id,
        source: node.source,
        agencyIds: [...node.lead, ...node.coordinating].map(idOf),
        allMembers: node.allMembers,
      });
    }
    calendarFromImport(store, draft, plan, saved);

    store.db
      .insert(planSources)
      .values({
        uuid: crypto.randomUUID(),
        planId: plan.id,
        fileName: draft.source.fileName,
        encoding: draft.source.encoding,
        legacyFont: draft.source.legacyFont,
        text: draft.source.text,
        sha256,
        extraction: JSON.stringify({ dates: draft.dates, targets: draft.targets }),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    return getPlanSummary(store.db, plan.id);
  });
}
