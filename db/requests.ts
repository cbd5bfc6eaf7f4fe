/**
 * Queries of report requests: what the office asked the agencies for, each shown on the calendar as a deadline,
 * with the agencies it is asked of.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { sameCyclePeriod } from '../core/cyclePeriods';
import { formatDisplayDate, nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import { cleanRequest } from '../core/rules/request';
import type { ReportRequest, RequestFields } from '../core/reports';
import { createEntry, deleteEntry, updateEntry } from './calendar';
import type { AppDb, Store } from './open';
import { LINKS, syncLinks } from './links';
import { inTransaction } from './transaction';
import { narrativeSections, provinceReports, reportTexts } from './schemaNarrative';
import {
  agencies,
  calendarEntries,
  reminderStates,
  reportRequestAgencies,
  reportRequests,
  submissions,
} from './schema';

type RequestRow = typeof reportRequests.$inferSelect;

function toRequest(row: RequestRow, agencyIds: number[], exemptAgencyIds: number[]): ReportRequest {
  return {
    id: row.id,
    uuid: row.uuid,
    title: row.title,
    kind: row.kind,
    cycleId: row.cycleId,
    requestedOn: row.requestedOn,
    dueOn: row.dueOn,
    dataFrom: row.dataFrom,
    dataTo: row.dataTo,
    receiver: row.receiver,
    outline: JSON.parse(row.outline) as string[],
    planId: row.planId,
    agencyIds,
    exemptAgencyIds,
    closedOn: row.closedOn,
  };
}

/** The requests with their agencies: one pass over the links, grouped as they come (linear in the rows). */
function toRequests(db: AppDb, rows: RequestRow[], all = false): ReportRequest[] {
  if (rows.length === 0) return [];
  const links = db
    .select({
      requestId: reportRequestAgencies.requestId,
      agencyId: reportRequestAgencies.agencyId,
      exempt: reportRequestAgencies.exempt,
    })
    .from(reportRequestAgencies)
    .where(
      all
        ? undefined
        : inArray(
            reportRequestAgencies.requestId,
            rows.map((row) => row.id),
          ),
    )
    .orderBy(asc(reportRequestAgencies.id))
    .all();
  const agencyIds = new Map<number, number[]>();
  const exemptIds = new Map<number, number[]>();
  for (const link of links) {
    const list = agencyIds.get(link.requestId);
    if (list) list.push(link.agencyId);
    else agencyIds.set(link.requestId, [link.agencyId]);
    if (link.exempt) {
      const exempt = exemptIds.get(link.requestId);
      if (exempt) exempt.push(link.agencyId);
      else exemptIds.set(link.requestId, [link.agencyId]);
    }
  }
  return rows.map((row) => toRequest(row, agencyIds.get(row.id) ?? [], exemptIds.get(row.id) ?? []));
}

export function listRequests(db: AppDb): ReportRequest[] {
  return toRequests(db, db.select().from(reportRequests).orderBy(asc(reportRequests.dueOn)).all(), true);
}

/** The requests that track a report cycle's period: just what matching a period needs. */
/** The requests that track periods of these cycles: only the cycles in view, not ten years of every cycle. */
export function listCycleTrackers(db: AppDb, cycleIds: readonly number[]): CycleTracker[] {
  if (cycleIds.length === 0) return [];
  return db
    .select({
      id: reportRequests.id,
      cycleId: reportRequests.cycleId,
      dueOn: reportRequests.dueOn,
      dataTo: reportRequests.dataTo,
      calendarEntryId: reportRequests.calendarEntryId,
    })
    .from(reportRequests)
    .where(inArray(reportRequests.cycleId, cycleIds))
    .all() as CycleTracker[];
}

export interface CycleTracker {
  id: number;
  cycleId: number;
  dueOn: string;
  dataTo: string | null;
  /** The request's deadline on the calendar, which stands for the period. */
  calendarEntryId: number | null;
}

export function getRequest(db: AppDb, id: number): ReportRequest {
  const row = db.select().from(reportRequests).where(eq(reportRequests.id, id)).get();
  if (!row) throw notFound('yêu cầu báo cáo này');
  return toRequests(db, [row])[0]!;
}

function entryFor(fields: RequestFields, taskIds: number[] = []) {
  return {
    kind: 'deadline' as const,
    title: `Hạn nộp: ${fields.title}`,
    description: null,
    startOn: fields.dueOn,
    endOn: null,
    yearly: false,
    time: null,
    place: null,
    what: fields.title,
    sender: null,
    receiver: fields.receiver,
    dataFrom: fields.dataFrom,
    dataTo: fields.dataTo,
    planId: fields.planId,
    agencyIds: fields.agencyIds,
    taskIds,
  };
}

function writeAgencies(db: AppDb, requestId: number, fields: RequestFields): void {
  const known = db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, fields.agencyIds)).all();
  if (known.length !== fields.agencyIds.length) {
    throw new AppError(
      'NOT_FOUND',
      'Một cơ quan được chọn không còn trong danh mục (có thể vừa bị xoá). Hãy chọn lại.',
    );
  }
  const received = new Set(
    db
      .select({ agencyId: submissions.agencyId })
      .from(submissions)
      .where(eq(submissions.requestId, requestId))
      .all()
      .map((row) => row.agencyId),
  );
  const dropped = [...received].filter((id) => !fields.agencyIds.includes(id));
  if (dropped.length > 0) {
    throw new AppError(
      'IN_USE',
      'Không thể bỏ cơ quan đã nộp báo cáo khỏi danh sách; hãy đánh dấu “được miễn” nếu cần.',
    );
  }
  const exempt = new Set(fields.exemptAgencyIds);
  syncLinks(
    db,
    LINKS.requestAgencies,
    requestId,
    fields.agencyIds.map((target) => ({ target, fields: { exempt: exempt.has(target) ? 1 : 0 } })),
  );
}

/** One register per period of a report cycle: a second one would split the submissions between two lists. */
function refuseSecondTracker(db: AppDb, fields: RequestFields, ownId: number | null): void {
  if (fields.cycleId === null) return;
  const existing = db
    .select({
      id: reportRequests.id,
      title: reportRequests.title,
      cycleId: reportRequests.cycleId,
      dueOn: reportRequests.dueOn,
      dataTo: reportRequests.dataTo,
    })
    .from(reportRequests)
    .where(eq(reportRequests.cycleId, fields.cycleId))
    .all()
    .find((row) => row.id !== ownId && sameCyclePeriod(row, fields));
  if (existing) {
    throw new AppError(
      'DUPLICATE',
      `Kỳ báo cáo này đã có sổ theo dõi: “${existing.title}” (hạn ${formatDisplayDate(existing.dueOn)}). ` +
        'Hãy mở yêu cầu đó trong “Báo cáo phải nộp”.',
    );
  }
}

/** `taskIds`: the tasks the request's calendar deadline belongs to (the sentence an import read it from). */
export function createRequest(store: Store, raw: RequestFields, taskIds: number[] = []): ReportRequest {
  const fields = cleanRequest(raw);
  return inTransaction(store, () => {
    refuseSecondTracker(store.db, fields, null);
    const entry = createEntry(store, entryFor(fields, taskIds), 'request');
    const now = nowTimestamp();
    const { agencyIds: _agencies, exemptAgencyIds: _exempt, outline, ...columns } = fields;
    const row = store.db
      .insert(reportRequests)
      .values({
        uuid: crypto.randomUUID(),
        ...columns,
        outline: JSON.stringify(outline),
        calendarEntryId: entry.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: reportRequests.id })
      .get();
    writeAgencies(store.db, row.id, fields);
    return getRequest(store.db, row.id);
  });
}

export function updateRequest(store: Store, id: number, raw: RequestFields): ReportRequest {
  const fields = cleanRequest(raw);
  return inTransaction(store, () => {
    getRequest(store.db, id);
    refuseSecondTracker(store.db, fields, id);
    refuseDroppingFigures(store.db, id, fields);
    const row = store.db.select().from(reportRequests).where(eq(reportRequests.id, id)).get()!;
    const { agencyIds: _agencies, exemptAgencyIds: _exempt, outline, ...columns } = fields;
    if (row.dueOn !== fields.dueOn) {
      // Steps are counted from the due date ("7 days before"): a new due date is a new schedule, and a step the
      // officer dismissed or snoozed for the old one must come again.
      store.db.delete(reminderStates).where(eq(reminderStates.requestId, id)).run();
    }
    let calendarEntryId = row.calendarEntryId;
    const entryExists =
      calendarEntryId !== null &&
      store.db
        .select({ id: calendarEntries.id })
        .from(calendarEntries)
        .where(eq(calendarEntries.id, calendarEntryId))
        .get();
    if (entryExists) updateEntry(store, calendarEntryId!, entryFor(fields), true);
    else calendarEntryId = createEntry(store, entryFor(fields), 'request').id;
    store.db
      .update(reportRequests)
      .set({ ...columns, outline: JSON.stringify(outline), calendarEntryId, updatedAt: nowTimestamp() })
      .where(eq(reportRequests.id, id))
      .run();
    writeAgencies(store.db, id, fields);
    return getRequest(store.db, id);
  });
}

/**
 * A source whose figures are entered stays a source: dropping or exempting it would leave figures that count in
 * the consolidation's sums but belong to no source on the screen.
 */
function refuseDroppingFigures(db: AppDb, id: number, fields: RequestFields): void {
  const exempt = new Set(fields.exemptAgencyIds);
  const kept = new Set(fields.agencyIds.filter((agencyId) => !exempt.has(agencyId)));
  const withFigures = db.all<{ id: number; name: string }>(
    sql`select a.id, a.name from figure_sources f join agencies a on a.id = f.agency_id
        where f.request_id = ${id}
          and exists (select 1 from figure_values v where v.agency_id = f.agency_id and v.request_id = f.request_id)`,
  );
  const dropped = withFigures.filter((agency) => !kept.has(agency.id));
  if (dropped.length > 0) {
    throw new AppError(
      'IN_USE',
      `Không bỏ hoặc miễn được ${dropped.map((agency) => agency.name).join(', ')}: đã có số liệu của cơ quan này trong yêu cầu. ` +
        'Hãy xoá các số liệu đó ở thẻ “Số liệu” trước.',
    );
  }
}

/** Stops chasing a request from `on` (reminders end); `null` takes it up again. */
export function setRequestClosed(store: Store, id: number, on: string | null): ReportRequest {
  return inTransaction(store, () => {
    const request = getRequest(store.db, id);
    if (on !== null && on < request.requestedOn) {
      throw new AppError(
        'INVALID_INPUT',
        `Ngày kết thúc theo dõi (${formatDisplayDate(on)}) không thể trước ngày yêu cầu báo cáo ` +
          `(${formatDisplayDate(request.requestedOn)}).`,
      );
    }
    store.db
      .update(reportRequests)
      .set({ closedOn: on, updatedAt: nowTimestamp() })
      .where(eq(reportRequests.id, id))
      .run();
    return getRequest(store.db, id);
  });
}

/** The agencies' report text read and the office's text written are work the office would lose with the request. */
function refuseDroppingNarrative(db: AppDb, id: number, title: string): void {
  const read = db
    .select({ id: narrativeSections.id })
    .from(narrativeSections)
    .where(eq(narrativeSections.requestId, id));
  const written = db.select({ id: reportTexts.id }).from(reportTexts).where(eq(reportTexts.requestId, id));
  if (read.limit(1).get() !== undefined || written.limit(1).get() !== undefined) {
    throw new AppError(
      'IN_USE',
      `Yêu cầu “${title}” đã có nội dung báo cáo tổng hợp (báo cáo các cơ quan đã đọc, nội dung Văn phòng đã viết); ` +
        'không thể xoá để không mất nội dung đó.',
    );
  }
}

export function deleteRequest(store: Store, id: number): void {
  inTransaction(store, () => {
    const row = store.db.select().from(reportRequests).where(eq(reportRequests.id, id)).get();
    if (!row) throw notFound('yêu cầu báo cáo này');
    const received = store.db
      .select({ id: submissions.id })
      .from(submissions)
      .where(eq(submissions.requestId, id))
      .all();
    if (received.length > 0) {
      throw new AppError(
        'IN_USE',
        `Đã nhận ${received.length} báo cáo cho yêu cầu “${row.title}”; không thể xoá để không mất báo cáo đã nhận.`,
      );
    }
    refuseDroppingNarrative(store.db, id, row.title);
    store.db.delete(provinceReports).where(eq(provinceReports.requestId, id)).run();
    store.db.delete(reportRequests).where(eq(reportRequests.id, id)).run();
    if (row.calendarEntryId !== null) {
      const entry = store.db
        .select({ id: calendarEntries.id })
        .from(calendarEntries)
        .where(eq(calendarEntries.id, row.calendarEntryId))
        .get();
      if (entry) deleteEntry(store, entry.id, true);
    }
  });
}
