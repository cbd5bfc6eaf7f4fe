import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatFigure } from '../../../core/figures/numbers';
import type { ConsolidatedValue, RequestConsolidation } from '../../../core/figures/records';
import { NUMBER, PreviousTitle } from './consolidationColumns';
import { changeParts, formatChange, hasDetail, sliceColumns, type ValueRow } from './consolidationRows';
import { ValueDetail } from './ValueDetail';

function howConsolidated(value: ConsolidatedValue): string {
  if (value.aggregation === 'source') return `Số của ${value.designatedAgency ?? 'cơ quan được chỉ định'}`;
  return 'Cộng các nguồn';
}

/** A column that spans the whole table on an area's heading row and disappears there otherwise. */
const headingCell = (span: number) => (row: ValueRow) => (row.type === 'area' ? { colSpan: span } : {});
const hiddenOnHeading = (row: ValueRow) => (row.type === 'area' ? { colSpan: 0 } : {});

export function ValuesTable({ data, rows }: { data: RequestConsolidation; rows: ValueRow[] }) {
  const slices = sliceColumns(data.columns);
  const previous = data.columns.find((column) => column.role === 'previous');
  const figure = (render: (value: ConsolidatedValue) => React.ReactNode) => (_: unknown, row: ValueRow) =>
    row.type === 'value' ? render(row.value) : null;

  const rest: ColumnsType<ValueRow> = [
    {
      title: 'Đơn vị tính',
      key: 'unit',
      width: 72,
      onCell: hiddenOnHeading,
      render: figure((value) => value.unit),
    },
    ...slices.map((slice): ColumnsType<ValueRow>[number] => ({
      title: slice.label,
      key: `column:${slice.uuid}`,
      align: 'right',
      className: NUMBER,
      width: 88,
      onCell: hiddenOnHeading,
      render: figure((value) => formatFigure(value.columns[slice.index] ?? null, value.kind)),
    })),
    {
      title: 'Tổng',
      key: 'total',
      align: 'right',
      className: NUMBER,
      width: 80,
      onCell: hiddenOnHeading,
      render: figure((value) => <strong>{formatFigure(value.total, value.kind)}</strong>),
    },
    ...(previous
      ? ([
          {
            title: <PreviousTitle label={previous.label} />,
            key: 'previous',
            align: 'right',
            className: NUMBER,
            width: 96,
            onCell: hiddenOnHeading,
            render: figure((value) => formatFigure(value.previous, value.kind)),
          },
          {
            title: 'Tăng/giảm',
            key: 'change',
            align: 'right',
            className: NUMBER,
            width: 96,
            onCell: hiddenOnHeading,
            render: figure((value) => <Change value={value} />),
          },
        ] satisfies ColumnsType<ValueRow>)
      : []),
  ];
  const columns: ColumnsType<ValueRow> = [
    {
      title: 'Chỉ tiêu',
      key: 'name',
      width: 264,
      onCell: headingCell(rest.length + 1),
      render: (_, row) =>
        row.type === 'area' ? (
          <span className="consolidation-area">{row.name}</span>
        ) : (
          <>
            <Typography.Text type="secondary" className="consolidation-code">
              {row.value.indicator}
            </Typography.Text>{' '}
            {row.value.name}
            {row.value.disagreements.length > 0 && (
              <Tag color="warning" style={{ marginInlineStart: 6 }}>
                Không khớp
              </Tag>
            )}
            <div className="consolidation-how">{howConsolidated(row.value)}</div>
          </>
        ),
    },
    ...rest,
  ];

  return (
    <Table<ValueRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.type === 'area' ? 'consolidation-area-row' : '')}
      expandable={{
        columnWidth: 36,
        rowExpandable: (row) => row.type === 'value' && hasDetail(row.value),
        expandedRowRender: (row) => (row.type === 'value' ? <ValueDetail row={row} /> : null),
      }}
    />
  );
}

/** A change: the amount, and under it its share of the previous period. */
function Change({ value }: { value: ConsolidatedValue }) {
  const parts = changeParts(value.change, value.kind);
  if (parts === null) return null;
  return (
    <span title={formatChange(value.change, value.kind)}>
      {parts.amount}
      {parts.share !== null && <div className="consolidation-subtitle">{parts.share}</div>}
    </span>
  );
}
