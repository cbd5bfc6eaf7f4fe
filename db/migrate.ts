/**
 * Applies the drizzle-kit SQL migrations in `db/migrations/`, keeping drizzle's
 * own `__drizzle_migrations` bookkeeping, but guarding the traps of its stock
 * migrator (architecture.md §6):
 * - a migration is pending when its journal timestamp was never applied, not
 *   merely when it is newer than the last one, so none is skipped silently;
 * - foreign keys are switched off outside the transaction (inside it the pragma
 *   is a no-op), and `foreign_key_check` runs before commit, so a table rebuild
 *   cannot cascade-delete or orphan child rows;
 * - a database written by a newer app is refused, not half-understood.
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

export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

function appliedMigrationMillis(sqlite: Database.Database): number[] {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!table) return [];
  return sqlite
    .prepare(`SELECT created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at`)
    .pluck()
    .all()
    .map((value) => Number(value));
}

export function planMigrations(sqlite: Database.Database, known: MigrationMeta[]): MigrationPlan {
  const appliedMillis = appliedMigrationMillis(sqlite);
  const knownMillis = new Set(known.map((migration) => migration.folderMillis));
  const unknown = appliedMillis.filter((millis) => !knownMillis.has(millis));
  if (unknown.length > 0) {
    throw new AppError(
      'DB_NEWER_THAN_APP',
      'Cơ sở dữ liệu này đã được một phiên bản Plan Desk mới hơn cập nhật cấu trúc ' +
        `(${unknown.length} bản cập nhật mà phiên bản đang chạy không biết). ` +
        'Để không làm hỏng dữ liệu, ứng dụng không mở tệp này. Hãy cài phiên bản Plan Desk mới nhất, ' +
        'hoặc mở một bản sao lưu cũ hơn.',
    );
  }
  const applied = new Set(appliedMillis);
  return { known, appliedMillis, pending: known.filter((migration) => !applied.has(migration.folderMillis)) };
}

export function applyMigrations(sqlite: Database.Database, pending: MigrationMeta[]): void {
  if (pending.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
    sqlite.transaction(() => {
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
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
