/**
 * Write transactions. Every one is `BEGIN IMMEDIATE`: it takes the write lock before its first read, so a second
 * process writing the same file (the app and the CLI an IT officer runs) waits on the busy timeout instead of
 * failing with SQLITE_BUSY when a deferred transaction tries to upgrade its read lock (docs/architecture.md,
 * "One file, several processes").
 */
import type Database from 'better-sqlite3';
import { AppError } from '../core/errors';

/** A full disk, in words the officer can act on; null for any other failure. */
export function diskError(error: unknown): AppError | null {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError(
      'DISK_FULL',
      'Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ không bị thay đổi.',
      { cause: error },
    );
  }
  return null;
}

/** Runs `work` in one write transaction; a full disk becomes a clear message and nothing is written. */
export function inTransaction<T>(store: { sqlite: Database.Database }, work: () => T): T {
  try {
    return store.sqlite.transaction(work).immediate();
  } catch (error) {
    throw diskError(error) ?? error;
  }
}
