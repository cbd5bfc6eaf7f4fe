import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatRate } from '../../../core/figures/numbers';
import type { RequestConsolidation } from '../../../core/figures/records';
import { NUMBER, PreviousTitle } from './consolidationColumns';
import { RATE_STANDING, rateStanding, targetText } from './consolidationRows';

type Rate = RequestConsolidation['rates'][number];

export function RatesTable({ data }: { data: RequestConsolidation }) {
  const columns: ColumnsType<Rate> = [
    { title: 'Tỷ lệ', dataIndex: 'name', width: 260 },
    {
      title: 'Cả kỳ',
      key: 'value',
      align: 'right',
      className: NUMBER,
      width: 80,
      render: (_, rate) => <strong>{formatRate(rate.value)}</strong>,
    },
    {
      title: 'Chỉ tiêu',
      key: 'target',
      align: 'right',
      className: NUMBER,
      width: 80,
      render: (_, rate) => targetText(rate.target),
    },
    {
      title: 'Đánh giá',
      key: 'met',
      width: 120,
      render: (_, rate) => {
        const standing = RATE_STANDING[rateStanding(rate)];
        return <Tag color={standing.color}>{standing.label}</Tag>;
      },
    },
    ...data.columns.map((column, index): ColumnsType<Rate>[number] => ({
      title: column.role === 'previous' ? <PreviousTitle label={column.label} /> : column.label,
      key: `column:${column.uuid}`,
      align: 'right',
      className: NUMBER,
      width: 84,
      render: (_, rate) => formatRate(rate.columns[index] ?? null),
    })),
  ];
  return (
    <Table<Rate>
      rowKey="indicator"
      size="small"
      pagination={false}
      dataSource={data.rates}
      columns={columns}
      scroll={{ x: 'max-content' }}
    />
  );
}
