/**
 * The submission register (sổ theo dõi báo cáo): the reports received, with their files kept in the file store.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import { AppError, notFound } from '../core/errors';
import type { Submission } from '../core/reports';
import { readStoredFile, storeFile } from './fileStore';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { inTransaction } from './transaction';
import { agencies, submissionFiles, submissions } from './schema';

type SubmissionFilter = { requestId?: number; agencyId?: number; id?: number };

/**
 * The register with each submission's files, in one LEFT JOIN read in order, each submission's files gathered as
 * its rows come: linear in the register, and no list of ids bound as parameters (SQLite caps those at 32,766).
 */
export function listSubmissions(db: AppDb, filter: SubmissionFilter = {}): Submission[] {
  const conditions = [
    filter.requestId !== undefined ? eq(submissions.requestId, filter.requestId) : undefined,
    filter.agencyId !== undefined ? eq(submissions.agencyId, filter.agencyId) : undefined,
    filter.id !== undefined ? eq(submissions.id, filter.id) : undefined,
  ].filter((condition) => condition !== undefined);
  const rows = db
    .select({ submission: submissions, file: submissionFiles })
    .from(submissions)
    .leftJoin(submissionFiles, eq(submissionFiles.submissionId, submissions.id))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(submissions.receivedOn), asc(submissions.version), asc(submissions.id), asc(submissionFiles.id))
    .all();
  const out: Submission[] = [];
  for (const { submission: row, file } of rows) {
    let last = out.at(-1);
    if (last?.id !== row.id) {
      last = {
        id: row.id,
        uuid: row.uuid,
        requestId: row.requestId,
        agencyId: row.agencyId,
        receivedOn: row.receivedOn,
        documentNumber: row.documentNumber,
        documentDate: row.documentDate,
        note: row.note,
        version: row.version,
        files: [],
      };
      out.push(last);
    }
    if (file) {
      last.files.push({ id: file.id, uuid: file.uuid, sha256: file.sha256, fileName: file.fileName, size: file.size });
    }
  }
  return out;
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
    return listSubmissions(store.db, { id: row.id })[0]!;
  });
}

export function submissionFile(store: Store, fileId: number): { fileName: string; bytes: Buffer } {
  const file = store.db.select().from(submissionFiles).where(eq(submissionFiles.id, fileId)).get();
  if (!file) throw notFound('tệp báo cáo này');
  return { fileName: file.fileName, bytes: readStoredFile(store.path, file.sha256) };
}
