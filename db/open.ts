/**
 * Opens the one database of the app: checks that it is a sound SQLite file that
 * is Plan Desk's (or empty), pragmas, a backup before any migration of an
 * existing file, the migrations, then the shipped seeds. A refusal says why
 * (db/openFailure.ts). Exactly one process writes to it (Electron main, or the
 * serve/CLI process).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../core/errors';
import { applyMigrations, planMigrations, readMigrations } from './migrate';
import { backupFileName, checkOpenedFile, explainOpenFailure, openFailure, checkDataPath } from './openFailure';
import * as schema from './schema';
import { applyIndicatorSeeds } from './indicators';
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
  /** Apply the agency directory and the indicator catalogue shipped with the app (on by default). */
  seed?: boolean;
  /** How long to wait for another program's lock before saying the file is in use (5 s by default). */
  busyTimeoutMs?: number;
}

export const DEFAULT_MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

function hasUserTables(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`).get() !==
    undefined
  );
}

/**
 * The connection, once the file is known to be a sound SQLite file that is Plan Desk's or empty; nothing has been
 * written to it yet. Any failure says its cause (db/openFailure.ts).
 */
function connect(options: OpenOptions): Database.Database {
  try {
    fs.mkdirSync(path.dirname(options.path), { recursive: true });
    checkDataPath(options.path);
  } catch (error) {
    throw openFailure(error, options.path);
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    checkOpenedFile(sqlite, options.path);
    return sqlite;
  } catch (error) {
    // Release the file at once: on Windows an open handle would stop the user moving the bad file away.
    sqlite?.close();
    throw openFailure(error, options.path);
  }
}

export function openStore(options: OpenOptions): Store {
  const sqlite = connect(options);
  try {
    sqlite.pragma('journal_mode = WAL');
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
        explainOpenFailure(error, options.path) ??
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
    if (options.seed !== false) {
      applyAgencySeeds(db);
      // After the directory: a designated-source indicator names its agency by the directory's seed key.
      applyIndicatorSeeds(db);
    }
    const newest = migrations.at(-1);
    const tag = newest ? journalTag(options.migrationsFolder, migrations.length - 1) : '';
    return { db, sqlite, path: options.path, schemaVersion: tag, backupPath };
  } catch (error) {
    sqlite.close();
    // A lock or a damaged page met after the checks (the seeds' first write) is said as such; anything else as is.
    throw error instanceof AppError ? error : (diskError(error) ?? explainOpenFailure(error, options.path) ?? error);
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
