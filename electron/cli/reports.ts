/** `requests …`, `reminders …` and `submissions …`: the reports owed and the register of those received. */
import type { Command } from 'commander';
import { formatDisplayDate } from '../../core/dates';
import { call, CliError, print, readUpload, resolveAgency, table, type Globals } from './shared';

export function registerReports(program: Command, globals: Globals): void {
  const requests = program.command('requests').description('yêu cầu báo cáo');
  requests
    .command('list')
    .description('liệt kê các yêu cầu báo cáo, với mã dùng cho các lệnh khác')
    .action(async () => {
      const list = (await call(globals(), 'requests.list', {})).map((request) => ({
        id: request.id,
        uuid: request.uuid,
        title: request.title,
        dueOn: request.dueOn,
        requestedOn: request.requestedOn,
        dataFrom: request.dataFrom,
        dataTo: request.dataTo,
        closedOn: request.closedOn,
        agencies: request.agencyIds.length,
      }));
      print(globals(), list, () =>
        list.length === 0
          ? 'Chưa có yêu cầu báo cáo nào.'
          : table([
              ['Mã', 'Ngày yêu cầu', 'Hạn nộp', 'Số liệu', 'Cơ quan', 'Trạng thái', 'Trích yếu'],
              ...list.map((request) => [
                String(request.id),
                formatDisplayDate(request.requestedOn),
                formatDisplayDate(request.dueOn),
                request.dataFrom || request.dataTo
                  ? `${formatDisplayDate(request.dataFrom)} – ${formatDisplayDate(request.dataTo)}`
                  : '',
                String(request.agencies),
                request.closedOn ? `đã đóng ${formatDisplayDate(request.closedOn)}` : 'đang theo dõi',
                request.title,
              ]),
            ]),
      );
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
}
