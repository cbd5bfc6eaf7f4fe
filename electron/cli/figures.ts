/** `indicators …`: the catalogue of indicators agencies report figures on (docs/figures.md). */
import type { Command } from 'commander';
import { FIGURE_AREAS } from '../../core/figures/catalogue';
import { formatRate } from '../../core/figures/numbers';
import { call, print, table, type Globals } from './shared';

export function registerFigures(program: Command, globals: Globals): void {
  const indicators = program.command('indicators').description('danh mục chỉ tiêu số liệu');
  indicators
    .command('list')
    .description('liệt kê chỉ tiêu, cách tổng hợp, phân tổ và chỉ tiêu phấn đấu')
    .action(async () => {
      const list = await call(globals(), 'indicators.list', {});
      const areas = new Map<string, string>(FIGURE_AREAS.map((area) => [area.code, area.name]));
      print(globals(), list, () =>
        table([
          ['Mã', 'Chỉ tiêu', 'Đơn vị', 'Lĩnh vực', 'Tổng hợp', 'Phân tổ / chỉ tiêu phấn đấu'],
          ...list.map((indicator) => [
            indicator.code,
            indicator.name,
            indicator.unit,
            areas.get(indicator.area) ?? indicator.area,
            indicator.computed
              ? `${indicator.numerator} / ${indicator.denominator}`
              : indicator.aggregation === 'source'
                ? `lấy số của ${indicator.designatedAgency ?? 'cơ quan được chỉ định'}`
                : 'cộng các nguồn',
            indicator.computed
              ? indicator.target === null
                ? ''
                : `≥ ${formatRate(indicator.target)}`
              : indicator.breakdowns.map((breakdown) => breakdown.name).join(', '),
          ]),
        ]),
      );
    });
}
