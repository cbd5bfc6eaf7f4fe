import { useMemo, useState } from 'react';
import { Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { Agency } from '../../../core/agency';
import { formatDisplayDate } from '../../../core/dates';
import {
  agencyStatus,
  SUBMISSION_STATUS_LABELS,
  type AgencyReportStatus,
  type ReportRequest,
} from '../../../core/reports';
import { api } from '../api';
import { agencyOptions, agencySearch } from '../components/options';
import { routeHash } from '../route';
import { useLoad } from '../useLoad';
import { STATUS_COLORS } from './reportFormat';

interface AgencyYearViewProps {
  requests: ReportRequest[];
  agencies: Agency[];
}

/** One agency across a year: every report asked of it, and what it sent, when. */
export function AgencyYearView({ requests, agencies }: AgencyYearViewProps) {
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const years = useMemo(
    () => [...new Set(requests.map((request) => Number(request.dueOn.slice(0, 4))))].sort((a, b) => b - a),
    [requests],
  );
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? years[0] ?? new Date().getFullYear();
  const submissions = useLoad(['submissions', agencyId], () =>
    agencyId === null ? Promise.resolve([]) : api.submissions.list({ agencyId }),
  );
  const rows = useMemo(() => {
    if (agencyId === null) return [];
    return requests
      .filter((request) => request.agencyIds.includes(agencyId) && request.dueOn.startsWith(`${shownYear}-`))
      .map((request) => ({ request, status: agencyStatus(request, submissions.data ?? [], agencyId) }));
  }, [agencyId, requests, submissions.data, shownYear]);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number, ReturnType<typeof agencyOptions>[number]>
          style={{ width: 340 }}
          placeholder="Chọn cơ quan (gõ không dấu cũng tìm được)"
          aria-label="Xem theo cơ quan"
          options={agencyOptions(agencies)}
          showSearch={agencySearch}
          value={agencyId ?? undefined}
          onChange={setAgencyId}
        />
        <Select<number>
          style={{ width: 120 }}
          aria-label="Năm"
          value={shownYear}
          onChange={setYear}
          options={(years.length > 0 ? years : [shownYear]).map((value) => ({ value, label: `Năm ${value}` }))}
        />
        {agencyId !== null && (
          <Typography.Text type="secondary">
            {rows.filter((row) => row.status.status !== 'missing').length}/{rows.length} báo cáo đã gửi
          </Typography.Text>
        )}
      </Space>
      {agencyId === null ? (
        <Empty description="Chọn một cơ quan để xem các báo cáo phải gửi trong năm." />
      ) : (
        <Table<{ request: ReportRequest; status: AgencyReportStatus }>
          rowKey={(row) => row.request.id}
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="agency-year"
          locale={{ emptyText: `Năm ${shownYear} không có báo cáo nào phải gửi.` }}
          columns={[
            {
              title: 'Báo cáo',
              render: (_, row) => (
                <Typography.Link href={routeHash({ page: 'request', requestId: row.request.id, tab: 'register' })}>
                  {row.request.title}
                </Typography.Link>
              ),
            },
            { title: 'Hạn nộp', width: 110, render: (_, row) => formatDisplayDate(row.request.dueOn) },
            {
              title: 'Trạng thái',
              width: 150,
              render: (_, row) => (
                <Tag color={STATUS_COLORS[row.status.status]}>{SUBMISSION_STATUS_LABELS[row.status.status]}</Tag>
              ),
            },
            { title: 'Ngày nhận', width: 110, render: (_, row) => formatDisplayDate(row.status.receivedOn) },
            {
              title: 'Muộn',
              width: 90,
              render: (_, row) => (row.status.daysLate > 0 ? `${row.status.daysLate} ngày` : ''),
            },
          ]}
        />
      )}
    </>
  );
}
