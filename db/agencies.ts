/** Queries of the agency directory. */
import { asc, count, eq } from 'drizzle-orm';
import { agencySearchText, type Agency, type AgencyInput, type AgencyKind } from '../core/agency';
import { searchAgencies } from '../core/agencySearch';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import { cleanAgencyInput } from '../core/rules/agency';
import { compareVietnamese, foldVietnamese } from '../core/vietnamese';
import type { AppDb, Store } from './open';
import { inTransaction } from './transaction';
import { agencies, assignments, plans, reportRequestAgencies, submissions, tasks } from './schema';

type AgencyRow = typeof agencies.$inferSelect;

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    uuid: row.uuid,
    name: row.name,
    shortName: row.shortName,
    aliases: JSON.parse(row.aliases) as string[],
    kind: row.kind as AgencyKind,
    parentId: row.parentId,
    active: row.active,
    mergedIntoId: row.mergedIntoId,
    mergedOn: row.mergedOn,
    seedKey: row.seedKey,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export interface AgencyListOptions {
  query?: string;
  includeInactive?: boolean;
}

export function listAgencies(db: AppDb, options: AgencyListOptions = {}): Agency[] {
  const listed = db
    .select()
    .from(agencies)
    .orderBy(asc(agencies.id))
    .all()
    .filter((row) => options.includeInactive === true || row.active)
    .map(toAgency);
  // A query lists the best match first, as the pickers do; without one the directory is in Vietnamese order.
  if (options.query?.trim()) return searchAgencies(listed, options.query);
  return listed.sort((a, b) => compareVietnamese(a.name, b.name));
}

export function getAgency(db: AppDb, id: number): Agency {
  const row = db.select().from(agencies).where(eq(agencies.id, id)).get();
  if (!row) throw notFound('cơ quan, đơn vị này');
  return toAgency(row);
}

function assertReferences(db: AppDb, input: AgencyInput, selfId: number | null): void {
  for (const [field, id] of [
    ['đơn vị cấp trên', input.parentId],
    ['cơ quan sáp nhập vào', input.mergedIntoId],
  ] as const) {
    if (id === null) continue;
    if (id === selfId) throw new AppError('INVALID_INPUT', `Một cơ quan không thể là ${field} của chính nó.`);
    if (!db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id)).get()) {
      throw notFound(`${field} đã chọn`);
    }
  }
  if (selfId !== null && input.parentId !== null) {
    // Walk up from the new parent: meeting ourselves would make a loop.
    let cursor: number | null = input.parentId;
    for (let guard = 0; cursor !== null && guard < 1000; guard++) {
      if (cursor === selfId)
        throw new AppError('INVALID_INPUT', 'Không thể đặt một đơn vị trực thuộc chính đơn vị cấp dưới của nó.');
      cursor =
        db.select({ parentId: agencies.parentId }).from(agencies).where(eq(agencies.id, cursor)).get()?.parentId ??
        null;
    }
  }
}

function assertNameFree(db: AppDb, nameKey: string, name: string, selfId: number | null): void {
  const existing = db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.nameKey, nameKey))
    .get();
  if (existing && existing.id !== selfId) {
    throw new AppError('DUPLICATE', `Danh mục đã có cơ quan “${existing.name}”. Không thể thêm “${name}” lần nữa.`);
  }
}

export function createAgency(store: Store, raw: AgencyInput): Agency {
  const input = cleanAgencyInput(raw);
  const nameKey = foldVietnamese(input.name);
  return inTransaction(store, () => {
    assertNameFree(store.db, nameKey, input.name, null);
    assertReferences(store.db, input, null);
    const now = nowTimestamp();
    const row = store.db
      .insert(agencies)
      .values({
        uuid: crypto.randomUUID(),
        ...input,
        aliases: JSON.stringify(input.aliases),
        searchText: foldVietnamese(agencySearchText(input)),
        nameKey,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    return toAgency(row);
  });
}

export function updateAgency(store: Store, id: number, raw: AgencyInput): Agency {
  const input = cleanAgencyInput(raw);
  const nameKey = foldVietnamese(input.name);
  return inTransaction(store, () => {
    getAgency(store.db, id);
    assertNameFree(store.db, nameKey, input.name, id);
    assertReferences(store.db, input, id);
    const row = store.db
      .update(agencies)
      .set({
        ...input,
        aliases: JSON.stringify(input.aliases),
        searchText: foldVietnamese(agencySearchText(input)),
        nameKey,
        updatedAt: nowTimestamp(),
      })
      .where(eq(agencies.id, id))
      .returning()
      .get();
    return toAgency(row);
  });
}

export function deleteAgency(store: Store, id: number): void {
  inTransaction(store, () => {
    const agency = getAgency(store.db, id);
    const uses = store.db
      .select({ plan: plans.numberSymbol, title: plans.title, n: count() })
      .from(assignments)
      .innerJoin(tasks, eq(tasks.id, assignments.taskId))
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(eq(assignments.agencyId, id))
      .groupBy(plans.id)
      .all();
    if (uses.length > 0) {
      const total = uses.reduce((sum, use) => sum + use.n, 0);
      const where = uses
        .slice(0, 3)
        .map((use) => use.plan ?? use.title)
        .join('; ');
      throw new AppError(
        'IN_USE',
        `Không thể xoá “${agency.name}”: cơ quan đang được phân công ${total} nhiệm vụ (${where}${uses.length > 3 ? '; …' : ''}). ` +
          'Hãy gỡ các phân công đó, hoặc đánh dấu cơ quan là đã sáp nhập / ngừng hoạt động để giữ tên trong các kế hoạch cũ.',
      );
    }
    const owed = store.db
      .select({ n: count() })
      .from(reportRequestAgencies)
      .where(eq(reportRequestAgencies.agencyId, id))
      .get()!.n;
    const received = store.db.select({ n: count() }).from(submissions).where(eq(submissions.agencyId, id)).get()!.n;
    if (owed + received > 0) {
      throw new AppError(
        'IN_USE',
        `Không thể xoá “${agency.name}”: cơ quan có ${owed} yêu cầu báo cáo${received ? ` và ${received} báo cáo đã nhận` : ''}. ` +
          'Hãy đánh dấu cơ quan là đã sáp nhập / ngừng hoạt động để giữ lịch sử.',
      );
    }
    store.db.delete(agencies).where(eq(agencies.id, id)).run();
  });
}
