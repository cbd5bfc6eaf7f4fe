/**
 * Opens the one database of the app: pragmas, a backup before any migration of
 * an existing file, the migrations, then the shipped seeds. Exactly one process
 * writes to it (Electron main, or the serve/CLI process).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../core/errors';
import { applyMigrations, planMigrations, readMigrations } from './migrate';
import * as schema from './schema';
import { applyAgencySeeds } from './seed/applySeeds';
import { diskError } from './transaction';

/** The drizzle handle; `$client` is the better-sqlite3 connection under it. */
export type AppDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Store {
  db: AppDb;
  sqlite: Database.Database;
  path: string;
  /** Tag of the newest migration applied, e.g. `0000_init`. */
  schemaVersion: string;
  /** Where the pre-migration backup went, when one was taken this time. */
  backupPath: string | null;
}

export interface OpenOptions {
  path: string;
  migrationsFolder: string;
  /** Apply the agency directory shipped with the app (on by default). */
  seed?: boolean;
}

export const DEFAULT_MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

function hasUserTables(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`).get() !==
    undefined
  );
}

function backupFileName(dbPath: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(
    path.dirname(dbPath),
    'backups',
    `${path.basename(dbPath, path.extname(dbPath))}-truoc-cap-nhat-${stamp}.db`,
  );
}

export function openStore(options: OpenOptions): Store {
  fs.mkdirSync(path.dirname(options.path), { recursive: true });
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(options.path);
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    // Release the file at once: on Windows an open handle would stop the user moving the bad file away.
    sqlite?.close();
    throw new AppError(
      'MIGRATION_FAILED',
      `Không mở được tệp dữ liệu ${options.path}: tệp bị hỏng hoặc không phải cơ sở dữ liệu của Plan Desk.`,
      { cause: error },
    );
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a report recorded is on disk when the call returns, even through a power cut.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    const migrations = readMigrations(options.migrationsFolder);
    const plan = planMigrations(sqlite, migrations);
    let backupPath: string | null = null;
    if (plan.pending.length > 0 && hasUserTables(sqlite)) {
      backupPath = backupFileName(options.path);
      fs.mkdirSync(path.dirname(backupPath), { recursive: true });
      sqlite.prepare('VACUUM INTO ?').run(backupPath);
    }
    try {
      applyMigrations(sqlite, plan.pending);
    } catch (error) {
      throw (
        diskError(error) ??
        new AppError(
          'MIGRATION_FAILED',
          'Cập nhật cấu trúc cơ sở dữ liệu thất bại; dữ liệu không bị thay đổi.' +
            (backupPath ? ` Bản sao lưu trước khi cập nhật: ${backupPath}.` : '') +
            ` Chi tiết kỹ thuật: ${(error as Error).message}`,
          { cause: error },
        )
      );
    }

    const db = drizzle(sqlite, { schema });
    if (options.seed !== false) applyAgencySeeds(db);
    const newest = migrations.at(-1);
    const tag = newest ? journalTag(options.migrationsFolder, migrations.length - 1) : '';
    return { db, sqlite, path: options.path, schemaVersion: tag, backupPath };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function journalTag(migrationsFolder: string, index: number): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries[index]?.tag ?? '';
}

export function closeStore(store: Store): void {
  if (store.sqlite.open) store.sqlite.close();
}
