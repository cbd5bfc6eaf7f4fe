import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Spin, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatFigure, formatRate } from '../../../core/figures/numbers';
import type { ConsolidatedValue, IndicatorListItem, RequestConsolidation } from '../../../core/figures/records';
import { api } from '../api';
import { useLoad } from '../useLoad';
import { RateChart, SliceChart } from './ConsolidationCharts';
import {
  breakdownLines,
  changeParts,
  columnLabel,
  formatChange,
  hasDetail,
  hasFigures,
  RATE_STANDING,
  rateStanding,
  sliceColumns,
  targetText,
  valueHasFigures,
  valueRows,
  type BreakdownLine,
  type ValueRow,
} from './consolidationRows';
import './consolidation.css';

type Rate = RequestConsolidation['rates'][number];
type Violation = RequestConsolidation['violations'][number];

const NUMBER = 'figure-number';

/**
 * "Tổng hợp số liệu", a tab of a report request: where the sources stand, the rates against the plan's targets,
 * each indicator's consolidated figures with its breakdowns and sources, a chart per reporting slice, and what the
 * checks found (docs/figures.md, "Consolidation"). A figure nobody reported stays blank, never 0.
 */
export function ConsolidationPanel({ requestId }: { requestId: number }) {
  const consolidation = useLoad(['figures', 'consolidation', requestId], () => api.figures.consolidate({ requestId }));
  const indicators = useLoad(['indicators', 'all'], () => api.indicators.list({ includeRetired: true }));

  if (consolidation.error && !consolidation.data) {
    return <Alert type="error" showIcon title={consolidation.error} />;
  }
  if (!consolidation.data) return <Spin style={{ marginTop: 48, width: '100%' }} />;
  return <Consolidation data={consolidation.data} indicators={indicators.data ?? []} />;
}

function Consolidation({ data, indicators }: { data: RequestConsolidation; indicators: IndicatorListItem[] }) {
  const [onlyReported, setOnlyReported] = useState(false);
  const rows = useMemo(
    () => valueRows(onlyReported ? data.values.filter(valueHasFigures) : data.values, indicators),
    [data.values, indicators, onlyReported],
  );
  const slices = sliceColumns(data.columns);

  if (data.sources.length === 0) {
    return (
      <Empty
        className="consolidation-empty"
        description="Báo cáo này chưa hỏi số liệu của cơ quan nào: hãy chọn chỉ tiêu và cơ quan trong biểu mẫu số liệu."
      />
    );
  }
  return (
    <div className="consolidation">
      <SourcesSummary data={data} />
      {!hasFigures(data) ? (
        <Empty
          className="consolidation-empty"
          description="Chưa có cơ quan nào có số liệu trong báo cáo này. Khi số liệu được nhập tay hoặc nhập từ tệp Excel, bảng tổng hợp và biểu đồ sẽ hiện ở đây."
        />
      ) : (
        <>
          {data.rates.length > 0 && (
            <Card size="small" title="Tỷ lệ so với chỉ tiêu">
              <RatesTable data={data} />
              <RateChart rates={data.rates} />
            </Card>
          )}
          <Card
            size="small"
            title="Số liệu tổng hợp"
            extra={
              <label className="consolidation-switch">
                <Switch size="small" checked={onlyReported} onChange={setOnlyReported} />
                Chỉ hiện chỉ tiêu đã có số liệu
              </label>
            }
          >
            <Typography.Paragraph type="secondary" className="consolidation-hint">
              Ô trống là chưa có cơ quan nào báo cáo; số 0 là có báo cáo và bằng không. Bấm dấu + ở đầu dòng để xem phân
              tổ và số của từng cơ quan.
            </Typography.Paragraph>
            <ValuesTable data={data} rows={rows} />
          </Card>
          {slices.length > 0 && (
            <Card size="small" title="Số liệu theo năm">
              <SliceChart values={data.values} columns={data.columns} />
            </Card>
          )}
          <Card size="small" title="Cảnh báo và lỗi">
            <ViolationsTable data={data} />
          </Card>
        </>
      )}
    </div>
  );
}

function SourcesSummary({ data }: { data: RequestConsolidation }) {
  const total = data.sources.length;
  const accepted = data.sources.filter((source) => source.status === 'accepted').length;
  const reported = total - data.missing.length;
  const type = data.missing.length > 0 ? 'warning' : data.unaccepted.length > 0 ? 'info' : 'success';
  return (
    <Alert
      type={type}
      showIcon
      title={
        <>
          {total} nguồn số liệu: {reported}/{total} đã có số liệu, {accepted}/{total} đã xác nhận.
        </>
      }
      description={
        (data.missing.length > 0 || data.unaccepted.length > 0) && (
          <>
            {data.missing.length > 0 && <div>Chưa có số liệu: {data.missing.join(', ')}.</div>}
            {data.unaccepted.length > 0 && <div>Chưa xác nhận: {data.unaccepted.join(', ')}.</div>}
          </>
        )
      }
    />
  );
}

function RatesTable({ data }: { data: RequestConsolidation }) {
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

function PreviousTitle({ label }: { label: string }) {
  return (
    <>
      Kỳ trước
      <div className="consolidation-subtitle">{label}</div>
    </>
  );
}

function howConsolidated(value: ConsolidatedValue): string {
  if (value.aggregation === 'source') return `Số của ${value.designatedAgency ?? 'cơ quan được chỉ định'}`;
  return 'Cộng các nguồn';
}

/** A column that spans the whole table on an area's heading row and disappears there otherwise. */
const headingCell = (span: number) => (row: ValueRow) => (row.type === 'area' ? { colSpan: span } : {});
const hiddenOnHeading = (row: ValueRow) => (row.type === 'area' ? { colSpan: 0 } : {});

function ValuesTable({ data, rows }: { data: RequestConsolidation; rows: ValueRow[] }) {
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

/**
 * Under an indicator: where the sources disagree, its breakdowns and each source's own figure, those with figures
 * in full and the others named in one line each, so a blank is never drawn as a row of empty cells.
 */
function ValueDetail({ row }: { row: Extract<ValueRow, { type: 'value' }> }) {
  const { value } = row;
  const lines = breakdownLines(value, row.indicator);
  const withFigures = lines.filter((line) => line.options.some((option) => option.value !== null));
  const blankLines = lines.filter((line) => !withFigures.includes(line));
  const reported = value.bySource.filter((source) => source.total !== null);
  const silent = value.bySource.filter((source) => source.total === null);
  const breakdownCaption = (line: BreakdownLine) =>
    line.kind === 'of_which'
      ? `Trong đó: ${line.name.toLocaleLowerCase('vi')}`
      : `Chia theo ${line.name.toLocaleLowerCase('vi')}`;
  return (
    <div className="consolidation-detail">
      {value.disagreements.map((disagreement) => (
        <Alert
          key={disagreement.agency}
          type="warning"
          showIcon
          className="consolidation-disagreement"
          title={
            disagreement.standing === null
              ? `Không khớp: ${disagreement.agency} báo cáo ${formatFigure(disagreement.total, value.kind)}, cơ quan được chỉ định chưa báo cáo số này.`
              : `Không khớp: ${disagreement.agency} báo cáo ${formatFigure(disagreement.total, value.kind)}, số được dùng ${formatFigure(disagreement.standing, value.kind)}.`
          }
        />
      ))}
      <div className="consolidation-detail-blocks">
        {withFigures.map((line) => (
          <MiniTable
            key={line.code}
            caption={breakdownCaption(line)}
            rows={line.options.map((option) => ({
              key: option.code,
              label: option.name,
              value: formatFigure(option.value, value.kind),
            }))}
          />
        ))}
        {reported.length > 0 && (
          <MiniTable
            caption="Theo cơ quan báo cáo"
            rows={reported.map((source) => ({
              key: String(source.agencyId),
              label:
                value.aggregation === 'source' && source.agency === value.designatedAgency
                  ? `${source.agency} (số được dùng)`
                  : source.agency,
              value: formatFigure(source.total, value.kind),
            }))}
          />
        )}
      </div>
      <div className="consolidation-note">
        {blankLines.length > 0 && (
          <div>
            Chưa có số liệu phân tổ theo {blankLines.map((line) => line.name.toLocaleLowerCase('vi')).join(', ')}.
          </div>
        )}
        {silent.length > 0 && reported.length > 0 && (
          <div>Chưa báo cáo chỉ tiêu này: {silent.map((source) => source.agency).join(', ')}.</div>
        )}
        <div>Số phân tổ và số của từng cơ quan là tổng các cột của kỳ báo cáo, không tính kỳ trước.</div>
      </div>
    </div>
  );
}

function MiniTable({ caption, rows }: { caption: string; rows: Array<{ key: string; label: string; value: string }> }) {
  return (
    <table className="consolidation-mini">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className={NUMBER}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const IMPORTANCE: Record<Violation['importance'], { label: string; color: string; order: number }> = {
  error: { label: 'Lỗi', color: 'red', order: 0 },
  warning: { label: 'Cảnh báo', color: 'orange', order: 1 },
};

function ViolationsTable({ data }: { data: RequestConsolidation }) {
  const violations = useMemo(
    () =>
      data.violations
        .map((violation, index) => ({ ...violation, key: `${index}` }))
        .sort(
          (a, b) =>
            IMPORTANCE[a.importance].order - IMPORTANCE[b.importance].order || a.agency.localeCompare(b.agency, 'vi'),
        ),
    [data.violations],
  );
  if (violations.length === 0) {
    return <Typography.Text type="secondary">Các kiểm tra không thấy lỗi hay cảnh báo nào.</Typography.Text>;
  }
  return (
    <Table<Violation & { key: string }>
      rowKey="key"
      size="small"
      dataSource={violations}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        {
          title: 'Mức',
          key: 'importance',
          width: 96,
          render: (_, violation) => (
            <Tag color={IMPORTANCE[violation.importance].color}>{IMPORTANCE[violation.importance].label}</Tag>
          ),
          filters: [
            { text: 'Lỗi', value: 'error' },
            { text: 'Cảnh báo', value: 'warning' },
          ],
          onFilter: (value, violation) => violation.importance === value,
        },
        { title: 'Cơ quan', dataIndex: 'agency', width: 220 },
        {
          title: 'Cột',
          key: 'column',
          width: 110,
          render: (_, violation) => columnLabel(data.columns, violation.column),
        },
        {
          title: 'Nội dung',
          key: 'message',
          render: (_, violation) => (
            <>
              <div>{violation.message}</div>
              {violation.comment && (
                <Typography.Text type="secondary" italic>
                  Giải trình: {violation.comment}
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
