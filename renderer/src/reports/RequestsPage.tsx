import { useMemo, useState } from 'react';
import { Button, Checkbox, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { daysBetween, formatDisplayDate } from '../../../core/dates';
import { isOpen, type Rate, type ReportRequest, type RequestFields } from '../../../core/reports';
import { matchesSearch } from '../../../core/vietnamese';
import { api } from '../api';
import { navigate, routeHash } from '../route';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { AgencyYearView } from './AgencyYearView';
import { RatesPanel, RateBar } from './RatesPanel';
import { RequestForm } from './RequestForm';
import {
  agencyNameMap,
  dataWindow,
  dueColor,
  dueText,
  REQUEST_KIND_LABELS,
  reportKeys,
  todayIso,
} from './reportFormat';
import './reports.css';

/** Rates per request count every request, due or not; the panel's rates only those already due. */
const FAR_FUTURE = '2100-12-31';

/** "Báo cáo phải nộp": every report requested from the agencies, how complete and timely, and the rates. */
export function RequestsPage() {
  const { run } = useAction();
  const today = todayIso();
  const requests = useLoad(['requests'], () => api.requests.list());
  const perRequest = useLoad(['request-rates'], () => api.requests.rates({ asOf: FAR_FUTURE }));
  const rates = useLoad(['rates', today], () => api.requests.rates({ asOf: today }));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');

  const names = useMemo(() => agencyNameMap(agencies.data), [agencies.data]);
  const rateOf = useMemo(
    () => new Map((perRequest.data?.byRequest ?? []).map((rate) => [rate.requestId, rate])),
    [perRequest.data],
  );
  const [hideClosed, setHideClosed] = useState(false);
  const visible = useMemo(
    () =>
      (requests.data ?? []).filter(
        (request) => matchesSearch(request.title, query) && !(hideClosed && !isOpen(request, today)),
      ),
    [requests.data, query, hideClosed, today],
  );

  const create = async (fields: RequestFields) => {
    await run(() => api.requests.create(fields), {
      success: (created) => `Đã thêm yêu cầu “${created.title}”.`,
      after: () => setAdding(false),
      refresh: reportKeys(),
      rethrow: true,
    });
  };

  return (
    <>
      <div className="page-header">
        <h1>Báo cáo phải nộp</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          Thêm yêu cầu báo cáo
        </Button>
      </div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên báo cáo (có dấu hoặc không dấu)"
          style={{ width: 380 }}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="Tìm báo cáo"
        />
        <Checkbox checked={hideClosed} onChange={(event) => setHideClosed(event.target.checked)}>
          Ẩn báo cáo đã kết thúc theo dõi
        </Checkbox>
        <Typography.Text type="secondary">{visible.length} yêu cầu báo cáo</Typography.Text>
      </Space>
      {requests.error && <Typography.Text type="danger">{requests.error}</Typography.Text>}
      <Table<ReportRequest>
        rowKey="id"
        size="small"
        loading={requests.loading && !requests.data}
        dataSource={visible}
        pagination={visible.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="requests-table"
        style={{ marginBottom: 16 }}
        locale={{ emptyText: 'Chưa có yêu cầu báo cáo nào. Bấm “Thêm yêu cầu báo cáo” để bắt đầu.' }}
        columns={[
          {
            title: 'Tên báo cáo',
            dataIndex: 'title',
            render: (title: string, request) => (
              <div>
                <Typography.Link href={routeHash({ page: 'request', requestId: request.id, tab: 'register' })}>
                  {title}
                </Typography.Link>
                <div className="muted" style={{ fontSize: 12 }}>
                  {REQUEST_KIND_LABELS[request.kind]} · {request.agencyIds.length} cơ quan phải gửi
                </div>
              </div>
            ),
          },
          {
            title: 'Hạn nộp',
            dataIndex: 'dueOn',
            width: 130,
            defaultSortOrder: 'descend',
            sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
            render: (dueOn: string, request) => (
              <>
                <div>{formatDisplayDate(dueOn)}</div>
                <DueTag dueOn={dueOn} closedOn={request.closedOn} today={today} rate={rateOf.get(request.id)} />
              </>
            ),
          },
          {
            title: 'Kỳ số liệu',
            width: 110,
            render: (_, request) => dataWindow(request) || <span className="muted">—</span>,
          },
          { title: 'Nơi nhận', dataIndex: 'receiver', width: 170 },
          {
            title: 'Đầy đủ',
            width: 165,
            render: (_, request) => {
              const rate = rateOf.get(request.id);
              return rate ? <RateBar rate={rate} measure="completeness" /> : null;
            },
          },
          {
            title: 'Đúng hạn',
            width: 165,
            render: (_, request) => {
              const rate = rateOf.get(request.id);
              return rate ? <RateBar rate={rate} measure="timeliness" /> : null;
            },
          },
        ]}
        onRow={(request) => ({
          onDoubleClick: () => navigate({ page: 'request', requestId: request.id, tab: 'register' }),
        })}
      />
      <Tabs
        items={[
          {
            key: 'rates',
            label: 'Tỉ lệ gửi báo cáo',
            children: <RatesPanel rates={rates.data} asOf={today} names={names} loading={rates.loading} />,
          },
          {
            key: 'agency',
            label: 'Theo cơ quan trong năm',
            children: <AgencyYearView requests={requests.data ?? []} agencies={agencies.data ?? []} />,
          },
        ]}
      />
      <RequestForm
        open={adding}
        request={null}
        agencies={agencies.data ?? []}
        plans={plans.data ?? []}
        cycles={cycles.data ?? []}
        onCancel={() => setAdding(false)}
        onSubmit={create}
      />
    </>
  );
}

/** "Đủ" once every agency has sent; otherwise how near or how late the due date is. */
interface DueTagProps {
  dueOn: string;
  closedOn: string | null;
  today: string;
  rate: Rate | undefined;
}

export function DueTag({ dueOn, closedOn, today, rate }: DueTagProps) {
  if (rate && rate.submitted >= rate.expected) return <Tag color="green">Đã đủ</Tag>;
  if (closedOn && closedOn <= today) {
    return <Tag title={`Từ ${formatDisplayDate(closedOn)}`}>Đã kết thúc theo dõi</Tag>;
  }
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft > 30) return null;
  return <Tag color={dueColor(daysLeft)}>{dueText(daysLeft)}</Tag>;
}
