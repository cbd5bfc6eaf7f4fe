/** `agencies …`: the directory of agencies. */
import type { Command } from 'commander';
import { AGENCY_KIND_LABELS } from '../../core/agency';
import { formatDisplayDate } from '../../core/dates';
import { call, print, table, type Globals } from './shared';

export function registerAgencies(program: Command, globals: Globals): void {
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
}
