/**
 * `plan parse` and `plan import` on the real CLI (issue 3's contract for scripted checks).
 * Each spawn costs about a second, so the file keeps to six of them.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Matrix } from '../../core/matrix';
import type { PlanDetail } from '../../core/plan';
import { closeStore } from '../../db/open';
import { openTempStore, type TempStore } from '../support/tempStore';
import { SEEDS_DIR } from '../fixtures/seeds';
import { runCli, type CliRun } from '../support/cli';

const SEEDS = SEEDS_DIR;
const SEED_836 = path.join(SEEDS, 'provincial-review-plan-2025-836-KH-UBND.txt');
const SEED_CENTRAL = path.join(SEEDS, 'central-plan-2024-19-KH-BCD138.txt');

interface ParseSummary {
  document: {
    number: string | null;
    title: string | null;
    issuer: string | null;
    issuedOn: string | null;
    signer: string | null;
    implements: Array<{ number: string | null; issuedOn: string | null }>;
  };
  tasks: Array<{ ref: string; text: string; lead: string[]; coordinating: string[]; allMembers: boolean }>;
  dates: Array<{
    kind: string;
    text: string;
    from: string | null;
    to: string | null;
    due: string | null;
    what: string | null;
  }>;
  warnings: string[];
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

/** Global options after the command, as an officer would type them. */
function cli(...args: string[]): CliRun {
  return runCli(t.dbPath, args);
}

function sortedKeys(value: object): string[] {
  return Object.keys(value).sort();
}

async function planCount(): Promise<number> {
  t.reopen();
  const plans = await t.must('plans.list', {});
  closeStore(t.store);
  return plans.length;
}

describe('cli plan parse / plan import', () => {
  it('prints the extraction of the 836 plan in the issue’s shape, and saves nothing', async () => {
    const run = cli('plan', 'parse', SEED_836, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as ParseSummary;

    expect(sortedKeys(summary)).toEqual(['dates', 'document', 'tasks', 'warnings']);
    expect(sortedKeys(summary.document)).toEqual(['implements', 'issuedOn', 'issuer', 'number', 'signer', 'title']);
    expect(summary.document).toMatchObject({
      number: '836/KH-UBND',
      issuedOn: '2025-04-05',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
    });
    expect(summary.document.title).toMatch(/^Tổng kết thực hiện chương trình phòng, chống mua bán người/);
    expect(summary.document.implements).toEqual([{ number: '172/KH-BCĐ', issuedOn: '2025-03-25' }]);

    expect(summary.tasks).toHaveLength(12);
    for (const task of summary.tasks) {
      expect(sortedKeys(task)).toEqual(['allMembers', 'coordinating', 'lead', 'ref', 'text']);
    }
    const focal = summary.tasks.find((task) => task.text.startsWith('Làm cơ quan đầu mối'));
    expect(focal).toMatchObject({ lead: ['Công an tỉnh'], coordinating: [] });

    for (const date of summary.dates) {
      expect(sortedKeys(date)).toEqual(['due', 'from', 'kind', 'text', 'to', 'what']);
    }
    const deadlines = summary.dates.filter((date) => date.kind === 'deadline');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ due: '2025-06-20', what: 'báo cáo tổng kết', from: null, to: null });
    expect(deadlines[0]!.text).toContain('trước ngày 20/6/2025');
    const periods = summary.dates.filter((date) => date.kind === 'period');
    expect(periods.length).toBeGreaterThanOrEqual(1);
    for (const period of periods) expect(period).toMatchObject({ from: '2021-02-09', to: '2025-06-15', due: null });
    // The issue date and the date of the plan it implements are not deadlines.
    expect(summary.dates.map((date) => date.due)).not.toContain('2025-04-05');
    expect(summary.dates.map((date) => date.due)).not.toContain('2025-03-25');
    expect(Array.isArray(summary.warnings)).toBe(true);

    expect(await planCount()).toBe(0);
  });

  it('imports the central plan, shows it, and refuses the same file a second time', () => {
    const imported = cli('plan', 'import', SEED_CENTRAL, '--json');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const saved = JSON.parse(imported.stdout) as ParseSummary & {
      saved: { id: number; number: string; taskCount: number };
    };
    expect(saved.document.number).toBe('19/KH-BCĐ138/CP');
    expect(saved.saved).toMatchObject({ id: 1, number: '19/KH-BCĐ138/CP' });
    expect(saved.tasks.find((task) => task.ref === '2.1.e')).toMatchObject({
      lead: ['Bộ Công an'],
      coordinating: ['Bộ Giáo dục và Đào tạo'],
      allMembers: true,
    });

    const shown = cli('plan', 'show', '19/KH-BCĐ138/CP', '--json');
    expect(shown.stderr).toBe('');
    expect(shown.status).toBe(0);
    const detail = JSON.parse(shown.stdout) as PlanDetail & { matrix: Matrix };
    expect(detail.plan).toMatchObject({ numberSymbol: '19/KH-BCĐ138/CP', issuedOn: '2024-01-15', level: 'central' });
    expect(detail.tasks).toHaveLength(saved.tasks.length);
    // The matrix rows follow the document's order (PlanDetail.tasks is ordered by position within each section).
    const rowTexts = detail.matrix.rows.flatMap((row) => (row.type === 'task' ? [row.text.slice(0, 40)] : []));
    expect(rowTexts).toEqual(saved.tasks.map((task) => task.text.replace(/\s+/g, ' ').slice(0, 40)));
    expect(detail.matrix.taskCount).toBe(saved.tasks.length);
    // The agencies the plan involves, by their short names.
    expect(detail.matrix.columns.map((column) => column.displayName)).toEqual([
      'Bộ Công an',
      'Bộ GD&ĐT',
      'Bộ Quốc phòng',
      'Bộ TT&TT',
      'Bộ VHTTDL',
      'TW Hội LHPN VN',
      'VOV',
      'VTV',
    ]);

    const again = cli('plan', 'import', SEED_CENTRAL, '--json');
    expect(again.status).not.toBe(0);
    expect(again.stdout).toBe('');
    const { error } = JSON.parse(again.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toContain('19/KH-BCĐ138/CP');
  });

  it('says in Vietnamese that a file does not exist', async () => {
    const run = cli('plan', 'parse', 'missing.txt');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Lỗi: Không có tệp missing\.txt\./);
    expect(await planCount()).toBe(0);
  });
});
