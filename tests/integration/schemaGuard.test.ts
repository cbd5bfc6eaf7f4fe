/**
 * What every table of the real schema (built by the real migrations) must hold to, read from sqlite_master: records
 * that can travel between offices have a UUID and timestamps, every foreign-key column leads an index, and the
 * triggers that keep derived columns exist. A new table or a table rebuild that forgets one of these fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TABLES } from '../../db/schema';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
beforeAll(() => {
  t = openTempStore();
});
afterAll(() => t.cleanup());

const tables = () =>
  t.store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
const columnsOf = (table: string) =>
  (t.store.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).sort();

describe('the schema', () => {
  it('gives every table a uuid, created_at and updated_at, unless it is documented local bookkeeping', () => {
    const missing = tables()
      .filter((table) => !Object.hasOwn(LOCAL_TABLES, table))
      .filter((table) => !['uuid', 'created_at', 'updated_at'].every((column) => columnsOf(table).includes(column)));
    expect(missing).toEqual([]);
    // The list names tables that exist (a stale entry would hide a real one) and gives each a reason.
    for (const [table, reason] of Object.entries(LOCAL_TABLES)) {
      expect(tables(), table).toContain(table);
      expect(reason.length, table).toBeGreaterThan(20);
    }
  });

  it('keeps every uuid unique and required', () => {
    for (const table of tables().filter((name) => columnsOf(name).includes('uuid'))) {
      const info = t.store.sqlite
        .prepare(`SELECT "notnull" FROM pragma_table_info(?) WHERE name = 'uuid'`)
        .get(table) as {
        notnull: number;
      };
      expect(info.notnull, table).toBe(1);
      const unique = (
        t.store.sqlite
          .prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1`)
          .pluck()
          .all(table) as string[]
      ).some((index) => {
        const columns = t.store.sqlite.prepare(`SELECT name FROM pragma_index_info(?)`).pluck().all(index);
        return columns.length === 1 && columns[0] === 'uuid';
      });
      expect(unique, table).toBe(true);
    }
  });

  it('has an index led by every foreign-key column, so joins and cascades never scan a child table', () => {
    const unindexed: string[] = [];
    for (const table of tables()) {
      const foreignKeys = t.store.sqlite
        .prepare(`SELECT "from" FROM pragma_foreign_key_list(?)`)
        .pluck()
        .all(table) as string[];
      const leading = new Set(
        (t.store.sqlite.prepare(`SELECT name FROM pragma_index_list(?)`).pluck().all(table) as string[]).map((index) =>
          t.store.sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 1`).pluck().get(index),
        ),
      );
      for (const column of foreignKeys) if (!leading.has(column)) unindexed.push(`${table}.${column}`);
    }
    expect(unindexed).toEqual([]);
  });

  it('keeps the triggers that maintain report_request_agencies.first_received_on', () => {
    const triggers = t.store.sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
      .pluck()
      .all();
    expect(triggers).toEqual([
      'report_request_agencies_first_received_ai',
      'report_request_agencies_first_received_au',
      'submissions_first_received_ad',
      'submissions_first_received_ai',
      'submissions_first_received_au',
    ]);
  });

  it('refuses a kind that core/ does not define (the checks are built from the same lists)', () => {
    const insert = () =>
      t.store.sqlite
        .prepare(
          `INSERT INTO calendar_entries (uuid, kind, title, start_on, created_at, updated_at)
           VALUES ('x', 'picnic', 'Dã ngoại', '2025-01-01', 'now', 'now')`,
        )
        .run();
    expect(insert).toThrow(/CHECK constraint failed: calendar_entries_kind_valid/);
  });
});
