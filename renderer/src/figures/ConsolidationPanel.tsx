import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Spin, Switch, Typography } from 'antd';
import type { IndicatorListItem, RequestConsolidation } from '../../../core/figures/records';
import { api } from '../api';
import { useLoad } from '../useLoad';
import { RateChart, SliceChart } from './ConsolidationCharts';
import { hasFigures, sliceColumns, valueHasFigures, valueRows } from './consolidationRows';
import { RatesTable } from './RatesTable';
import { SourcesSummary } from './SourcesSummary';
import { ValuesTable } from './ValuesTable';
import { ViolationsTable } from './ViolationsTable';
import './consolidation.css';

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
