/**
 * Migrations 0005 (identity for link rows and settings, foreign-key indexes) and 0006 (the derived
 * first_received_on and its triggers) on a database written by the version before them, with rows; and the
 * check that refuses a database whose applied migration file was edited since.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { closeStore, openStore, type Store } from '../../db/open';
import { readJournal, shippedMigrationsUpTo } from '../support/migrationFolders';
import { MIGRATIONS_FOLDER, tempDir } from '../support/tempStore';
import { dispatch } from '../../electron/api/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import { sampleRequestInput } from '../support/samples';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function open(dbPath: string, migrationsFolder: string): Store {
  const store = openStore({ path: dbPath, migrationsFolder });
  cleanups.push(() => closeStore(store));
  return store;
}

async function must<C extends Channel>(store: Store, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch({ store, runtime: 'cli', version: 'test' }, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

function workspace(): string {
  const dir = tempDir();
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('0004 → newest with rows', () => {
  it('gives existing link rows and settings a UUID each, keeps every row, and fills first_received_on', async () => {
    const dir = workspace();
    const dbPath = path.join(dir, 'plan-desk.db');
    // The file as the version before 0005 left it: its schema, and rows written the way that version wrote them.
    const old = open(dbPath, shippedMigrationsUpTo(dir, '0004_request_closing'));
    const ids = (names: string[]) =>
      names.map((name) => old.sqlite.prepare('SELECT id FROM agencies WHERE name = ?').pluck().get(name) as number);
    const [tuPhap, congAn, yTe] = ids(['Sở Tư pháp', 'Công an tỉnh', 'Sở Y tế']) as [number, number, number];
    const now = '2025-06-01T00:00:00.000Z';
    const insert = (sql: string, ...params: unknown[]) =>
      Number(old.sqlite.prepare(sql).run(...params).lastInsertRowid);
    const entry = {
      id: insert(
        `INSERT INTO calendar_entries (uuid, kind, title, start_on, created_at, updated_at)
         VALUES ('e1', 'deadline', 'Hạn gửi báo cáo', '2025-06-20', ?, ?)`,
        now,
        now,
      ),
    };
    for (const agency of [tuPhap, congAn]) {
      insert('INSERT INTO calendar_entry_agencies (entry_id, agency_id) VALUES (?, ?)', entry.id, agency);
    }
    const cycle = insert(
      `INSERT INTO report_cycles (uuid, title, recurrence, from_year, created_at, updated_at)
       VALUES ('c1', 'Báo cáo quý', 'quarterly', 2025, ?, ?)`,
      now,
      now,
    );
    insert('INSERT INTO report_cycle_agencies (cycle_id, agency_id) VALUES (?, ?)', cycle, yTe);
    const request = {
      id: insert(
        `INSERT INTO report_requests (uuid, title, kind, requested_on, due_on, created_at, updated_at)
         VALUES ('r1', 'Báo cáo 6 tháng', 'ad_hoc', '2025-06-01', '2025-06-20', ?, ?)`,
        now,
        now,
      ),
    };
    for (const [agency, exempt] of [
      [tuPhap, 0],
      [congAn, 0],
      [yTe, 1],
    ] as const) {
      insert(
        'INSERT INTO report_request_agencies (request_id, agency_id, exempt) VALUES (?, ?, ?)',
        request.id,
        agency,
        exempt,
      );
    }
    for (const [version, day] of [
      [1, '2025-06-18'],
      [2, '2025-06-25'],
    ] as const) {
      insert(
        `INSERT INTO submissions (uuid, request_id, agency_id, received_on, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        `s${version}`,
        request.id,
        tuPhap,
        day,
        version,
        now,
        now,
      );
    }
    insert(`INSERT INTO settings (key, value, updated_at) VALUES ('reminders.rules', '{"beforeDays":[7,1]}', ?)`, now);
    const linkRows = (store: Store) =>
      store.sqlite
        .prepare(
          `SELECT 'entry' AS t, entry_id AS owner, agency_id AS target, 0 AS exempt FROM calendar_entry_agencies
           UNION ALL SELECT 'cycle', cycle_id, agency_id, 0 FROM report_cycle_agencies
           UNION ALL SELECT 'request', request_id, agency_id, exempt FROM report_request_agencies
           ORDER BY 1, 2, 3`,
        )
        .all();
    const before = linkRows(old);
    const setting = old.sqlite.prepare('SELECT key, value FROM settings').all();
    closeStore(old);

    const store = open(dbPath, MIGRATIONS_FOLDER);
    expect(store.backupPath).not.toBeNull();
    expect(linkRows(store)).toEqual(before);
    expect(store.sqlite.prepare('SELECT key, value FROM settings').all()).toEqual(setting);
    const uuids = store.sqlite
      .prepare(
        `SELECT uuid FROM calendar_entry_agencies UNION ALL SELECT uuid FROM report_cycle_agencies
         UNION ALL SELECT uuid FROM report_request_agencies UNION ALL SELECT uuid FROM settings`,
      )
      .pluck()
      .all() as string[];
    expect(uuids).toHaveLength(before.length + 1);
    for (const uuid of uuids) expect(uuid).toMatch(UUID_V4);
    expect(new Set(uuids).size).toBe(uuids.length);
    const received = store.sqlite
      .prepare(
        'SELECT agency_id, first_received_on FROM report_request_agencies WHERE request_id = ? ORDER BY agency_id',
      )
      .all(request.id);
    expect(received).toEqual(
      [
        { agency_id: tuPhap, first_received_on: '2025-06-18' },
        { agency_id: congAn, first_received_on: null },
        { agency_id: yTe, first_received_on: null },
      ].sort((a, b) => a.agency_id - b.agency_id),
    );
    // Still works through today's API on the migrated rows: an edit keeps the link rows it keeps.
    const kept = store.sqlite
      .prepare('SELECT uuid FROM calendar_entry_agencies WHERE entry_id = ? AND agency_id = ?')
      .pluck()
      .get(entry.id, tuPhap);
    await must(store, 'calendar.update', {
      id: entry.id,
      entry: { kind: 'deadline', title: 'Hạn gửi báo cáo', startOn: '2025-06-20', agencyIds: [tuPhap, yTe] },
    });
    expect(
      store.sqlite
        .prepare('SELECT uuid FROM calendar_entry_agencies WHERE entry_id = ? AND agency_id = ?')
        .pluck()
        .get(entry.id, tuPhap),
    ).toBe(kept);
  });
});

describe('first_received_on follows the register', () => {
  it('is the first version’s day, whoever writes the register', async () => {
    const dir = workspace();
    const store = open(path.join(dir, 'plan-desk.db'), MIGRATIONS_FOLDER);
    const id = (name: string) =>
      store.sqlite.prepare('SELECT id FROM agencies WHERE name = ?').pluck().get(name) as number;
    const request = await must(store, 'requests.create', sampleRequestInput([id('Sở Tư pháp'), id('Sở Y tế')]));
    const first = () =>
      store.sqlite
        .prepare('SELECT first_received_on FROM report_request_agencies WHERE request_id = ? AND agency_id = ?')
        .pluck()
        .get(request.id, id('Sở Tư pháp'));
    expect(first()).toBeNull();
    await must(store, 'submissions.record', {
      requestId: request.id,
      agencyId: id('Sở Tư pháp'),
      receivedOn: '2025-06-22',
    });
    expect(first()).toBe('2025-06-22');
    await must(store, 'submissions.record', {
      requestId: request.id,
      agencyId: id('Sở Tư pháp'),
      receivedOn: '2025-06-28',
    });
    expect(first()).toBe('2025-06-22');
    // A writer that is not the app (an IT officer's SQL, a future import) is kept right by the triggers too.
    store.sqlite
      .prepare('UPDATE submissions SET received_on = ? WHERE request_id = ? AND version = 1')
      .run('2025-06-19', request.id);
    expect(first()).toBe('2025-06-19');
  });
});

describe('an applied migration whose file was edited since', () => {
  it('is refused with MIGRATION_EDITED naming it, and the file is left untouched', () => {
    const dir = workspace();
    const dbPath = path.join(dir, 'plan-desk.db');
    const folder = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    closeStore(openStore({ path: dbPath, migrationsFolder: folder }));
    const tag = readJournal(folder).entries[2]!.tag;
    fs.appendFileSync(path.join(folder, `${tag}.sql`), '\n-- a comment added later\n');
    const bytes = fs.readFileSync(dbPath);
    let error: unknown;
    try {
      open(dbPath, folder);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MIGRATION_EDITED');
    expect((error as AppError).message).toContain('số 0002');
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
