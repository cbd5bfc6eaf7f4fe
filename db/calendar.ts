/** Queries of the calendar: entries with their agencies and tasks, report cycles, and the edits of days off. */
import { and, eq, gte, inArray, isNotNull, lte, or } from 'drizzle-orm';
import type { Cycle, CycleFields, Entry, EntryFields, EntryKind } from '../core/calendar';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import { cleanCycle, cleanEntry } from '../core/rules/calendar';
import type { Recurrence } from '../core/plan';
import type { CalendarEdits, HolidayChange } from '../core/workdays';
import type { AppDb, Store } from './open';
import { LINKS, syncLinks } from './links';
import { inTransaction } from './transaction';
import {
  agencies,
  calendarEntries,
  calendarEntryAgencies,
  calendarEntryTasks,
  holidayEdits,
  plans,
  reportCycleAgencies,
  reportCycles,
  tasks,
} from './schema';

type EntryRow = typeof calendarEntries.$inferSelect;

function groupIds(rows: Array<{ owner: number; id: number }>): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const row of rows) map.set(row.owner, [...(map.get(row.owner) ?? []), row.id]);
  return map;
}

function toEntries(db: AppDb, rows: EntryRow[]): Entry[] {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const agencyIds = groupIds(
    db
      .select({ owner: calendarEntryAgencies.entryId, id: calendarEntryAgencies.agencyId })
      .from(calendarEntryAgencies)
      .where(inArray(calendarEntryAgencies.entryId, ids))
      .all(),
  );
  const taskIds = groupIds(
    db
      .select({ owner: calendarEntryTasks.entryId, id: calendarEntryTasks.taskId })
      .from(calendarEntryTasks)
      .where(inArray(calendarEntryTasks.entryId, ids))
      .all(),
  );
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    kind: row.kind as EntryKind,
    title: row.title,
    description: row.description,
    startOn: row.startOn,
    endOn: row.endOn,
    yearly: row.yearly,
    time: row.time,
    place: row.place,
    what: row.what,
    sender: row.sender,
    receiver: row.receiver,
    dataFrom: row.dataFrom,
    dataTo: row.dataTo,
    planId: row.planId,
    source: row.source,
    agencyIds: agencyIds.get(row.id) ?? [],
    taskIds: taskIds.get(row.id) ?? [],
  }));
}

/** Entries that touch [from, to], and every yearly event (it comes back each year). */
export function listEntries(db: AppDb, from: string, to: string): Entry[] {
  const rows = db
    .select()
    .from(calendarEntries)
    .where(
      or(
        eq(calendarEntries.yearly, true),
        and(lte(calendarEntries.startOn, to), gte(calendarEntries.startOn, from)),
        and(lte(calendarEntries.startOn, to), isNotNull(calendarEntries.endOn), gte(calendarEntries.endOn, from)),
      ),
    )
    .all();
  return toEntries(db, rows);
}

export function getEntry(db: AppDb, id: number): Entry {
  const row = db.select().from(calendarEntries).where(eq(calendarEntries.id, id)).get();
  if (!row) throw notFound('mục lịch này');
  return toEntries(db, [row])[0]!;
}

function assertLinks(db: AppDb, fields: Pick<EntryFields, 'planId' | 'agencyIds' | 'taskIds'>): void {
  if (fields.planId !== null && !db.select({ id: plans.id }).from(plans).where(eq(plans.id, fields.planId)).get()) {
    throw notFound('kế hoạch đã chọn');
  }
  const agencyIds = [...new Set(fields.agencyIds)];
  if (agencyIds.length > 0) {
    const found = db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, agencyIds)).all();
    if (found.length !== agencyIds.length) {
      throw new AppError(
        'NOT_FOUND',
        'Một cơ quan được chọn không còn trong danh mục (có thể vừa bị xoá). Hãy chọn lại.',
      );
    }
  }
  const taskIds = [...new Set(fields.taskIds)];
  if (taskIds.length > 0) {
    const found = db.select({ id: tasks.id, planId: tasks.planId }).from(tasks).where(inArray(tasks.id, taskIds)).all();
    if (found.length !== taskIds.length) throw notFound('nhiệm vụ được liên kết');
    if (found.some((task) => task.planId !== fields.planId)) {
      throw new AppError(
        'INVALID_INPUT',
        'Nhiệm vụ liên quan phải thuộc kế hoạch của mục lịch. Hãy chọn kế hoạch trước, rồi chọn nhiệm vụ của kế hoạch đó.',
      );
    }
  }
}

function writeLinks(db: AppDb, entryId: number, fields: Pick<EntryFields, 'agencyIds' | 'taskIds'>): void {
  syncLinks(
    db,
    LINKS.entryAgencies,
    entryId,
    fields.agencyIds.map((target) => ({ target })),
  );
  syncLinks(
    db,
    LINKS.entryTasks,
    entryId,
    fields.taskIds.map((target) => ({ target })),
  );
}

export function createEntry(store: Store, raw: EntryFields, source = 'manual'): Entry {
  const fields = cleanEntry(raw);
  return inTransaction(store, () => {
    assertLinks(store.db, fields);
    const now = nowTimestamp();
    const { agencyIds, taskIds, ...columns } = fields;
    const row = store.db
      .insert(calendarEntries)
      .values({ uuid: crypto.randomUUID(), ...columns, source, createdAt: now, updatedAt: now })
      .returning({ id: calendarEntries.id })
      .get();
    writeLinks(store.db, row.id, { agencyIds, taskIds });
    return getEntry(store.db, row.id);
  });
}

/** A report request's deadline is changed through the request, so the two never disagree. */
function assertNotRequestDeadline(entry: Entry): void {
  if (entry.source === 'request') {
    throw new AppError(
      'IN_USE',
      `“${entry.title}” là hạn của một yêu cầu báo cáo; hãy đổi hạn nộp trong màn hình “Báo cáo phải nộp”.`,
    );
  }
}

/** `viaRequest`: the change comes from the request that owns the entry. */
export function updateEntry(store: Store, id: number, raw: EntryFields, viaRequest = false): Entry {
  const fields = cleanEntry(raw);
  return inTransaction(store, () => {
    const current = getEntry(store.db, id);
    if (!viaRequest) assertNotRequestDeadline(current);
    assertLinks(store.db, fields);
    const { agencyIds, taskIds, ...columns } = fields;
    store.db
      .update(calendarEntries)
      .set({ ...columns, updatedAt: nowTimestamp() })
      .where(eq(calendarEntries.id, id))
      .run();
    writeLinks(store.db, id, { agencyIds, taskIds });
    return getEntry(store.db, id);
  });
}

/** Moves an entry to start on another day; a period keeps its length. */
export function moveEntry(store: Store, id: number, startOn: string): Entry {
  return inTransaction(store, () => {
    const entry = getEntry(store.db, id);
    assertNotRequestDeadline(entry);
    let endOn = entry.endOn;
    if (endOn) {
      const length = Date.parse(endOn) - Date.parse(entry.startOn);
      endOn = new Date(Date.parse(startOn) + length).toISOString().slice(0, 10);
    }
    store.db
      .update(calendarEntries)
      .set({ startOn, endOn, updatedAt: nowTimestamp() })
      .where(eq(calendarEntries.id, id))
      .run();
    return getEntry(store.db, id);
  });
}

export function deleteEntry(store: Store, id: number, viaRequest = false): void {
  inTransaction(store, () => {
    const entry = getEntry(store.db, id);
    if (!viaRequest) assertNotRequestDeadline(entry);
    store.db.delete(calendarEntries).where(eq(calendarEntries.id, id)).run();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Report cycles

export function listCycles(db: AppDb): Cycle[] {
  const rows = db.select().from(reportCycles).all();
  const agencyIds = groupIds(
    db.select({ owner: reportCycleAgencies.cycleId, id: reportCycleAgencies.agencyId }).from(reportCycleAgencies).all(),
  );
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    title: row.title,
    recurrence: row.recurrence as Recurrence,
    windowStartDay: row.windowStartDay,
    windowEndDay: row.windowEndDay,
    dueDay: row.dueDay,
    dueMonthOffset: row.dueMonthOffset,
    fromYear: row.fromYear,
    toYear: row.toYear,
    receiver: row.receiver,
    planId: row.planId,
    agencyIds: agencyIds.get(row.id) ?? [],
  }));
}

function getCycle(db: AppDb, id: number): Cycle {
  const cycle = listCycles(db).find((item) => item.id === id);
  if (!cycle) throw notFound('báo cáo định kỳ này');
  return cycle;
}

function writeCycleAgencies(db: AppDb, cycleId: number, agencyIds: number[]): void {
  syncLinks(
    db,
    LINKS.cycleAgencies,
    cycleId,
    agencyIds.map((target) => ({ target })),
  );
}

export function createCycle(store: Store, raw: CycleFields): Cycle {
  const fields = cleanCycle(raw);
  return inTransaction(store, () => {
    assertLinks(store.db, { planId: fields.planId, agencyIds: fields.agencyIds, taskIds: [] });
    const now = nowTimestamp();
    const { agencyIds, ...columns } = fields;
    const row = store.db
      .insert(reportCycles)
      .values({ uuid: crypto.randomUUID(), ...columns, createdAt: now, updatedAt: now })
      .returning({ id: reportCycles.id })
      .get();
    writeCycleAgencies(store.db, row.id, agencyIds);
    return getCycle(store.db, row.id);
  });
}

export function updateCycle(store: Store, id: number, raw: CycleFields): Cycle {
  const fields = cleanCycle(raw);
  return inTransaction(store, () => {
    getCycle(store.db, id);
    assertLinks(store.db, { planId: fields.planId, agencyIds: fields.agencyIds, taskIds: [] });
    const { agencyIds, ...columns } = fields;
    store.db
      .update(reportCycles)
      .set({ ...columns, updatedAt: nowTimestamp() })
      .where(eq(reportCycles.id, id))
      .run();
    writeCycleAgencies(store.db, id, agencyIds);
    return getCycle(store.db, id);
  });
}

export function deleteCycle(store: Store, id: number): void {
  inTransaction(store, () => {
    getCycle(store.db, id);
    store.db.delete(reportCycles).where(eq(reportCycles.id, id)).run();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Days off

/** The officer's edits, in the shape the working-day calendar takes. */
export function holidayEditsFor(db: AppDb): CalendarEdits {
  const rows = db.select().from(holidayEdits).all();
  return {
    added: rows
      .filter((row) => row.change === 'day_off')
      .map((row) => ({ date: row.date, name: row.name ?? 'Ngày nghỉ', lunar: false, kind: 'day_off' as const })),
    removed: rows.filter((row) => row.change === 'not_day_off').map((row) => row.date),
    makeUp: rows.filter((row) => row.change === 'make_up_workday').map((row) => row.date),
  };
}

/** Sets the officer's edit of one day (null: back to the computed day); an edit changed again keeps its UUID. */
export function editHoliday(store: Store, date: string, change: HolidayChange | null, name: string | null): void {
  inTransaction(store, () => {
    if (change === null) {
      store.db.delete(holidayEdits).where(eq(holidayEdits.date, date)).run();
      return;
    }
    const now = nowTimestamp();
    const values = { change, name: name?.trim() || null };
    store.db
      .insert(holidayEdits)
      .values({ uuid: crypto.randomUUID(), date, ...values, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: holidayEdits.date, set: { ...values, updatedAt: now } })
      .run();
  });
}
