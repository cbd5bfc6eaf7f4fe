/** `plans …`, `plan …` and `matrix …`: the plans, their import from a document, and the assignment matrix. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatDisplayDate } from '../../core/dates';
import type { Matrix } from '../../core/matrix';
import { PLAN_STATUS_LABELS, planLabel, planPeriodLabel, type PlanDetail, type PlanSummary } from '../../core/plan';
import type { ExportedFile, ImportPreview } from '../api/contract';
import { call, CliError, print, readUpload, resolvePlan, table, type Globals } from './shared';

function planLine(plan: PlanSummary): string[] {
  return [
    String(plan.id),
    planLabel(plan),
    formatDisplayDate(plan.issuedOn),
    planPeriodLabel(plan),
    PLAN_STATUS_LABELS[plan.status],
    String(plan.taskCount),
    plan.title,
  ];
}

function describePlan(detail: PlanDetail, matrix: Matrix): string {
  const { plan } = detail;
  const head = [
    `${planLabel(plan)} — ${plan.title}`,
    `Cơ quan ban hành: ${plan.issuer}${plan.issuedOn ? `, ngày ${formatDisplayDate(plan.issuedOn)}` : ''}`,
    `Giai đoạn: ${planPeriodLabel(plan)}; trạng thái: ${PLAN_STATUS_LABELS[plan.status]}; ${plan.taskCount} nhiệm vụ`,
  ];
  if (plan.implementsPlanLabel || plan.implementsRef)
    head.push(`Thực hiện: ${plan.implementsPlanLabel ?? plan.implementsRef}`);
  const names = new Map(matrix.columns.map((column) => [column.agencyId, column.displayName]));
  const body = matrix.rows.map((row) => {
    const indent = '  '.repeat(row.depth);
    if (row.type === 'section') return `${indent}${row.label} ${row.title}`;
    const lead = Object.entries(row.roles)
      .filter(([, role]) => role === 'lead')
      .map(([id]) => names.get(Number(id)));
    const help = Object.entries(row.roles)
      .filter(([, role]) => role === 'coordinating')
      .map(([id]) => names.get(Number(id)));
    const who = [
      lead.length ? `chủ trì: ${lead.join(', ')}` : '',
      help.length ? `phối hợp: ${help.join(', ')}` : '',
      row.allMembers ? 'các thành viên cùng thực hiện' : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `${indent}${row.label} ${row.text}${who ? `\n${indent}    (${who})` : ''}`;
  });
  return [...head, '', ...body].join('\n');
}

/** The machine-readable shape of `plan parse --json` (the issue's contract for scripted checks). */
function parseSummary(preview: ImportPreview) {
  const { header, nodes, dates, warnings } = preview.result;
  return {
    document: {
      number: header.number,
      title: header.title,
      issuer: header.issuer,
      issuedOn: header.issuedOn,
      signer: header.signer,
      implements: header.implements.map((cited) => ({ number: cited.number, issuedOn: cited.issuedOn })),
    },
    tasks: nodes.flatMap((node) =>
      node.type === 'task'
        ? [
            {
              ref: node.ref,
              text: node.text,
              lead: node.responsibility.lead.map((agency) => agency.name),
              coordinating: node.responsibility.coordinating.map((agency) => agency.name),
              allMembers: node.responsibility.allMembers,
            },
          ]
        : [],
    ),
    dates: dates.map((date) => ({
      kind: date.kind,
      text: date.text,
      from: date.from,
      to: date.to,
      due: date.due,
      what: date.what,
    })),
    warnings: [...(preview.notice ? [preview.notice] : []), ...warnings],
  };
}

function describeParse(preview: ImportPreview): string {
  const summary = parseSummary(preview);
  const { document } = summary;
  const lines = [
    `${document.number ?? '(không rõ số)'} — ${document.title ?? '(không rõ trích yếu)'}`,
    `${document.issuer ?? '(không rõ cơ quan ban hành)'}${document.issuedOn ? `, ngày ${formatDisplayDate(document.issuedOn)}` : ''}`,
    ...document.implements.map(
      (cited) => `Thực hiện: ${cited.number}${cited.issuedOn ? ` ngày ${formatDisplayDate(cited.issuedOn)}` : ''}`,
    ),
    '',
    `${summary.tasks.length} nhiệm vụ:`,
    ...summary.tasks.map((task) => {
      const who = [
        task.lead.length ? `chủ trì: ${task.lead.join(', ')}` : '',
        task.coordinating.length ? `phối hợp: ${task.coordinating.join(', ')}` : '',
        task.allMembers ? 'các thành viên' : '',
      ].filter(Boolean);
      return `  ${task.ref.padEnd(8)} ${task.text.slice(0, 90)}${task.text.length > 90 ? '…' : ''}${who.length ? `\n           (${who.join('; ')})` : ''}`;
    }),
    '',
    `${summary.dates.length} mốc thời gian:`,
    ...summary.dates.map(
      (date) =>
        `  ${date.kind.padEnd(9)} ${[date.due, date.from && `${date.from} → ${date.to}`].filter(Boolean).join(' ')}  ${date.text.slice(0, 80)}`,
    ),
  ];
  if (summary.warnings.length) lines.push('', 'Lưu ý:', ...summary.warnings.map((warning) => `  - ${warning}`));
  return lines.join('\n');
}

export function registerPlans(program: Command, globals: Globals): void {
  const plans = program.command('plans').description('kế hoạch');
  plans
    .command('list')
    .description('liệt kê kế hoạch')
    .action(async () => {
      const list = await call(globals(), 'plans.list', {});
      print(globals(), list, () =>
        list.length === 0
          ? 'Chưa có kế hoạch nào.'
          : table([
              ['Mã', 'Số, ký hiệu', 'Ngày', 'Giai đoạn', 'Trạng thái', 'Nhiệm vụ', 'Trích yếu'],
              ...list.map(planLine),
            ]),
      );
    });

  const plan = program.command('plan').description('một kế hoạch');
  plan
    .command('show <plan>')
    .description('xem một kế hoạch (mã số hoặc số, ký hiệu) với các nhiệm vụ và phân công')
    .action(async (ref: string) => {
      const id = await resolvePlan(globals(), ref);
      const detail = await call(globals(), 'plans.get', { id });
      const matrix = await call(globals(), 'matrix.get', { planId: id, columns: 'involved' });
      print(globals(), { ...detail, matrix }, () => describePlan(detail, matrix));
    });

  plan
    .command('parse <file>')
    .description('đọc một văn bản kế hoạch (.txt, .docx) và in những gì nhận dạng được, không lưu')
    .action(async (file: string) => {
      const preview = await call(globals(), 'imports.parse', readUpload(file));
      print(globals(), parseSummary(preview), () => describeParse(preview));
    });

  plan
    .command('import <file>')
    .description(
      'đọc một văn bản kế hoạch và lưu kế hoạch cùng các nhiệm vụ, phân công (như màn hình nhập, chấp nhận mọi đề xuất)',
    )
    .action(async (file: string) => {
      const preview = await call(globals(), 'imports.parse', readUpload(file));
      if (!globals().json) process.stdout.write(`${describeParse(preview)}\n\n`);
      const saved = await call(globals(), 'imports.save', preview.draft);
      print(
        globals(),
        { ...parseSummary(preview), saved: { id: saved.id, number: saved.numberSymbol, taskCount: saved.taskCount } },
        () => `Đã lưu kế hoạch ${planLabel(saved)} (mã ${saved.id}) với ${saved.taskCount} nhiệm vụ.`,
      );
    });
}

/** Registered apart from the plans so that `--help` keeps listing it last, where it always was. */
export function registerMatrix(program: Command, globals: Globals): void {
  const matrix = program.command('matrix').description('ma trận phân công');
  matrix
    .command('export <plan>')
    .description('xuất ma trận phân công ra tệp Excel')
    .requiredOption('--out <file>', 'tệp .xlsx cần ghi')
    .option('--all-agencies', 'hiện mọi cơ quan đang hoạt động, không chỉ các cơ quan được phân công')
    .action(async (ref: string, options: { out: string; allAgencies?: boolean }) => {
      const planId = await resolvePlan(globals(), ref);
      const file: ExportedFile = await call(globals(), 'exports.matrixXlsx', {
        planId,
        columns: options.allAgencies ? 'all' : 'involved',
      });
      const out = path.resolve(options.out);
      try {
        writeFileSync(out, Buffer.from(file.base64, 'base64'));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(
          code === 'ENOSPC' ? `Ổ đĩa đầy, không ghi được ${out}.` : `Không ghi được tệp ${out} (${code ?? 'lỗi'}).`,
        );
      }
      print(globals(), { file: out, bytes: Buffer.byteLength(file.base64, 'base64') }, () => `Đã ghi ${out}`);
    });
}
