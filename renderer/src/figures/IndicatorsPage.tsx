import { Table, Tag, Typography } from 'antd';
import type { IndicatorListItem } from '../../../electron/api/contract/figures';
import { FIGURE_AREAS } from '../../../core/figures/catalogue';
import { formatRate } from '../../../core/figures/numbers';
import { api } from '../api';
import { useLoad } from '../useLoad';

const AREA_NAMES = new Map<string, string>(
  FIGURE_AREAS.map((area, index) => [area.code, `${index + 1}. ${area.name}`]),
);

function howConsolidated(indicator: IndicatorListItem): string {
  if (indicator.computed) return `Tỷ lệ ${indicator.numerator} / ${indicator.denominator}`;
  if (indicator.aggregation === 'source') return `Lấy số của ${indicator.designatedAgency ?? 'cơ quan được chỉ định'}`;
  return 'Cộng số của các nguồn';
}

/**
 * "Chỉ tiêu số liệu": the indicators agencies report figures on, by area of the review outline, with how each is
 * consolidated, its breakdowns and, for a rate, the target the central plan sets (docs/figures.md, "Catalogue").
 */
export function IndicatorsPage() {
  const indicators = useLoad(['indicators'], () => api.indicators.list());
  const rows = FIGURE_AREAS.flatMap((area) => (indicators.data ?? []).filter((item) => item.area === area.code));
  return (
    <>
      <div className="page-header">
        <h1>Chỉ tiêu số liệu</h1>
      </div>
      <Typography.Paragraph type="secondary">
        Các chỉ tiêu cơ quan, đơn vị báo cáo số liệu, theo lĩnh vực của đề cương báo cáo; tỷ lệ được tính từ các chỉ
        tiêu khác và so với chỉ tiêu phấn đấu của kế hoạch cấp trên.
      </Typography.Paragraph>
      {indicators.error && <Typography.Text type="danger">{indicators.error}</Typography.Text>}
      <Table<IndicatorListItem>
        rowKey="code"
        size="small"
        loading={indicators.loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 70 },
          {
            title: 'Chỉ tiêu',
            dataIndex: 'name',
            render: (name: string, indicator) => (
              <>
                <div>{name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {AREA_NAMES.get(indicator.area)}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Đơn vị tính', dataIndex: 'unit', width: 110 },
          { title: 'Cách tổng hợp', key: 'how', width: 260, render: (_, indicator) => howConsolidated(indicator) },
          {
            title: 'Phân tổ / chỉ tiêu phấn đấu',
            key: 'detail',
            width: 300,
            render: (_, indicator) =>
              indicator.computed
                ? indicator.target !== null && <Tag color="blue">Phấn đấu ≥ {formatRate(indicator.target)}</Tag>
                : indicator.breakdowns.map((breakdown) => (
                    <Tag key={breakdown.code} title={breakdown.options.map((option) => option.name).join(', ')}>
                      {breakdown.kind === 'partition'
                        ? breakdown.name
                        : `Trong đó: ${breakdown.name.toLocaleLowerCase('vi')}`}
                    </Tag>
                  )),
          },
        ]}
      />
    </>
  );
}
