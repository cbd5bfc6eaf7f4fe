/**
 * Applies the drizzle-kit SQL migrations in `db/migrations/`, keeping drizzle's
 * own `__drizzle_migrations` bookkeeping, but guarding the traps of its stock
 * migrator (docs/architecture.md, "Migrations"):
 * - a migration is pending when its journal timestamp was never applied, not
 *   merely when it is newer than the last one, so none is skipped silently;
 * - foreign keys are switched off outside the transaction (inside it the pragma
 *   is a no-op), and `foreign_key_check` runs before commit, so a table rebuild
 *   cannot cascade-delete or orphan child rows;
 * - a database written by a newer app is refused, not half-understood;
 * - an applied migration whose file changed since (its SHA-256 differs from the
 *   one recorded when it ran) is refused: the file no longer says what this
 *   database went through;
 * - the pending set is worked out again inside the write lock, so two processes
 *   opening one new file at once do not both apply it.
 */
import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../core/errors';

const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface MigrationPlan {
  known: MigrationMeta[];
  appliedMillis: number[];
  pending: MigrationMeta[];
}

interface AppliedMigration {
  millis: number;
  hash: string;
}

export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

function appliedMigrations(sqlite: Database.Database): AppliedMigration[] {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!table) return [];
  return (
    sqlite.prepare(`SELECT created_at, hash FROM ${MIGRATIONS_TABLE} ORDER BY created_at`).all() as Array<{
      created_at: number | string;
      hash: string;
    }>
  ).map((row) => ({ millis: Number(row.created_at), hash: row.hash }));
}

function pendingOf(known: MigrationMeta[], applied: AppliedMigration[]): MigrationMeta[] {
  const done = new Set(applied.map((migration) => migration.millis));
  return known.filter((migration) => !done.has(migration.folderMillis));
}

export function planMigrations(sqlite: Database.Database, known: MigrationMeta[]): MigrationPlan {
  const applied = appliedMigrations(sqlite);
  const byMillis = new Map(known.map((migration) => [migration.folderMillis, migration]));
  const unknown = applied.filter((migration) => !byMillis.has(migration.millis));
  if (unknown.length > 0) {
    throw new AppError(
      'DB_NEWER_THAN_APP',
      'Cơ sở dữ liệu này đã được một phiên bản Plan Desk mới hơn cập nhật cấu trúc ' +
        `(${unknown.length} bản cập nhật mà phiên bản đang chạy không biết). ` +
        'Để không làm hỏng dữ liệu, ứng dụng không mở tệp này. Hãy cài phiên bản Plan Desk mới nhất, ' +
        'hoặc mở một bản sao lưu cũ hơn.',
    );
  }
  const edited = applied.filter((migration) => byMillis.get(migration.millis)!.hash !== migration.hash);
  if (edited.length > 0) {
    const index = known.findIndex((migration) => migration.folderMillis === edited[0]!.millis);
    throw new AppError(
      'MIGRATION_EDITED',
      `Bản cập nhật cấu trúc số ${String(index).padStart(4, '0')} đã áp dụng cho tệp dữ liệu này nhưng tệp của nó ` +
        'trong bộ cài đã bị sửa sau đó, nên ứng dụng không còn biết chắc cấu trúc của dữ liệu. Để không làm hỏng ' +
        'dữ liệu, ứng dụng không mở tệp này. Hãy cài lại đúng bộ cài Plan Desk chính thức.',
    );
  }
  return {
    known,
    appliedMillis: applied.map((migration) => migration.millis),
    pending: pendingOf(known, applied),
  };
}

/** Applies what is pending; returns how many migrations this process applied (another may have applied them). */
export function applyMigrations(sqlite: Database.Database, known: MigrationMeta[]): number {
  if (pendingOf(known, appliedMigrations(sqlite)).length === 0) return 0;
  sqlite.pragma('foreign_keys = OFF');
  try {
    return sqlite
      .transaction(() => {
        sqlite.exec(
          `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
        );
        // Under the write lock now: what another process applied meanwhile is not applied again.
        const pending = pendingOf(known, appliedMigrations(sqlite));
        const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
        for (const migration of pending) {
          for (const statement of migration.sql) {
            if (statement.trim()) sqlite.exec(statement);
          }
          record.run(migration.hash, migration.folderMillis);
        }
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`foreign_key_check found ${violations.length} broken references`);
        }
        return pending.length;
      })
      .immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
