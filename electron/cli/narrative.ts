/**
 * `narrative import` and `report build`: an agency's report cut at its headings and matched to the request's
 * outline, and the province's consolidated report written as .docx (and its .xlsx annex) (docs/narrative.md).
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { NarrativeSplit } from '../api/contract';
import { parseRequestId } from './figures';
import { call, print, readUpload, resolveAgency, table, writeOut, type Globals } from './shared';

function describeSplit(split: NarrativeSplit, saved: boolean): string {
  const rows = [
    ['#', 'Đề mục trong báo cáo', 'Xếp vào mục đề cương', 'Độ khớp', 'Đoạn'],
    ...split.sections.map((section) => [
      String(section.position + 1),
      section.heading ?? '(phần mở đầu)',
      section.outlineHeading ?? 'Khác (chưa xếp)',
      section.outlineIndex === null ? '' : `${Math.round(section.score * 100)}%`,
      String(section.paragraphs.length),
    ]),
  ];
  const notes = [
    ...(split.notice ? [split.notice] : []),
    ...(split.unstructured ? ['Báo cáo không có đề mục nào: toàn bộ nội dung để ở mục “Khác” cho cán bộ xếp.'] : []),
    saved ? 'Đã lưu các phần của báo cáo.' : 'Chưa lưu gì; thêm --save để lưu.',
  ];
  return `${split.agency}: ${split.sections.length} phần\n${table(rows)}\n${notes.join('\n')}`;
}

export function registerNarrative(program: Command, globals: Globals): void {
  const narrative = program.command('narrative').description('nội dung báo cáo của các cơ quan theo đề cương');
  narrative
    .command('import <file>')
    .description('đọc báo cáo .docx/.txt của một cơ quan, chia theo đề mục và khớp với đề cương; --save để lưu')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .requiredOption('--agency <name>', 'tên, tên viết tắt hoặc mã cơ quan')
    .option('--save', 'lưu các phần đã đọc (thay lần đọc trước của cơ quan này)')
    .action(async (file: string, options: { request: string; agency: string; save?: boolean }) => {
      const requestId = parseRequestId(options.request);
      const agencyId = await resolveAgency(globals(), options.agency);
      const input = { requestId, agencyId, from: { kind: 'upload' as const, ...readUpload(file) } };
      const split = await call(globals(), 'narrative.preview', input);
      if (options.save) await call(globals(), 'narrative.read', input);
      print(globals(), { ...split, saved: options.save === true }, () => describeSplit(split, options.save === true));
    });

  const report = program.command('report').description('báo cáo tổng hợp của tỉnh');
  report
    .command('build')
    .description('xuất báo cáo tổng hợp (.docx) theo Nghị định 30/2020, và phụ lục số liệu (.xlsx) nếu có --xlsx')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .requiredOption('--out <file>', 'tệp .docx cần ghi')
    .option('--xlsx <file>', 'tệp .xlsx phụ lục số liệu cần ghi')
    .option('--on <date>', 'ngày của báo cáo, yyyy-mm-dd (mặc định: hôm nay)')
    .action(async (options: { request: string; out: string; xlsx?: string; on?: string }) => {
      const requestId = parseRequestId(options.request);
      const written: Array<{ file: string; bytes: number }> = [];
      const formats: Array<['docx' | 'xlsx', string]> = [['docx', options.out]];
      if (options.xlsx) formats.push(['xlsx', options.xlsx]);
      for (const [format, target] of formats) {
        const file = await call(globals(), 'narrative.exportReport', {
          requestId,
          format,
          ...(options.on ? { on: options.on } : {}),
        });
        const bytes = Buffer.from(file.base64, 'base64');
        const out = path.resolve(target);
        writeOut(out, bytes);
        written.push({ file: out, bytes: bytes.length });
      }
      print(globals(), written, () => written.map((item) => `Đã ghi ${item.file}`).join('\n'));
    });
}
