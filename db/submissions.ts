/**
 * The submission register (sổ theo dõi báo cáo): the reports received, with their files kept in the file store.
 */
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import type { Submission } from '../core/reports';
import { readStoredFile, storeFile } from './fileStore';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { inTransaction } from './transaction';
import { agencies, submissionFiles, submissions } from './schema';

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
