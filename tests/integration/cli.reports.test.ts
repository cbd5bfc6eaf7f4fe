/**
 * `reminders due` and `submissions record` on the real CLI, the "done means" for scripted checks: the 836
 * plan imported with `plan import`, reminded 7 days before its 20/6/2025 deadline with every agency missing, two
 * agencies recorded, 3 days overdue on 23/6. Each spawn costs about a second (tsx compiles the CLI), so the file
 * keeps to five; one of the two submissions is recorded in-process, through the same handler the CLI calls.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore } from '../../db/open';
import { SEED, seedPath } from '../fixtures/seeds';
import { openTempStore, type TempStore } from '../support/tempStore';
import { runCli, type CliRun } from '../support/cli';

interface Due {
  request: string;
  requestId: number;
  dueDate: string;
  daysLeft: number;
  missing: string[];
}

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
  // The CLI is the one writer while it runs, as in real use.
  closeStore(t.store);
});

afterEach(() => {
  t.cleanup();
});

function cli(...args: string[]): CliRun {
  return runCli(t.dbPath, args);
}

function dueList(run: CliRun): Due[] {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Due[];
}

/** The agencies the import asked the report of, by name, read in-process between spawns. */
async function requiredNames(): Promise<string[]> {
  t.reopen();
  const [request] = await t.must('requests.list', {});
  const agencies = await t.must('agencies.list', { includeInactive: true });
  closeStore(t.store);
  return request!.agencyIds.map((id) => agencies.find((agency) => agency.id === id)!.name);
}

describe('cli reminders and submissions on the 836 plan', () => {
  it('plan import → reminders due 13/6 (7 days, all missing) → two submissions → 23/6 (3 days overdue); a bad date refused', async () => {
    const imported = cli('plan', 'import', seedPath(SEED.reviewPlan), '--json');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ saved: { number: '836/KH-UBND' } });
    const required = await requiredNames();
    expect(required).toHaveLength(22);
    expect(required).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Tỉnh Đoàn']));
    expect(required).not.toContain('Công an tỉnh');

    // 13/6: exactly the shape [{ request, dueDate, daysLeft, missing: [names] }] (plus requestId).
    const on13 = dueList(cli('reminders', 'due', '--on', '2025-06-13', '--json'));
    expect(on13).toHaveLength(1);
    expect(Object.keys(on13[0]!).sort()).toEqual(['daysLeft', 'dueDate', 'missing', 'request', 'requestId']);
    expect(on13[0]).toMatchObject({ requestId: 1, dueDate: '2025-06-20', daysLeft: 7 });
    expect(on13[0]!.request).toMatch(/^Báo cáo tổng kết/);
    expect([...on13[0]!.missing].sort()).toEqual([...required].sort());

    // An agency named without diacritics, with a file.
    const file = path.join(t.dir, 'Bao cao tong ket STP.docx');
    writeFileSync(file, 'Báo cáo số 125/BC-STP');
    const recorded = cli(
      'submissions',
      'record',
      '--request',
      '1',
      '--agency',
      'so tu phap',
      '--date',
      '2025-06-15',
      '--file',
      file,
      '--json',
    );
    expect(recorded.stderr).toBe('');
    expect(recorded.status).toBe(0);
    expect(JSON.parse(recorded.stdout)).toMatchObject({
      requestId: 1,
      receivedOn: '2025-06-15',
      version: 1,
      files: [{ fileName: 'Bao cao tong ket STP.docx' }],
    });

    // Tỉnh Đoàn, dated before the plan (5/4/2025) asked for the report: refused in Vietnamese, nothing written.
    const refused = cli('submissions', 'record', '--request', '1', '--agency', 'Tỉnh Đoàn', '--date', '2025-03-01');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^Lỗi: /);
    expect(refused.stderr).toContain('01/03/2025');
    expect(refused.stderr).toContain('trước ngày yêu cầu báo cáo (05/04/2025)');

    t.reopen();
    const agencies = await t.must('agencies.list', { includeInactive: true });
    const youth = agencies.find((agency) => agency.name === 'Tỉnh Đoàn')!.id;
    expect(await t.must('submissions.list', { requestId: 1, agencyId: youth })).toEqual([]);
    await t.must('submissions.record', { requestId: 1, agencyId: youth, receivedOn: '2025-06-16' });
    closeStore(t.store);

    const on23 = dueList(cli('reminders', 'due', '--on', '2025-06-23', '--json'));
    expect(on23).toHaveLength(1);
    expect(on23[0]).toMatchObject({ requestId: 1, dueDate: '2025-06-20', daysLeft: -3 });
    expect(on23[0]!.missing).not.toContain('Sở Tư pháp');
    expect(on23[0]!.missing).not.toContain('Tỉnh Đoàn');
    expect([...on23[0]!.missing].sort()).toEqual(
      required.filter((name) => name !== 'Sở Tư pháp' && name !== 'Tỉnh Đoàn').sort(),
    );
    // Five spawns of about a second each; more on a busy machine.
  }, 60_000);
});
