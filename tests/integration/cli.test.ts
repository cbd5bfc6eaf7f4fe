import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../core/agency';
import type { Matrix } from '../../core/matrix';
import type { PlanDetail, PlanSummary } from '../../core/plan';
import { closeStore } from '../../db/open';
import { openTempStore, type TempStore } from '../support/tempStore';
import { runCli, runCliIntoClosedPipe, type CliRun } from '../support/cli';

let t: TempStore;

beforeEach(() => {
  t = openTempStore();
  // The CLI is the one writer while it runs, as in real use.
  closeStore(t.store);
});

afterEach(() => {
  t.cleanup();
});

/** Each spawn costs about a second (tsx compiles the CLI), so the tests below share them sparingly. */
function cli(...args: string[]): CliRun {
  return runCli(t.dbPath, args);
}

async function arrangePlan(): Promise<number> {
  t.reopen();
  const all = await t.must('agencies.list', { includeInactive: true });
  const idOf = (name: string) => all.find((agency) => agency.name === name)?.id ?? -1;
  const plan = await t.must('plans.create', {
    numberSymbol: '61/KH-UBND',
    title: 'Thực hiện công tác phòng, chống mua bán người năm 2024',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2024-03-27',
    level: 'province',
    periodFrom: 2024,
    periodTo: 2024,
    status: 'issued',
  });
  const part = await t.must('sections.create', {
    planId: plan.id,
    parentId: null,
    section: { label: 'II', title: 'NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN' },
  });
  await t.must('tasks.create', {
    planId: plan.id,
    sectionId: part.id,
    task: {
      label: 'a',
      text: 'Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội',
      lead: [idOf('Công an tỉnh')],
      coordinating: [idOf('Sở Tư pháp')],
    },
  });
  await t.must('tasks.create', {
    planId: plan.id,
    sectionId: part.id,
    task: { label: 'b', text: 'Rà soát, hỗ trợ nạn nhân trở về', lead: [idOf('Sở Y tế')] },
  });
  closeStore(t.store);
  return plan.id;
}

describe('cli', () => {
  it('lists the seeded agencies and no plans on a new database', () => {
    const agencies = cli('agencies', 'list', '--json');
    expect(agencies.stderr).toBe('');
    expect(agencies.status).toBe(0);
    const list = JSON.parse(agencies.stdout) as Agency[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.find((agency) => agency.name === 'Công an tỉnh')).toMatchObject({ shortName: 'CA tỉnh' });
    expect(list.map((agency) => agency.name)).toContain('Sở Lao động - Thương binh và Xã hội');

    const plans = cli('plans', 'list', '--json');
    expect(plans.status).toBe(0);
    expect(JSON.parse(plans.stdout) as PlanSummary[]).toEqual([]);
  });

  it('shows a plan by number and by id, and exports its matrix', async () => {
    const planId = await arrangePlan();

    const json = cli('plan', 'show', '61/kh-ubnd', '--json');
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const shown = JSON.parse(json.stdout) as PlanDetail & { matrix: Matrix };
    expect(shown.plan).toMatchObject({ id: planId, numberSymbol: '61/KH-UBND', issuedOn: '2024-03-27' });
    expect(shown.tasks.map((task) => task.text)).toEqual([
      'Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội',
      'Rà soát, hỗ trợ nạn nhân trở về',
    ]);
    expect(shown.assignments).toHaveLength(3);
    expect(shown.matrix.columns.map((column) => column.displayName)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'CA tỉnh']);

    const human = cli('plan', 'show', String(planId));
    expect(human.status).toBe(0);
    const lines = human.stdout.split('\n');
    expect(lines[0]).toBe('61/KH-UBND — Thực hiện công tác phòng, chống mua bán người năm 2024');
    expect(lines[1]).toBe('Cơ quan ban hành: Ủy ban nhân dân tỉnh, ngày 27/03/2024');
    expect(human.stdout).toContain('II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN');
    expect(human.stdout).toContain('  a) Tuyên truyền về thủ đoạn mua bán người qua mạng xã hội');
    expect(human.stdout).toContain('(chủ trì: CA tỉnh; phối hợp: Sở Tư pháp)');
    expect(human.stdout).toContain('(chủ trì: Sở Y tế)');

    const out = path.join(t.dir, 'ma tran.xlsx');
    const exported = cli('matrix', 'export', '61/KH-UBND', '--out', out, '--json');
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ file: out });
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('B5').value).toBe('Nội dung nhiệm vụ');
    expect([4, 5, 6].map((column) => sheet?.getCell(5, column).value)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'CA tỉnh']);
    expect([4, 5, 6].map((column) => sheet?.getCell(7, column).value ?? null)).toEqual(['P', null, 'C']);
    expect([4, 5, 6].map((column) => sheet?.getCell(8, column).value ?? null)).toEqual([null, 'C', null]);

    // Regression guard (this was a bug, now fixed): db/plans.ts taskCountSql counts tasks whose plan_id equals their own id (unqualified columns in the
    // subquery; see plans.api.test.ts), so the summary line says "1 nhiệm vụ" for this plan of two tasks.
    expect(lines[2]).toBe('Giai đoạn: 2024; trạng thái: Ban hành; 2 nhiệm vụ');
  });

  it('fails with a JSON error on stderr for a plan that does not exist', () => {
    const run = cli('plan', 'show', '999/XX', '--json');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    const { error } = JSON.parse(run.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe('CLI_ERROR');
    expect(error.message).toContain('999/XX');
  });

  it('exits quietly, with its own code, when the reader closes the pipe early (`| head`)', async () => {
    const listed = await runCliIntoClosedPipe(t.dbPath, ['agencies', 'list']);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    // The rest of the command still runs: a failure is still reported and still fails.
    const missing = await runCliIntoClosedPipe(t.dbPath, ['plan', 'show', '999/XX']);
    expect(missing.stderr).toBe('Lỗi: Không có kế hoạch nào số “999/XX”.\n');
    expect(missing.status).toBe(1);
  });

  it('fails on an unknown command', () => {
    const run = cli('plans', 'frobnicate');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown command/i);
  });
});

describe('npm run cli: the native-driver check it runs first', () => {
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const script = path.join(repoRoot, 'scripts', 'native-abi.mjs');

  it('prints nothing at all when the driver loads, so `--json` output stays clean', () => {
    const run = spawnSync(process.execPath, [script, 'node'], { cwd: repoRoot, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it.skipIf(process.platform === 'win32')('sends a rebuild and what npm says during it to stderr', () => {
    // Run from a folder where better-sqlite3 does not resolve, with a stand-in npm first on PATH that talks on
    // stdout the way `npm rebuild` does (and builds nothing, so the real node_modules is left alone).
    const bin = path.join(t.dir, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\necho "rebuilt better-sqlite3"\n');
    chmodSync(path.join(bin, 'npm'), 0o755);
    const run = spawnSync(process.execPath, [script, 'node'], {
      cwd: t.dir,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('better-sqlite3 chưa được dựng cho Node: đang dựng lại');
    expect(run.stderr).toContain('rebuilt better-sqlite3');
    // The stand-in builds nothing, so the driver still does not load: said so, and the CLI does not start.
    expect(run.stderr).toContain('Không dựng được better-sqlite3 cho Node');
    expect(run.status).toBe(1);
  });
});
