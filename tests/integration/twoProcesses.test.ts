/**
 * Two processes on one file (the desktop app and the CLI an IT officer runs): both write the same report's
 * register at once, 1,000 versions each. Every write transaction is BEGIN IMMEDIATE (db/transaction.ts), so each
 * waits for the other on the busy timeout instead of failing with "database is locked" when a read lock cannot be
 * upgraded; and the version numbers, worked out inside the lock, come out 1…2,000 with none twice.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRequestInput } from '../support/samples';
import { openTempStore, type TempStore } from '../support/tempStore';

const WRITES = 1000;
const root = path.resolve(import.meta.dirname, '..', '..');
let t: TempStore;

beforeAll(() => {
  t = openTempStore();
});
afterAll(() => t.cleanup());

function writer(dbPath: string, requestId: number, agencyId: number): Promise<{ failures: string[]; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/writer.ts', dbPath, String(WRITES), String(requestId), String(agencyId)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ ...(JSON.parse(out) as { failures: string[] }), code: code ?? -1 });
      } catch {
        reject(new Error(`writer exited ${code}: ${err}`));
      }
    });
  });
}

describe('two processes writing one file', () => {
  it('lands all 2,000 writes, with no error and no version twice', async () => {
    const agencyId = t.store.sqlite
      .prepare(`SELECT id FROM agencies WHERE name = 'Sở Tư pháp'`)
      .pluck()
      .get() as number;
    const request = await t.must('requests.create', sampleRequestInput([agencyId]));
    // The test's own connection stays open too, as the app's would.
    const [a, b] = await Promise.all([writer(t.dbPath, request.id, agencyId), writer(t.dbPath, request.id, agencyId)]);
    expect(a).toEqual({ failures: [], code: 0 });
    expect(b).toEqual({ failures: [], code: 0 });
    const versions = t.store.sqlite
      .prepare('SELECT version FROM submissions WHERE request_id = ? ORDER BY version')
      .pluck()
      .all(request.id) as number[];
    expect(versions).toEqual(Array.from({ length: 2 * WRITES }, (_, i) => i + 1));
    const writers = t.store.sqlite
      .prepare(`SELECT count(DISTINCT substr(note, 1, instr(note, '#') - 1)) FROM submissions`)
      .pluck()
      .get();
    expect(writers).toBe(2);
    expect(t.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});
