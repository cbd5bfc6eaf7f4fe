/** `holidays`, `calendar …` and `workdays …`: the year's days off, the work calendar and working-day arithmetic. */
import type { Command } from 'commander';
import { OCCURRENCE_KIND_LABELS } from '../../core/calendar';
import { formatDisplayDate } from '../../core/dates';
import { planLabel } from '../../core/plan';
import { call, CliError, parseYear, print, table, type Globals } from './shared';

export function registerCalendar(program: Command, globals: Globals): void {
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
}
