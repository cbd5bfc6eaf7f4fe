/**
 * `narrative import` and `report build` (issue 11, item 5): the real CLI in a child process on a real file. The
 * split is shown and nothing is saved without `--save`; the report is written as .docx and its annex as .xlsx.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore } from '../../db/open';
import type { NarrativeSplit } from '../../electron/api/contract';
import { agencyReportDocx, WOMEN_REPORT } from '../support/agencyReports';
import { runCli } from '../support/cli';
import { createReview, type ReviewSource } from '../support/figures';
import { openTempStore, type TempStore } from '../support/tempStore';

let t: TempStore;
let ids: Record<ReviewSource, number>;
let requestId: number;

beforeEach(async () => {
  t = openTempStore();
  ({ ids, requestId } = await createReview(t));
});

afterEach(() => t.cleanup());

const SLOW = 120_000;

function cli(args: readonly string[]) {
  closeStore(t.store);
  return runCli(t.dbPath, args);
}

const savedSections = () => {
  t.reopen();
  return t.store.sqlite.prepare('select count(*) from narrative_sections').pluck().get() as number;
};

describe('narrative import', () => {
  it('shows the split, saves only with --save, and names a missing file', { timeout: SLOW }, async () => {
    const file = path.join(t.dir, 'hoi-phu-nu.docx');
    writeFileSync(file, await agencyReportDocx(WOMEN_REPORT));
    const args = ['narrative', 'import', file, '--request', String(requestId), '--agency', 'Hội Liên hiệp Phụ nữ tỉnh'];

    const dry = cli([...args, '--json']);
    expect(dry.status, dry.stderr).toBe(0);
    const split = JSON.parse(dry.stdout) as NarrativeSplit & { saved: boolean };
    expect(split.saved).toBe(false);
    expect(split.sections.map((section) => section.outlineHeading)).toEqual([
      'Công tác phòng ngừa mua bán người',
      'Hỗ trợ nạn nhân',
      null,
    ]);
    expect(savedSections()).toBe(0);

    const human = cli([...args, '--save']);
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toContain('Khác (chưa xếp)');
    expect(human.stdout).toContain('Đã lưu các phần của báo cáo.');
    expect(savedSections()).toBe(3);

    const missing = cli([
      'narrative',
      'import',
      path.join(t.dir, 'khong-co.docx'),
      '--request',
      String(requestId),
      '--agency',
      String(ids.police),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không có tệp');
  });
});

describe('report build', () => {
  it('writes the report and its annex', { timeout: SLOW }, async () => {
    await t.must('narrative.read', {
      requestId,
      agencyId: ids.women,
      from: { kind: 'upload', fileName: 'bc.docx', base64: (await agencyReportDocx(WOMEN_REPORT)).toString('base64') },
    });
    const docx = path.join(t.dir, 'bao-cao.docx');
    const xlsx = path.join(t.dir, 'phu-luc.xlsx');
    const run = cli([
      'report',
      'build',
      '--request',
      String(requestId),
      '--out',
      docx,
      '--xlsx',
      xlsx,
      '--on',
      '2025-06-25',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value;
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('ngày 25 tháng 6 năm 2025');
    expect(text).toContain('Hội đã lồng ghép tuyên truyền trong 300 buổi sinh hoạt chi hội.');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });
});
