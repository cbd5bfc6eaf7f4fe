/**
 * Why the data file did not open, in words the officer (or the IT officer beside them) can act on. Each cause has
 * its own message, because each has its own remedy: a driver to rebuild, a folder to be given write access, another
 * program to close, a wrong file chosen, a damaged file to restore from its backup. Only a damaged file is called
 * damaged: telling someone their data is lost when it is merely locked makes them delete or "repair" a good file.
 *
 * Also here: the name of the backup taken before a migration, next to the search for the newest one, so the two
 * cannot drift apart.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { AppError } from '../core/errors';
import { agencies, plans } from './schema';

export type OpenFailureKind =
  'driver' | 'permission' | 'folder' | 'locked' | 'not-sqlite' | 'foreign' | 'damaged' | 'unopenable';

/**
 * Keeps MIGRATION_FAILED as its code, the code every refused open has always had (the CLI's --json and its callers
 * rely on it); `kind` tells the causes apart. In every case nothing was written to the file.
 */
export class StoreOpenError extends AppError {
  readonly kind: OpenFailureKind;

  constructor(kind: OpenFailureKind, message: string, options?: { cause?: unknown }) {
    super('MIGRATION_FAILED', message, options);
    this.name = 'StoreOpenError';
    this.kind = kind;
  }
}

const UNCHANGED = 'Dữ liệu không bị thay đổi.';

// ---------------------------------------------------------------------------------------------------------------
// Backups

const BACKUP_MARK = '-truoc-cap-nhat-';

export function backupsFolder(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

function backupPrefix(dbPath: string): string {
  return `${path.basename(dbPath, path.extname(dbPath))}${BACKUP_MARK}`;
}

/** Where the copy taken before a migration goes: `backups/<name>-truoc-cap-nhat-<UTC time>.db` beside the file. */
export function backupFileName(dbPath: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(backupsFolder(dbPath), `${backupPrefix(dbPath)}${stamp}.db`);
}

/**
 * The newest pre-migration backup of this file, by the time in its name (a copy made by hand keeps the name but
 * not the modification time), or null when there is none.
 */
export function newestBackup(dbPath: string): string | null {
  const prefix = backupPrefix(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(backupsFolder(dbPath));
  } catch {
    return null;
  }
  const newest = names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.db'))
    .sort()
    .at(-1);
  return newest ? path.join(backupsFolder(dbPath), newest) : null;
}

/** "14:05 ngày 03/06/2025", from the UTC stamp in a backup's name, in this PC's time zone; null if unreadable. */
function backupTime(backupPath: string): string | null {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/.exec(path.basename(backupPath));
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const time = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(time.getTime())) return null;
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${two(time.getHours())}:${two(time.getMinutes())} ngày ` +
    `${two(time.getDate())}/${two(time.getMonth() + 1)}/${time.getFullYear()}`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The causes, one message each

function driverFailure(error: unknown): StoreOpenError {
  const detail = String((error as Error)?.message ?? error)
    .replace(/\s+/g, ' ')
    .trim();
  const electron = process.versions.electron;
  const remedy = electron
    ? `Plan Desk đang chạy trong Electron ${electron} nhưng better-sqlite3 được dựng cho Node. ` +
      'Nếu chạy từ mã nguồn, hãy chạy "npm start": lệnh này tự dựng lại better-sqlite3 cho Electron ' +
      '(scripts/native-abi.mjs, cần internet). Nếu "npm start" vẫn báo lỗi này, hãy xoá tệp .native-abi trong ' +
      'thư mục dự án rồi chạy lại. Nếu đây là bản cài đặt, hãy cài lại Plan Desk từ bộ cài chính thức.'
    : `better-sqlite3 được dựng cho Electron hoặc cho một phiên bản Node khác, không phải Node ${process.version} ` +
      'đang chạy. Hãy chạy "npm rebuild better-sqlite3" (cần python3, make và trình biên dịch C++) rồi thử lại; ' +
      '"npm run serve" và "npm run cli" tự làm bước này. Sau đó "npm start" sẽ tự dựng lại cho Electron.';
  return new StoreOpenError(
    'driver',
    `Trình điều khiển SQLite (better-sqlite3) không nạp được, nên chưa đọc được tệp dữ liệu nào. ${remedy} ` +
      `${UNCHANGED} Chi tiết kỹ thuật: ${detail}`,
    { cause: error },
  );
}

function folderFailure(dbPath: string, error?: unknown): StoreOpenError {
  return new StoreOpenError(
    'folder',
    `Đường dẫn tệp dữ liệu ${dbPath} là một thư mục, không phải một tệp. Hãy chỉ đến tệp dữ liệu bên trong ` +
      `thư mục đó (thường là plan-desk.db), hoặc chọn một tên tệp mới để tạo dữ liệu mới. ${UNCHANGED}`,
    { cause: error },
  );
}

function folderPermissionFailure(dbPath: string, folder: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'permission',
    `Tài khoản đang dùng không có quyền ghi vào thư mục ${folder}, nơi đặt tệp dữ liệu ${dbPath} ` +
      '(Plan Desk cần ghi cả các tệp phụ -wal và -shm bên cạnh tệp dữ liệu). Hãy nhờ bộ phận CNTT cấp quyền ghi ' +
      `cho thư mục đó, hoặc đặt tệp dữ liệu ở một thư mục khác mà tài khoản này được ghi. ${UNCHANGED}`,
    { cause: error },
  );
}

function filePermissionFailure(dbPath: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'permission',
    `Tệp dữ liệu ${dbPath} đang ở chế độ chỉ đọc, hoặc tài khoản đang dùng không có quyền ghi vào tệp. Hãy bỏ ` +
      'đánh dấu "Chỉ đọc" (Read-only) trong Thuộc tính (Properties) của tệp, hoặc nhờ bộ phận CNTT cấp quyền ghi. ' +
      UNCHANGED,
    { cause: error },
  );
}

function lockedFailure(dbPath: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'locked',
    `Tệp dữ liệu ${dbPath} đang bị một chương trình khác giữ: có thể là một cửa sổ Plan Desk khác (kể cả trên ` +
      'máy khác, nếu tệp nằm trên ổ mạng), lệnh plan-desk trong cửa sổ dòng lệnh, một chương trình xem cơ sở dữ ' +
      'liệu (như DB Browser for SQLite), hoặc phần mềm sao lưu, đồng bộ đang chép tệp. Hãy đóng chương trình đó ' +
      `rồi mở lại Plan Desk. ${UNCHANGED}`,
    { cause: error },
  );
}

function notSqliteFailure(dbPath: string, error: unknown): StoreOpenError {
  const backup = newestBackup(dbPath);
  return new StoreOpenError(
    'not-sqlite',
    `Tệp ${dbPath} không phải cơ sở dữ liệu của Plan Desk (không phải một tệp SQLite): có thể đã chọn nhầm tệp. ` +
      'Hãy kiểm tra lại đường dẫn tệp dữ liệu. Nếu chắc đây là tệp dữ liệu Plan Desk vẫn dùng, đừng xoá nó; ' +
      `hãy báo bộ phận CNTT${backup ? ` (bản sao lưu mới nhất: ${backup})` : ''}. ${UNCHANGED}`,
    { cause: error },
  );
}

function foreignFailure(dbPath: string, tables: string[]): StoreOpenError {
  const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
  return new StoreOpenError(
    'foreign',
    `Tệp ${dbPath} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của Plan Desk (có ${tables.length} ` +
      `bảng: ${shown}; không bảng nào của Plan Desk). Plan Desk không ghi gì vào tệp này. Có thể đã chọn nhầm ` +
      'tệp: hãy kiểm tra lại đường dẫn tệp dữ liệu.',
  );
}

function damagedFailure(dbPath: string, detail: string, error?: unknown): StoreOpenError {
  const backup = newestBackup(dbPath);
  const time = backup ? backupTime(backup) : null;
  const restore = backup
    ? `Bản sao lưu mới nhất: ${backup} (${time ? `tạo lúc ${time}, ` : ''}trước lần cập nhật cấu trúc gần nhất; ` +
      'những gì nhập sau thời điểm đó không có trong bản sao lưu). Đừng xoá tệp bị hỏng; hãy báo bộ phận CNTT để ' +
      'khôi phục từ bản sao lưu và cứu phần dữ liệu mới hơn.'
    : `Không có bản sao lưu nào trong thư mục ${backupsFolder(dbPath)}. Đừng xoá hay ghi đè tệp này; hãy báo ` +
      'bộ phận CNTT: thường vẫn cứu được phần lớn dữ liệu từ tệp bị hỏng.';
  const said = detail
    .replace(/\*\*\* in database \w+ \*\*\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return new StoreOpenError(
    'damaged',
    `Tệp dữ liệu ${dbPath} bị hỏng, nên Plan Desk không mở để khỏi ghi thêm vào tệp hỏng. ${restore} ` +
      `Chi tiết kỹ thuật (SQLite báo): ${said}`,
    { cause: error },
  );
}

function unopenableFailure(dbPath: string, error: unknown): StoreOpenError {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return new StoreOpenError(
    'unopenable',
    `Không mở được tệp dữ liệu ${dbPath} (${[code, message ?? String(error)].filter(Boolean).join(': ')}). ` +
      'Hãy kiểm tra đường dẫn, quyền ghi vào thư mục chứa tệp và ổ đĩa (ổ mạng, USB còn kết nối), hoặc báo bộ ' +
      `phận CNTT. ${UNCHANGED}`,
    { cause: error },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Classifying an error

/** What the file system says about the path, asked only once an open has failed. */
export interface PathFacts {
  isDirectory: boolean;
  /** A file can be created in the folder (tried for real: on Windows, access() ignores folder permissions). */
  folderWritable: boolean;
  /** The code of opening the existing file for writing (EACCES, EPERM, EBUSY…), or null when it opens or is absent. */
  fileWriteError: string | null;
}

export function pathFacts(dbPath: string): PathFacts {
  let isDirectory = false;
  try {
    isDirectory = fs.statSync(dbPath).isDirectory();
  } catch {
    // absent or unreadable: the other facts say which
  }
  const probe = path.join(path.dirname(dbPath), `.plan-desk-write-test-${randomUUID()}`);
  let folderWritable = false;
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    folderWritable = true;
  } catch {
    // not writable, or not there: either way SQLite cannot put its -wal and -shm files there
  }
  if (folderWritable) {
    try {
      fs.rmSync(probe, { force: true });
    } catch {
      // an antivirus holding the new file: an empty stray file is better than hiding the real failure
    }
  }
  let fileWriteError: string | null = null;
  if (!isDirectory) {
    try {
      // r+ opens for writing without creating, truncating or touching the modification time.
      fs.closeSync(fs.openSync(dbPath, 'r+'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
      if (code !== 'ENOENT') fileWriteError = code;
    }
  }
  return { isDirectory, folderWritable, fileWriteError };
}

const DRIVER_MESSAGES = [
  /NODE_MODULE_VERSION/,
  /was compiled against a different Node\.js version/,
  /Could not locate the bindings file/,
  /better_sqlite3\.node/,
];

function isDriverError(code: string, message: string): boolean {
  return code === 'ERR_DLOPEN_FAILED' || DRIVER_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * The cause of a failed open, or null when the error is none of the known ones. `facts` is asked only when the
 * error alone does not say (SQLite's "unable to open" covers a folder, a permission and a lock alike).
 */
export function explainOpenFailure(
  error: unknown,
  dbPath: string,
  facts: (dbPath: string) => PathFacts = pathFacts,
): StoreOpenError | null {
  if (error instanceof StoreOpenError) return error;
  const { code = '', message = '', path: failedPath } = (error ?? {}) as NodeJS.ErrnoException;
  if (isDriverError(code, message)) return driverFailure(error);
  if (code === 'EISDIR') return folderFailure(dbPath, error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') {
    return lockedFailure(dbPath, error);
  }
  if (code === 'SQLITE_NOTADB') return notSqliteFailure(dbPath, error);
  if (code.startsWith('SQLITE_CORRUPT')) return damagedFailure(dbPath, message, error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    // From a file-system call, which names what it was refused: the file itself, or a folder on the way to it.
    return failedPath === dbPath
      ? filePermissionFailure(dbPath, error)
      : folderPermissionFailure(dbPath, failedPath ?? path.dirname(dbPath), error);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR')) {
    const known = facts(dbPath);
    if (known.isDirectory) return folderFailure(dbPath, error);
    if (known.fileWriteError === 'EBUSY') return lockedFailure(dbPath, error);
    if (known.fileWriteError === 'EACCES' || known.fileWriteError === 'EPERM' || known.fileWriteError === 'EROFS') {
      return filePermissionFailure(dbPath, error);
    }
    if (!known.folderWritable) return folderPermissionFailure(dbPath, path.dirname(dbPath), error);
  }
  return null;
}

/** The error to show for a failed open: its cause when known, else what SQLite said, never a guess at damage. */
export function openFailure(error: unknown, dbPath: string): AppError {
  if (error instanceof AppError) return error;
  return explainOpenFailure(error, dbPath) ?? unopenableFailure(dbPath, error);
}

/**
 * Refuses, before SQLite opens anything, a path that is a folder (SQLite would only say "unable to open database
 * file") and an existing file this account may not write: SQLite would quietly open that one read-only, and the
 * first report recorded would fail instead of the start. Opening with r+ changes nothing, not even the modification
 * time; on Windows it also meets a program holding the file for itself (EBUSY).
 */
export function checkDataPath(dbPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dbPath);
  } catch {
    // absent, and SQLite creates it; or not reachable, and SQLite's own failure is classified
    return;
  }
  if (stat.isDirectory()) throw folderFailure(dbPath);
  fs.closeSync(fs.openSync(dbPath, 'r+'));
}

// ---------------------------------------------------------------------------------------------------------------
// Checking an opened file before anything is written to it

// db/migrate.ts's bookkeeping table: present in every file Plan Desk ever migrated.
const MIGRATIONS_TABLE = '__drizzle_migrations';
const PLAN_DESK_TABLES = new Set([MIGRATIONS_TABLE, getTableName(plans), getTableName(agencies)]);

/**
 * Refuses a damaged file and another program's database, before the first write (switching to WAL already
 * rewrites the header). `quick_check`, not `integrity_check`: it reads every page but skips matching each index to
 * its table, so it stays fast on a big file and still finds a damaged page.
 */
export function checkOpenedFile(sqlite: Database.Database, dbPath: string): void {
  const problems = sqlite.prepare('PRAGMA quick_check(3)').pluck().all() as string[];
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw damagedFailure(dbPath, problems.join('; ') || 'quick_check không trả lời');
  }
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  if (tables.length > 0 && !tables.some((name) => PLAN_DESK_TABLES.has(name))) throw foreignFailure(dbPath, tables);
}
