import { useMemo } from 'react';
import { Card, Col, Progress, Row, Table, Tabs, Typography } from 'antd';
import { formatDisplayDate } from '../../../core/dates';
import type { Rate, ReportingRates } from '../../../core/reports';
import { compareVietnamese } from '../../../core/vietnamese';
import { percent } from './reportFormat';

const COMPLETE_COLOR = '#1f5fa8';
const ON_TIME_COLOR = '#389e0d';

/** A thin bar with its count beside it: "đã nộp 3/5". */
export function RateBar({ rate, measure }: { rate: Rate; measure: 'completeness' | 'timeliness' }) {
  const ratio = measure === 'completeness' ? rate.completeness : rate.timeliness;
  const count = measure === 'completeness' ? rate.submitted : rate.onTime;
  const text = `${measure === 'completeness' ? 'đã nộp' : 'đúng hạn'} ${count}/${rate.expected}`;
  return (
    <div className="rate-cell" title={`${text} (${percent(ratio)}%)`}>
      <Progress
        percent={percent(ratio)}
        showInfo={false}
        size="small"
        strokeColor={measure === 'completeness' ? COMPLETE_COLOR : ON_TIME_COLOR}
        aria-label={text}
      />
      <span className="rate-cell-text">{text}</span>
    </div>
  );
}

interface RatesPanelProps {
  rates: ReportingRates | undefined;
  asOf: string;
  names: Map<number, string>;
  loading: boolean;
}

/** Completeness and timeliness over the requests already due: overall, by year, by agency. */
export function RatesPanel({ rates, asOf, names, loading }: RatesPanelProps) {
  const byAgency = useMemo(
    () =>
      (rates?.byAgency ?? []).map((row) => ({ ...row, name: names.get(row.agencyId) ?? `Cơ quan #${row.agencyId}` })),
    [rates, names],
  );
  return (
    <Card
      size="small"
      title="Tỷ lệ nộp báo cáo"
      extra={
        <Typography.Text type="secondary">
          Tính trên các báo cáo đã đến hạn, đến ngày {formatDisplayDate(asOf)}
        </Typography.Text>
      }
      loading={loading && !rates}
      data-testid="rates-panel"
    >
      {rates && rates.overall.expected === 0 ? (
        <Typography.Text type="secondary">Chưa có báo cáo nào đến hạn.</Typography.Text>
      ) : (
        rates && (
          <Row gutter={24}>
            <Col span={5} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
              <Typography.Text strong>Chung</Typography.Text>
              <div style={{ display: 'flex', gap: 16, marginTop: 12, flexWrap: 'wrap' }}>
                <Overall label="Đầy đủ" ratio={rates.overall.completeness} color={COMPLETE_COLOR}>
                  {rates.overall.submitted}/{rates.overall.expected} lượt
                </Overall>
                <Overall label="Đúng hạn" ratio={rates.overall.timeliness} color={ON_TIME_COLOR}>
                  {rates.overall.onTime}/{rates.overall.expected} lượt
                </Overall>
              </div>
            </Col>
            <Col span={19}>
              <Tabs
                size="small"
                items={[
                  {
                    key: 'agency',
                    label: 'Theo cơ quan',
                    children: (
                      <Table
                        rowKey="agencyId"
                        size="small"
                        pagination={false}
                        dataSource={byAgency}
                        scroll={{ y: 260 }}
                        columns={[
                          {
                            title: 'Cơ quan',
                            dataIndex: 'name',
                            ellipsis: true,
                            sorter: (a, b) => compareVietnamese(a.name, b.name),
                          },
                          {
                            title: 'Đầy đủ',
                            width: 220,
                            sorter: (a, b) => a.completeness - b.completeness || compareVietnamese(a.name, b.name),
                            defaultSortOrder: 'ascend',
                            render: (_, row) => <RateBar rate={row} measure="completeness" />,
                          },
                          {
                            title: 'Đúng hạn',
                            width: 220,
                            sorter: (a, b) => a.timeliness - b.timeliness || compareVietnamese(a.name, b.name),
                            render: (_, row) => <RateBar rate={row} measure="timeliness" />,
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: 'year',
                    label: 'Theo năm',
                    children: (
                      <Table
                        rowKey="year"
                        size="small"
                        pagination={false}
                        dataSource={rates.byYear}
                        scroll={{ y: 260 }}
                        columns={[
                          { title: 'Năm', dataIndex: 'year' },
                          {
                            title: 'Đầy đủ',
                            width: 220,
                            render: (_, row) => <RateBar rate={row} measure="completeness" />,
                          },
                          {
                            title: 'Đúng hạn',
                            width: 220,
                            render: (_, row) => <RateBar rate={row} measure="timeliness" />,
                          },
                        ]}
                      />
                    ),
                  },
                ]}
              />
            </Col>
          </Row>
        )
      )}
    </Card>
  );
}

function Overall({
  label,
  ratio,
  color,
  children,
}: {
  label: string;
  ratio: number;
  color: string;
  children: React.ReactNode;
}) {
  return (
    <div style={{ textAlign: 'center' }}>
      <Progress type="dashboard" percent={percent(ratio)} size={88} strokeColor={color} />
      <div>
        <Typography.Text strong>{label}</Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {children}
      </Typography.Text>
    </div>
  );
}
