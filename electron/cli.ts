/**
 * `npm run cli -- <command> [--db PATH] [--json]`: the same handlers as the UI,
 * for IT staff and scripted checks. Output on stdout (`--json`: machine-readable);
 * errors on stderr with a non-zero exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { AGENCY_KIND_LABELS, agencySearchText } from '../core/agency';
import { foldVietnamese, matchesSearch } from '../core/vietnamese';
import { OCCURRENCE_KIND_LABELS } from '../core/calendar';
import { formatDisplayDate } from '../core/dates';
import { AppError } from '../core/errors';
import type { Matrix } from '../core/matrix';
import { PLAN_STATUS_LABELS, planLabel, planPeriodLabel, type PlanDetail, type PlanSummary } from '../core/plan';
import { closeStore, openStore, type Store } from '../db/open';
import type { Channel, ChannelInput, ChannelOutput, ExportedFile, ImportPreview } from './api/contract';
import { dispatch } from './api/dispatch';
import { resolveDbPath } from './paths';
import { appVersion } from './version';

const root = path.resolve(import.meta.dirname, '..');

class CliError extends Error {}

interface GlobalOptions {
  db?: string;
  json?: boolean;
}

let store: Store | null = null;

function openFromOptions(options: GlobalOptions): Store {
  store ??= openStore({
    path: resolveDbPath(options.db ? ['--db', options.db] : []),
    migrationsFolder: path.join(root, 'db', 'migrations'),
  });
  return store;
}

async function call<C extends Channel>(
  options: GlobalOptions,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const context = { store: openFromOptions(options), runtime: 'cli' as const, version: appVersion(root) };
  const result = await dispatch(context, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as ChannelOutput<C>;
}

function print(options: GlobalOptions, value: unknown, human: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A plan named by its id (`12`) or its number-symbol (`61/KH-UBND`). */
async function resolvePlan(options: GlobalOptions, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const found = await call(options, 'plans.findByNumber', { numberSymbol: ref });
  if (found.length === 0) throw new CliError(`Không có kế hoạch nào số “${ref}”.`);
  if (found.length > 1) {
    const list = found.map((plan) => `  ${plan.id}: ${plan.numberSymbol} (${plan.issuer})`).join('\n');
    throw new CliError(`Có ${found.length} kế hoạch cùng số “${ref}”; hãy dùng mã số:\n${list}`);
  }
  return found[0]!.id;
}

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

/** An agency named by its id, or its name, short name or an alias (with or without diacritics). */
async function resolveAgency(options: GlobalOptions, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const all = await call(options, 'agencies.list', { includeInactive: true });
  const wanted = foldVietnamese(ref);
  const exact = all.filter((agency) =>
    [agency.name, agency.shortName ?? '', ...agency.aliases].some((name) => foldVietnamese(name) === wanted),
  );
  const found = exact.length > 0 ? exact : all.filter((agency) => matchesSearch(agencySearchText(agency), ref));
  if (found.length === 0) throw new CliError(`Không có cơ quan nào tên “${ref}”.`);
  if (found.length > 1) {
    throw new CliError(
      `“${ref}” khớp ${found.length} cơ quan: ${found.map((agency) => `${agency.id}: ${agency.name}`).join('; ')}.`,
    );
  }
  return found[0]!.id;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(`Năm “${value}” không hợp lệ.`);
  return Number(value);
}

function readUpload(file: string): { fileName: string; base64: string } {
  try {
    return { fileName: path.basename(file), base64: readFileSync(file).toString('base64') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `Không có tệp ${file}.` : `Không đọc được tệp ${file} (${code ?? 'lỗi'}).`);
  }
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

function buildProgram(): Command {
  const program = new Command('plan-desk')
    .description('Plan Desk — dòng lệnh cho cán bộ tin học')
    .option('--db <path>', 'đường dẫn tệp dữ liệu (mặc định: thư mục dữ liệu của ứng dụng, hoặc biến PLAN_DESK_DB)')
    .option('--json', 'in kết quả dạng JSON')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  const agencies = program.command('agencies').description('danh mục cơ quan, đơn vị');
  agencies
    .command('list')
    .description('liệt kê cơ quan, đơn vị')
    .option('-q, --query <text>', 'tìm theo tên (có hoặc không dấu)')
    .option('--active', 'chỉ các cơ quan đang hoạt động')
    .action(async (options: { query?: string; active?: boolean }) => {
      const list = await call(globals(), 'agencies.list', { query: options.query, includeInactive: !options.active });
      print(globals(), list, () =>
        table([
          ['Mã', 'Tên', 'Viết tắt', 'Loại', 'Trạng thái'],
          ...list.map((agency) => [
            String(agency.id),
            agency.name,
            agency.shortName ?? '',
            AGENCY_KIND_LABELS[agency.kind],
            agency.active
              ? 'hoạt động'
              : `đã sáp nhập${agency.mergedOn ? ` ${formatDisplayDate(agency.mergedOn)}` : ''}`,
          ]),
        ]),
      );
    });

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

  program
    .command('holidays <year>')
    .description('các ngày nghỉ của một năm (đã gồm những chỉnh sửa của cán bộ)')
    .action(async (year: string) => {
      const result = await call(globals(), 'holidays.year', { year: parseYear(year) });
      const days = result.daysOff.map(({ date, name, lunar }) => ({ date, name, lunar }));
      print(globals(), days, () =>
        table([
          ['Ngày', 'Tên', 'Âm lịch'],
          ...days.map((day) => [formatDisplayDate(day.date), day.name, day.lunar ? 'có' : '']),
        ]),
      );
    });

  const calendar = program.command('calendar').description('lịch công tác');
  calendar
    .command('list')
    .description('các mục lịch trong một khoảng ngày')
    .requiredOption('--from <date>', 'từ ngày (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'đến ngày (YYYY-MM-DD)')
    .action(async (options: { from: string; to: string }) => {
      const view = await call(globals(), 'calendar.list', { from: options.from, to: options.to });
      const agencies = new Map(
        (await call(globals(), 'agencies.list', { includeInactive: true })).map((a) => [a.id, a.name]),
      );
      const plans = new Map((await call(globals(), 'plans.list', {})).map((p) => [p.id, planLabel(p)]));
      const entries = view.occurrences.map((occurrence) => ({
        kind: occurrence.kind,
        title: occurrence.title,
        start: occurrence.start,
        end: occurrence.end,
        due: occurrence.kind === 'deadline' || occurrence.kind === 'report' ? occurrence.start : null,
        dataFrom: occurrence.dataFrom,
        dataTo: occurrence.dataTo,
        agencies: occurrence.agencyIds.map((id) => agencies.get(id) ?? String(id)),
        plan: occurrence.planId !== null ? (plans.get(occurrence.planId) ?? null) : null,
        warning: occurrence.warning,
      }));
      print(globals(), entries, () =>
        entries.length === 0
          ? 'Không có mục lịch nào.'
          : table([
              ['Loại', 'Từ', 'Đến', 'Tiêu đề', 'Kế hoạch'],
              ...entries.map((entry) => [
                OCCURRENCE_KIND_LABELS[entry.kind],
                formatDisplayDate(entry.start),
                entry.end !== entry.start ? formatDisplayDate(entry.end) : '',
                entry.title,
                entry.plan ?? '',
              ]),
            ]),
      );
    });

  program
    .command('workdays')
    .description('cộng ngày làm việc')
    .command('add <date> <days>')
    .description('ngày làm việc thứ N sau một ngày (N âm: trước)')
    .action(async (date: string, days: string) => {
      if (!/^-?\d+$/.test(days)) throw new CliError(`Số ngày “${days}” không hợp lệ.`);
      const result = await call(globals(), 'workdays.add', { date, days: Number(days) });
      print(globals(), result, () => formatDisplayDate(result.date));
    });

  const reminders = program.command('reminders').description('nhắc việc báo cáo');
  reminders
    .command('due')
    .description('các báo cáo đến hạn hoặc quá hạn, với các cơ quan chưa gửi')
    .option('--on <date>', 'vào ngày (YYYY-MM-DD; mặc định: hôm nay theo giờ Việt Nam)')
    .action(async (options: { on?: string }) => {
      const todo = await call(globals(), 'reminders.todo', options.on ? { on: options.on } : {});
      const names = new Map(
        (await call(globals(), 'agencies.list', { includeInactive: true })).map((a) => [a.id, a.name]),
      );
      const due = todo.reminders.map((reminder) => ({
        request: reminder.title,
        requestId: reminder.requestId,
        dueDate: reminder.dueOn,
        daysLeft: reminder.daysLeft,
        missing: reminder.missingAgencyIds.map((id) => names.get(id) ?? String(id)),
      }));
      print(globals(), due, () =>
        due.length === 0
          ? `Ngày ${formatDisplayDate(todo.today)}: không có báo cáo nào đến hạn hay quá hạn.`
          : due
              .map(
                (item) =>
                  `${item.request}\n  hạn ${formatDisplayDate(item.dueDate)} — ${
                    item.daysLeft < 0 ? `quá hạn ${-item.daysLeft} ngày` : `còn ${item.daysLeft} ngày`
                  }; chưa gửi (${item.missing.length}): ${item.missing.join(', ')}`,
              )
              .join('\n'),
      );
    });

  const submissions = program.command('submissions').description('sổ theo dõi báo cáo');
  submissions
    .command('record')
    .description('ghi nhận một cơ quan đã gửi báo cáo')
    .requiredOption('--request <id>', 'mã yêu cầu báo cáo')
    .requiredOption('--agency <name>', 'tên, tên viết tắt hoặc mã cơ quan')
    .requiredOption('--date <date>', 'ngày nhận (YYYY-MM-DD)')
    .option('--number <text>', 'số, ký hiệu văn bản của cơ quan')
    .option('--file <path...>', 'tệp báo cáo nhận được (có thể nhiều tệp)')
    .action(async (options: { request: string; agency: string; date: string; number?: string; file?: string[] }) => {
      if (!/^\d+$/.test(options.request)) throw new CliError(`Mã yêu cầu “${options.request}” không hợp lệ.`);
      const agencyId = await resolveAgency(globals(), options.agency);
      const files = (options.file ?? []).map((file) => readUpload(file));
      const saved = await call(globals(), 'submissions.record', {
        requestId: Number(options.request),
        agencyId,
        receivedOn: options.date,
        documentNumber: options.number ?? null,
        files,
      });
      print(
        globals(),
        saved,
        () => `Đã ghi nhận lần nộp thứ ${saved.version} ngày ${formatDisplayDate(saved.receivedOn)}.`,
      );
    });

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

  return program;
}

async function main(): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const json = program.opts<GlobalOptions>().json;
    const code = error instanceof AppError ? error.code : 'CLI_ERROR';
    const message = error instanceof AppError || error instanceof CliError ? error.message : String(error);
    process.stderr.write(json ? `${JSON.stringify({ error: { code, message } })}\n` : `Lỗi: ${message}\n`);
    return 1;
  } finally {
    if (store) closeStore(store);
  }
}

process.exitCode = await main();
