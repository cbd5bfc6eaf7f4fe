/**
 * What the officer is told when the data file does not open (db/openFailure.ts), one cause at a time, each on a
 * real file in a temp folder where it can be made: a folder at the path, a folder or a file this account may not
 * write, another program's lock, a text file, another program's SQLite database, a Plan Desk file with a damaged
 * page (with and without a backup beside it), and a native driver built for another runtime. Every refusal leaves
 * the file as it was, and only the damaged file is called damaged ("hỏng"): told that, an officer deletes a good file.
 *
 * Where the cause cannot be made real here, the classifier is shown the error the system would raise: as root
 * (these tests run as root in CI) permissions do not bind, and a driver built for the wrong runtime cannot be
 * swapped in under a running test.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { ApiContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { closeStore, openStore, type OpenOptions, type Store } from '../../db/open';
import {
  backupFileName,
  explainOpenFailure,
  newestBackup,
  StoreOpenError,
  type OpenFailureKind,
  type PathFacts,
} from '../../db/openFailure';
import { readJournal, shippedMigrationsUpTo } from '../support/migrationFolders';
import { samplePlan } from '../support/samples';
import { MIGRATIONS_FOLDER, tempDir } from '../support/tempStore';

const isRoot = process.getuid?.() === 0;
const DAMAGED = /hỏng/i;
const UNCHANGED = 'Dữ liệu không bị thay đổi.';
/** Short, so a lock is reported in a fraction of a second instead of the app's 5 s. */
const BUSY_MS = 150;

const cleanups: Array<() => void> = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function trackedDir(): string {
  const dir = tempDir('plan-desk-open-');
  cleanups.push(() => {
    // A test may have taken the write permission away; give it back so the folder can go.
    try {
      fs.chmodSync(dir, 0o755);
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function openRaw(file: string, options?: Database.Options): Database.Database {
  const sqlite = new Database(file, options);
  cleanups.push(() => {
    if (sqlite.open) sqlite.close();
  });
  return sqlite;
}

function open(dbPath: string, options: Partial<OpenOptions> = {}): Store {
  return openStore({ path: dbPath, migrationsFolder: MIGRATIONS_FOLDER, busyTimeoutMs: BUSY_MS, ...options });
}

/** The refusal of an open that must fail, checked to be of the expected cause. */
function refusal(work: () => unknown, kind: OpenFailureKind): StoreOpenError {
  let thrown: unknown;
  try {
    const store = work() as Store;
    closeStore(store);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'the open should have been refused').toBeInstanceOf(StoreOpenError);
  const error = thrown as StoreOpenError;
  expect({ kind: error.kind, message: error.message }).toMatchObject({ kind });
  expect(error).toBeInstanceOf(AppError);
  return error;
}

interface FileState {
  bytes: Buffer;
  mtimeMs: number;
}

function stateOf(file: string): FileState {
  return { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
}

function expectUnchanged(file: string, before: FileState): void {
  const after = stateOf(file);
  expect(after.bytes.equals(before.bytes), `${file} was changed`).toBe(true);
  expect(after.mtimeMs).toBe(before.mtimeMs);
}

/** A Plan Desk file with a plan in it, closed: what an officer's data file is between two days' work. */
async function planDeskFile(
  dbPath: string,
  options: Partial<OpenOptions> = {},
  numberSymbols = ['61/KH-UBND', '62/KH-UBND', '15/KH-BCĐ138'],
): Promise<Store> {
  const store = open(dbPath, options);
  const context: ApiContext = { store, runtime: 'cli', version: 'test' };
  for (const numberSymbol of numberSymbols) {
    const result = await dispatch(context, 'plans.create', samplePlan(numberSymbol));
    if (!result.ok) throw new Error(result.error.message);
  }
  closeStore(store);
  return store;
}

/** No WAL or shared-memory file left behind: the refused open released the file. */
function expectNoSideFiles(dbPath: string): void {
  expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
  expect(fs.existsSync(`${dbPath}-shm`)).toBe(false);
}

/**
 * The refused open let go of the file: on Windows a handle left open would stop the officer moving it away. Linux
 * shows this process's open files in /proc/self/fd; elsewhere there is nothing to look at.
 */
function expectReleased(dbPath: string): void {
  if (process.platform !== 'linux') return;
  const open = fs.readdirSync('/proc/self/fd').map((fd) => {
    try {
      return fs.readlinkSync(path.join('/proc/self/fd', fd));
    } catch {
      return '';
    }
  });
  expect(open).not.toContain(dbPath);
}

const facts = (overrides: Partial<PathFacts>) => (): PathFacts => ({
  isDirectory: false,
  folderWritable: true,
  fileWriteError: null,
  ...overrides,
});

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

// ---------------------------------------------------------------------------------------------------------------

describe('the native driver built for another runtime', () => {
  // The loader's own words when better-sqlite3 was last built for Electron and Node runs it.
  const abiError = Object.assign(
    new Error(
      "The module '/work/main/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
        'was compiled against a different Node.js version using\n' +
        'NODE_MODULE_VERSION 139. This version of Node.js requires\n' +
        'NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\n' +
        'the module (for instance, using `npm rebuild` or `npm install`).',
    ),
    { code: 'ERR_DLOPEN_FAILED' },
  );

  it('under Node, says to run npm rebuild better-sqlite3, and does not call the file damaged', () => {
    const error = explainOpenFailure(abiError, '/data/plan-desk.db', facts({}));
    expect(error?.kind).toBe('driver');
    expect(error?.message).toContain('Trình điều khiển SQLite (better-sqlite3) không nạp được');
    expect(error?.message).toContain('"npm rebuild better-sqlite3"');
    expect(error?.message).toContain('"npm run serve" và "npm run cli" tự làm bước này');
    expect(error?.message).toContain(`Node ${process.version}`);
    expect(error?.message).toContain('NODE_MODULE_VERSION 139');
    expect(error?.message).toContain(UNCHANGED);
    expect(error?.message).not.toMatch(DAMAGED);
  });

  it('under Electron, says that npm start rebuilds it, and what to do when its marker is stale', () => {
    Object.defineProperty(process.versions, 'electron', { value: '45.4.1', configurable: true });
    try {
      const error = explainOpenFailure(abiError, '/data/plan-desk.db', facts({}));
      expect(error?.kind).toBe('driver');
      expect(error?.message).toContain('Electron 45.4.1');
      expect(error?.message).toContain('"npm start"');
      expect(error?.message).toContain('.native-abi');
      expect(error?.message).toContain('cài lại Plan Desk');
      expect(error?.message).not.toMatch(DAMAGED);
    } finally {
      delete (process.versions as Record<string, string | undefined>).electron;
    }
  });

  it('recognises the loader refusing a binary that is not one for this machine, and a missing build', () => {
    const dir = trackedDir();
    const fake = path.join(dir, 'better_sqlite3.node');
    fs.writeFileSync(fake, 'not a native module');
    let loadError: unknown;
    try {
      new Database(':memory:', { nativeBinding: fake }).close();
    } catch (error) {
      loadError = error;
    }
    expect((loadError as NodeJS.ErrnoException).code).toBe('ERR_DLOPEN_FAILED');
    expect(explainOpenFailure(loadError, path.join(dir, 'plan-desk.db'), facts({}))?.kind).toBe('driver');

    const missing = new Error('Could not locate the bindings file. Tried:\n → /app/build/better_sqlite3.node');
    expect(explainOpenFailure(missing, path.join(dir, 'plan-desk.db'), facts({}))?.kind).toBe('driver');
  });
});

describe('a folder at the path', () => {
  it('is refused as a folder, pointing inside it', () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    fs.mkdirSync(dbPath);

    const error = refusal(() => open(dbPath), 'folder');

    expect(error.message).toBe(
      `Đường dẫn tệp dữ liệu ${dbPath} là một thư mục, không phải một tệp. Hãy chỉ đến tệp dữ liệu bên trong ` +
        'thư mục đó (thường là plan-desk.db), hoặc chọn một tên tệp mới để tạo dữ liệu mới. Dữ liệu không bị thay đổi.',
    );
    expect(fs.readdirSync(dbPath)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['plan-desk.db']);
  });

  it('is recognised from EISDIR, and from SQLite’s “unable to open” when the path is a folder', () => {
    expect(explainOpenFailure(sqliteError('EISDIR', 'illegal operation on a directory'), '/d/x.db')?.kind).toBe(
      'folder',
    );
    const cantOpen = sqliteError('SQLITE_CANTOPEN', 'unable to open database file');
    expect(explainOpenFailure(cantOpen, '/d/x.db', facts({ isDirectory: true }))?.kind).toBe('folder');
  });
});

describe('no permission to write', () => {
  // As root every folder and file is writable: the real folder and file below cannot refuse, so the classifier is
  // shown what SQLite and Node report to an ordinary account.
  it('names the folder when SQLite cannot create the file in it (SQLITE_CANTOPEN)', () => {
    const cantOpen = sqliteError('SQLITE_CANTOPEN', 'unable to open database file');
    const error = explainOpenFailure(cantOpen, '/srv/du-lieu/plan-desk.db', facts({ folderWritable: false }));
    expect(error?.kind).toBe('permission');
    expect(error?.message).toContain('không có quyền ghi vào thư mục /srv/du-lieu,');
    expect(error?.message).toContain('-wal và -shm');
    expect(error?.message).toContain(UNCHANGED);
    expect(error?.message).not.toMatch(DAMAGED);
  });

  it('names the folder Node could not create, and the file when the file itself is refused', () => {
    const mkdir = Object.assign(sqliteError('EACCES', "EACCES: permission denied, mkdir '/srv/moi'"), {
      path: '/srv/moi',
    });
    expect(explainOpenFailure(mkdir, '/srv/moi/plan-desk.db')?.message).toContain('thư mục /srv/moi,');

    const readOnly = Object.assign(sqliteError('EPERM', 'operation not permitted'), { path: '/srv/plan-desk.db' });
    const error = explainOpenFailure(readOnly, '/srv/plan-desk.db');
    expect(error?.kind).toBe('permission');
    expect(error?.message).toContain('Tệp dữ liệu /srv/plan-desk.db đang ở chế độ chỉ đọc');
    expect(error?.message).toContain('"Chỉ đọc" (Read-only)');
    expect(error?.message).not.toMatch(DAMAGED);

    const readOnlyDb = sqliteError('SQLITE_READONLY', 'attempt to write a readonly database');
    expect(explainOpenFailure(readOnlyDb, '/srv/plan-desk.db', facts({ fileWriteError: 'EACCES' }))?.kind).toBe(
      'permission',
    );
  });

  it.skipIf(isRoot || process.platform === 'win32')('names a real read-only folder', () => {
    const dir = trackedDir();
    const folder = path.join(dir, 'chi-doc');
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o555);
    const dbPath = path.join(folder, 'plan-desk.db');

    const error = refusal(() => open(dbPath), 'permission');

    expect(error.message).toContain(`không có quyền ghi vào thư mục ${folder},`);
    expect(error.message).not.toMatch(DAMAGED);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it.skipIf(isRoot || process.platform === 'win32')('names a real read-only file', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    await planDeskFile(dbPath);
    fs.chmodSync(dbPath, 0o444);
    const before = stateOf(dbPath);

    const error = refusal(() => open(dbPath), 'permission');

    expect(error.message).toContain(`Tệp dữ liệu ${dbPath} đang ở chế độ chỉ đọc`);
    expectUnchanged(dbPath, before);
  });
});

describe('a file another program holds', () => {
  it('says to close the other program when it holds the lock of a file in rollback mode', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    await planDeskFile(dbPath);
    // What DB Browser for SQLite does when its user edits a cell: rollback journal, exclusive lock until saved.
    const other = openRaw(dbPath);
    other.pragma('journal_mode = DELETE');
    const before = stateOf(dbPath);
    other.exec(`BEGIN EXCLUSIVE; UPDATE plans SET title = title || ' (sửa)'`);

    const started = Date.now();
    const error = refusal(() => open(dbPath), 'locked');

    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_MS - 20);
    expect(error.message).toBe(
      `Tệp dữ liệu ${dbPath} đang bị một chương trình khác giữ: có thể là một cửa sổ Plan Desk khác (kể cả trên ` +
        'máy khác, nếu tệp nằm trên ổ mạng), lệnh plan-desk trong cửa sổ dòng lệnh, một chương trình xem cơ sở dữ ' +
        'liệu (như DB Browser for SQLite), hoặc phần mềm sao lưu, đồng bộ đang chép tệp. Hãy đóng chương trình đó ' +
        'rồi mở lại Plan Desk. Dữ liệu không bị thay đổi.',
    );
    other.exec('ROLLBACK');
    other.close();
    expectUnchanged(dbPath, before);
    // Once the other program lets go, the same file opens.
    closeStore(open(dbPath));
  });

  it('says the same when the lock meets the first migration of an older Plan Desk file', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    const previous = readJournal().entries.at(-2)!.tag;
    await planDeskFile(dbPath, { migrationsFolder: shippedMigrationsUpTo(trackedDir(), previous) });
    const other = openRaw(dbPath);
    const applied = () => other.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
    const appliedBefore = applied();
    const before = stateOf(dbPath);
    other.exec('BEGIN IMMEDIATE');

    const error = refusal(() => open(dbPath), 'locked');

    expect(error.message).toContain('đang bị một chương trình khác giữ');
    expect(error.message).not.toMatch(DAMAGED);
    other.exec('ROLLBACK');
    expect(applied()).toBe(appliedBefore);
    other.close();
    expectUnchanged(dbPath, before);
  });

  it('recognises SQLITE_BUSY in any variant, and Windows’ EBUSY', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'EBUSY']) {
      const error = explainOpenFailure(sqliteError(code, 'database is locked'), '/d/x.db', facts({}));
      expect(error?.kind, code).toBe('locked');
      expect(error?.message).not.toMatch(DAMAGED);
    }
    // SQLite on Windows says "unable to open" when another program opened the file for itself.
    const cantOpen = sqliteError('SQLITE_CANTOPEN', 'unable to open database file');
    expect(explainOpenFailure(cantOpen, '/d/x.db', facts({ fileWriteError: 'EBUSY' }))?.kind).toBe('locked');
  });
});

describe('a file that is not SQLite', () => {
  const contents: Array<[string, Buffer]> = [
    ['a text file', Buffer.from('Danh sách cơ quan, đơn vị\nCông an tỉnh\nSở Tư pháp\n'.repeat(200), 'utf8')],
    ['random bytes', crypto.randomBytes(8192)],
    [
      'a Word file saved under the wrong name',
      Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(4096)]),
    ],
  ];

  it.each(contents)(
    '%s: says a wrong file was chosen, not that it is damaged, and changes nothing',
    (_label, bytes) => {
      const dir = trackedDir();
      const dbPath = path.join(dir, 'plan-desk.db');
      fs.writeFileSync(dbPath, bytes);
      const before = stateOf(dbPath);

      const error = refusal(() => open(dbPath), 'not-sqlite');

      expect(error.code).toBe('MIGRATION_FAILED');
      expect(error.message).toBe(
        `Tệp ${dbPath} không phải cơ sở dữ liệu của Plan Desk (không phải một tệp SQLite): có thể đã chọn nhầm tệp. ` +
          'Hãy kiểm tra lại đường dẫn tệp dữ liệu. Nếu chắc đây là tệp dữ liệu Plan Desk vẫn dùng, đừng xoá nó; ' +
          'hãy báo bộ phận CNTT. Dữ liệu không bị thay đổi.',
      );
      expectUnchanged(dbPath, before);
      expectReleased(dbPath);
      expect(fs.readdirSync(dir)).toEqual(['plan-desk.db']);
    },
  );

  it('an empty file is a new data file, not a refusal', () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    fs.writeFileSync(dbPath, '');
    const store = open(dbPath);
    expect(store.sqlite.prepare('SELECT count(*) FROM agencies').pluck().get()).toBeGreaterThan(0);
    closeStore(store);
  });
});

describe('another program’s SQLite database', () => {
  it('is refused without a single write: no migration, no WAL switch', () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    const other = openRaw(dbPath);
    other.exec(`
      CREATE TABLE khach_hang (id INTEGER PRIMARY KEY, ten TEXT NOT NULL);
      CREATE TABLE don_hang (id INTEGER PRIMARY KEY, khach_hang_id INTEGER REFERENCES khach_hang (id));
      INSERT INTO khach_hang (ten) VALUES ('Công ty A'), ('Công ty B');
    `);
    other.close();
    const before = stateOf(dbPath);

    const error = refusal(() => open(dbPath), 'foreign');

    expect(error.message).toBe(
      `Tệp ${dbPath} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của Plan Desk (có 2 bảng: ` +
        'don_hang, khach_hang; không bảng nào của Plan Desk). Plan Desk không ghi gì vào tệp này. Có thể đã chọn ' +
        'nhầm tệp: hãy kiểm tra lại đường dẫn tệp dữ liệu.',
    );
    expect(error.message).not.toMatch(DAMAGED);
    expectUnchanged(dbPath, before);
    expectNoSideFiles(dbPath);
    expectReleased(dbPath);
    expect(fs.readdirSync(dir)).toEqual(['plan-desk.db']);
    const reread = openRaw(dbPath, { readonly: true });
    expect(reread.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(reread.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all()).toEqual([
      'don_hang',
      'khach_hang',
    ]);
  });

  it('an SQLite file without tables is a new data file, not a refusal', () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    const other = openRaw(dbPath);
    other.pragma('user_version = 7');
    other.close();
    closeStore(open(dbPath));
  });
});

describe('a damaged Plan Desk file', () => {
  /** Overwrites a leaf page of the plans table's b-tree in place: what a bad sector or a torn copy leaves. */
  function damagePlansPage(dbPath: string): void {
    const raw = openRaw(dbPath);
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const pages = raw
      .prepare(`SELECT pageno FROM dbstat WHERE name = 'plans' AND pagetype = 'leaf' ORDER BY pageno`)
      .pluck()
      .all() as number[];
    raw.close();
    expect(pages.length).toBeGreaterThan(0);
    const page = pages[Math.floor(pages.length / 2)]!;
    expect(page).toBeGreaterThan(1);
    const fd = fs.openSync(dbPath, 'r+');
    try {
      fs.writeSync(fd, Buffer.alloc(pageSize / 2, 0x5a), 0, pageSize / 2, (page - 1) * pageSize);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The damage is real: SQLite's own check fails on it, read by a connection of its own. */
  function expectQuickCheckFails(dbPath: string): void {
    const raw = openRaw(dbPath);
    let verdict: unknown;
    try {
      verdict = raw.prepare('PRAGMA quick_check').pluck().all();
    } catch (error) {
      verdict = (error as { code?: string }).code;
    }
    raw.close();
    expect(verdict).not.toEqual(['ok']);
  }

  it('says it is damaged and where the newest backup is', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    const previous = readJournal().entries.at(-2)!.tag;
    await planDeskFile(dbPath, { migrationsFolder: shippedMigrationsUpTo(trackedDir(), previous) });
    // This version's first open of the older file takes the backup.
    const migrated = await planDeskFile(dbPath, {}, ['70/KH-UBND', '71/KH-UBND']);
    const newest = migrated.backupPath!;
    expect(fs.existsSync(newest)).toBe(true);
    // An older backup of the same file, and a newer one of another file in the same folder: neither is the answer.
    fs.copyFileSync(newest, backupFileName(dbPath, new Date('2024-01-05T08:00:00Z')));
    fs.copyFileSync(newest, backupFileName(path.join(dir, 'khac.db'), new Date('2099-01-01T00:00:00Z')));
    expect(newestBackup(dbPath)).toBe(newest);
    damagePlansPage(dbPath);
    expectQuickCheckFails(dbPath);
    const before = stateOf(dbPath);
    const backupsBefore = fs.readdirSync(path.join(dir, 'backups')).sort();

    const error = refusal(() => open(dbPath), 'damaged');

    expect(error.message.startsWith(`Tệp dữ liệu ${dbPath} bị hỏng, nên Plan Desk không mở để khỏi ghi`)).toBe(true);
    expect(error.message).toMatch(/ Chi tiết kỹ thuật \(SQLite báo\): \S.*page \d+/);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(`Bản sao lưu mới nhất: ${newest} (tạo lúc `);
    expect(error.message).toContain('những gì nhập sau thời điểm đó không có trong bản sao lưu');
    expect(error.message).toContain('Đừng xoá tệp bị hỏng; hãy báo bộ phận CNTT');
    expectUnchanged(dbPath, before);
    expectNoSideFiles(dbPath);
    expectReleased(dbPath);
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(backupsBefore);
  });

  it('without a backup, says there is none and not to delete the file', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    await planDeskFile(dbPath);
    damagePlansPage(dbPath);
    expectQuickCheckFails(dbPath);
    const before = stateOf(dbPath);

    const error = refusal(() => open(dbPath), 'damaged');

    expect(error.message).toContain(`Tệp dữ liệu ${dbPath} bị hỏng`);
    expect(error.message).toContain(
      `Không có bản sao lưu nào trong thư mục ${path.join(dir, 'backups')}. Đừng xoá hay ghi đè tệp này; hãy báo ` +
        'bộ phận CNTT',
    );
    expectUnchanged(dbPath, before);
    expect(fs.readdirSync(dir)).toEqual(['plan-desk.db']);
  });

  it('SQLITE_CORRUPT met later (the schema, a migration, the seeds) is said the same way', () => {
    const error = explainOpenFailure(sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'), '/d/x.db');
    expect(error?.kind).toBe('damaged');
    expect(error?.message).toContain('(SQLite báo): database disk image is malformed');
    expect(explainOpenFailure(sqliteError('SQLITE_CORRUPT_INDEX', 'x'), '/d/x.db')?.kind).toBe('damaged');
  });
});

describe('anything else', () => {
  it('passes on what SQLite said, without guessing at damage', () => {
    const ioError = sqliteError('SQLITE_IOERR_READ', 'disk I/O error');
    expect(explainOpenFailure(ioError, '/d/x.db', facts({}))).toBeNull();
    expect(explainOpenFailure(new Error('something new'), '/d/x.db', facts({}))).toBeNull();
  });

  it('a sound Plan Desk file still opens, twice, and keeps its rows', async () => {
    const dir = trackedDir();
    const dbPath = path.join(dir, 'plan-desk.db');
    await planDeskFile(dbPath);
    const store = open(dbPath);
    expect(store.sqlite.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(3);
    closeStore(store);
    closeStore(open(dbPath));
  });
});
