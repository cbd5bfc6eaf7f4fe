/**
 * Queries of the reports owed: requests (each shown on the calendar as a
 * deadline), the submission register with its files, reminder states and the
 * office's settings.
 */
import { and, asc, eq, inArray, isNotNull, max } from 'drizzle-orm';
import { sameCyclePeriod } from '../core/cyclePeriods';
import { formatDisplayDate, nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import type { ReminderState } from '../core/reminders';
import type { ReportRequest, RequestFields, RequestKind, Submission } from '../core/reports';
import { createEntry, deleteEntry, updateEntry } from './calendar';
import { readStoredFile, storeFile } from './fileStore';
import { inTransaction, type AppDb, type Store } from './open';
import {
  agencies,
  calendarEntries,
  reminderStates,
  reportRequestAgencies,
  reportRequests,
  settings,
  submissionFiles,
  submissions,
} from './schema';

type RequestRow = typeof reportRequests.$inferSelect;

function toRequests(db: AppDb, rows: RequestRow[]): ReportRequest[] {
  if (rows.length === 0) return [];
  const links = db
    .select()
    .from(reportRequestAgencies)
    .where(
      inArray(
        reportRequestAgencies.requestId,
        rows.map((row) => row.id),
      ),
    )
    .all();
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    title: row.title,
    kind: row.kind as RequestKind,
    cycleId: row.cycleId,
    requestedOn: row.requestedOn,
    dueOn: row.dueOn,
    dataFrom: row.dataFrom,
    dataTo: row.dataTo,
    receiver: row.receiver,
    outline: JSON.parse(row.outline) as string[],
    planId: row.planId,
    agencyIds: links.filter((link) => link.requestId === row.id).map((link) => link.agencyId),
    exemptAgencyIds: links.filter((link) => link.requestId === row.id && link.exempt).map((link) => link.agencyId),
    closedOn: row.closedOn,
  }));
}

export function listRequests(db: AppDb): ReportRequest[] {
  return toRequests(db, db.select().from(reportRequests).orderBy(asc(reportRequests.dueOn)).all());
}

/** The requests that track a report cycle's period: just what matching a period needs. */
export function listCycleTrackers(db: AppDb): CycleTracker[] {
  return db
    .select({
      id: reportRequests.id,
      cycleId: reportRequests.cycleId,
      dueOn: reportRequests.dueOn,
      dataTo: reportRequests.dataTo,
      calendarEntryId: reportRequests.calendarEntryId,
    })
    .from(reportRequests)
    .where(isNotNull(reportRequests.cycleId))
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

function cleanRequest(fields: RequestFields): RequestFields {
  const title = fields.title.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!title) throw new AppError('INVALID_INPUT', 'Tên báo cáo không được để trống.');
  if (fields.dueOn < fields.requestedOn) {
    throw new AppError('INVALID_INPUT', 'Hạn nộp phải trùng hoặc sau ngày yêu cầu báo cáo.');
  }
  if (fields.dataFrom && fields.dataTo && fields.dataTo < fields.dataFrom) {
    throw new AppError('INVALID_INPUT', 'Kỳ số liệu: ngày cuối phải sau ngày đầu.');
  }
  const agencyIds = [...new Set(fields.agencyIds)];
  if (agencyIds.length === 0) throw new AppError('INVALID_INPUT', 'Hãy chọn ít nhất một cơ quan phải gửi báo cáo.');
  return {
    ...fields,
    title,
    // Only a cycle's report belongs to a cycle; an ad hoc one linked to it would pass for the period's register.
    cycleId: fields.kind === 'cycle' ? fields.cycleId : null,
    receiver: fields.receiver?.trim() || null,
    outline: fields.outline.map((heading) => heading.trim()).filter(Boolean),
    agencyIds,
    exemptAgencyIds: [...new Set(fields.exemptAgencyIds)].filter((id) => agencyIds.includes(id)),
  };
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
  db.delete(reportRequestAgencies).where(eq(reportRequestAgencies.requestId, requestId)).run();
  for (const agencyId of fields.agencyIds) {
    db.insert(reportRequestAgencies)
      .values({ requestId, agencyId, exempt: fields.exemptAgencyIds.includes(agencyId) })
      .run();
  }
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

// ---------------------------------------------------------------------------------------------------------------
// The submission register

export function listSubmissions(db: AppDb, filter: { requestId?: number; agencyId?: number } = {}): Submission[] {
  const conditions = [
    filter.requestId !== undefined ? eq(submissions.requestId, filter.requestId) : undefined,
    filter.agencyId !== undefined ? eq(submissions.agencyId, filter.agencyId) : undefined,
  ].filter((condition) => condition !== undefined);
  const rows = db
    .select()
    .from(submissions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(submissions.receivedOn), asc(submissions.version))
    .all();
  if (rows.length === 0) return [];
  const files = db
    .select()
    .from(submissionFiles)
    .where(
      inArray(
        submissionFiles.submissionId,
        rows.map((row) => row.id),
      ),
    )
    .all();
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    requestId: row.requestId,
    agencyId: row.agencyId,
    receivedOn: row.receivedOn,
    documentNumber: row.documentNumber,
    documentDate: row.documentDate,
    note: row.note,
    version: row.version,
    files: files
      .filter((file) => file.submissionId === row.id)
      .map((file) => ({ id: file.id, uuid: file.uuid, sha256: file.sha256, fileName: file.fileName, size: file.size })),
  }));
}

export interface SubmissionInput {
  requestId: number;
  agencyId: number;
  receivedOn: string;
  documentNumber: string | null;
  documentDate: string | null;
  note: string | null;
  files: Array<{ fileName: string; bytes: Uint8Array }>;
}

/**
 * Records a report received. Files go to the store first (content-addressed, so
 * a retry after a crash writes nothing twice), then the register row, in one
 * transaction: a refusal or a full disk leaves the register as it was.
 */
export function recordSubmission(store: Store, input: SubmissionInput): Submission {
  const request = getRequest(store.db, input.requestId);
  const agency = store.db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, input.agencyId)).get();
  if (!agency) throw notFound('cơ quan này');
  if (!request.agencyIds.includes(input.agencyId)) {
    throw new AppError('INVALID_INPUT', `${agency.name} không có trong danh sách cơ quan phải gửi “${request.title}”.`);
  }
  if (input.receivedOn < request.requestedOn) {
    throw new AppError(
      'INVALID_INPUT',
      `Ngày nhận ${input.receivedOn.split('-').reverse().join('/')} trước ngày yêu cầu báo cáo (${request.requestedOn
        .split('-')
        .reverse()
        .join('/')}): hãy kiểm tra lại ngày.`,
    );
  }
  const hashes = input.files.map((file) => storeFile(store.path, file.bytes));
  return inTransaction(store, () => {
    const earlier = store.db
      .select({ sha256: submissionFiles.sha256, fileName: submissionFiles.fileName, version: submissions.version })
      .from(submissionFiles)
      .innerJoin(submissions, eq(submissions.id, submissionFiles.submissionId))
      .where(and(eq(submissions.requestId, input.requestId), eq(submissions.agencyId, input.agencyId)))
      .all();
    for (const [index, hash] of hashes.entries()) {
      const same = earlier.find((file) => file.sha256 === hash);
      if (same) {
        throw new AppError(
          'DUPLICATE',
          `Tệp “${input.files[index]!.fileName}” đã được ghi nhận (lần nộp thứ ${same.version}, tệp “${same.fileName}”); không ghi lần nữa.`,
        );
      }
    }
    const last =
      store.db
        .select({ version: max(submissions.version) })
        .from(submissions)
        .where(and(eq(submissions.requestId, input.requestId), eq(submissions.agencyId, input.agencyId)))
        .get()?.version ?? 0;
    const now = nowTimestamp();
    const row = store.db
      .insert(submissions)
      .values({
        uuid: crypto.randomUUID(),
        requestId: input.requestId,
        agencyId: input.agencyId,
        receivedOn: input.receivedOn,
        documentNumber: input.documentNumber?.trim() || null,
        documentDate: input.documentDate,
        note: input.note?.trim() || null,
        version: last + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: submissions.id })
      .get();
    input.files.forEach((file, index) => {
      store.db
        .insert(submissionFiles)
        .values({
          uuid: crypto.randomUUID(),
          submissionId: row.id,
          sha256: hashes[index]!,
          fileName: file.fileName,
          size: file.bytes.length,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    });
    return listSubmissions(store.db, { requestId: input.requestId, agencyId: input.agencyId }).find(
      (submission) => submission.id === row.id,
    )!;
  });
}

export function submissionFile(store: Store, fileId: number): { fileName: string; bytes: Buffer } {
  const file = store.db.select().from(submissionFiles).where(eq(submissionFiles.id, fileId)).get();
  if (!file) throw notFound('tệp báo cáo này');
  return { fileName: file.fileName, bytes: readStoredFile(store.path, file.sha256) };
}

// ---------------------------------------------------------------------------------------------------------------
// Reminder states and settings

export function listReminderStates(db: AppDb): ReminderState[] {
  return db
    .select()
    .from(reminderStates)
    .all()
    .map((row) => ({
      requestId: row.requestId,
      step: row.step,
      notified: row.notified,
      dismissed: row.dismissed,
      snoozedUntil: row.snoozedUntil,
    }));
}

export function setReminderState(
  store: Store,
  requestId: number,
  step: string,
  change: Partial<Pick<ReminderState, 'notified' | 'dismissed' | 'snoozedUntil'>>,
): void {
  inTransaction(store, () => {
    getRequest(store.db, requestId);
    const now = nowTimestamp();
    store.db
      .insert(reminderStates)
      .values({ uuid: crypto.randomUUID(), requestId, step, ...change, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [reminderStates.requestId, reminderStates.step],
        set: { ...change, updatedAt: now },
      })
      .run();
  });
}

export function getSetting<T>(db: AppDb, key: string, fallback: T): T {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(store: Store, key: string, value: unknown): void {
  inTransaction(store, () => {
    const now = nowTimestamp();
    store.db
      .insert(settings)
      .values({ key, value: JSON.stringify(value), updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: now } })
      .run();
  });
}
