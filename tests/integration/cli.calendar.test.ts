/**
 * `holidays`, `workdays add` and `calendar list` on the real CLI (issue 4's contract for scripted checks).
 * Each spawn costs about a second, so the file keeps to four of them; the 836 plan is imported through the
 * same handlers `plan import` calls (imports.parse, then imports.save of the draft as proposed), in-process.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore } from '../../db/open';
import { SEED, seedPath } from '../fixtures/seeds';
import { openTempStore, type TempStore } from '../support/tempStore';
import { runCli, type CliRun } from '../support/cli';

interface ListedEntry {
  kind: string;
  title: string;
  start: string;
  end: string;
  due: string | null;
  dataFrom: string | null;
  dataTo: string | null;
  agencies: string[];
  plan: string | null;
  warning: string | null;
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

describe('cli calendar commands', () => {
  it('holidays 2025 --json: the days off as [{ date, name, lunar }]', () => {
    const run = cli('holidays', '2025', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const days = JSON.parse(run.stdout) as Array<{ date: string; name: string; lunar: boolean }>;
    expect(days).toContainEqual({ date: '2025-01-29', name: 'Tết Nguyên đán (mùng 1)', lunar: true });
    expect(days).toContainEqual({ date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', lunar: true });
    expect(days).toContainEqual({ date: '2025-04-30', name: 'Ngày Chiến thắng 30/4', lunar: false });
    expect(days.map((day) => day.date)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-03',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(days.every((day) => Object.keys(day).sort().join() === 'date,lunar,name')).toBe(true);
  });

  it('workdays add 2025-04-28 3 --json: 05/05/2025, over 30/4 and 1/5', () => {
    const run = cli('workdays', 'add', '2025-04-28', '3', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ date: '2025-05-05', warning: null });
  });

  it('calendar list --json after importing 836/KH-UBND: the 20/6/2025 deadline; a date that does not exist is refused', async () => {
    t.reopen();
    const preview = await t.must('imports.parse', { text: readFileSync(seedPath(SEED.reviewPlan), 'utf8') });
    await t.must('imports.save', preview.draft);
    closeStore(t.store);

    const run = cli('calendar', 'list', '--from', '2025-06-01', '--to', '2025-06-30', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const entries = JSON.parse(run.stdout) as ListedEntry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'deadline',
      title: 'Hạn nộp: Báo cáo tổng kết (theo Kế hoạch 836/KH-UBND)',
      start: '2025-06-20',
      end: '2025-06-20',
      due: '2025-06-20',
      dataFrom: '2021-02-09',
      dataTo: '2025-06-15',
      plan: '836/KH-UBND',
      warning: null,
    });
    expect(entries[0]!.agencies).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Sở Y tế', 'Tòa án nhân dân tỉnh']));
    // Công an tỉnh receives the reports: it is not asked for one, nor is its Phòng Tham mưu.
    expect(entries[0]!.agencies).not.toContain('Công an tỉnh');
    expect(entries[0]!.agencies).not.toContain('Phòng Tham mưu, Công an tỉnh');
    expect(entries[0]!.agencies).not.toContain('Bộ Công an');

    const bad = cli('calendar', 'list', '--from', '2025-02-31', '--to', '2025-03-31', '--json');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    const error = JSON.parse(bad.stderr) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('INVALID_INPUT');
    expect(error.error.message).toBe('Từ ngày: ngày 31/02/2025 không có thật trên lịch');
  });
});
