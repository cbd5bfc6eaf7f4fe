import { useState } from 'react';
import { Button, Space, Spin, Tabs, Typography } from 'antd';
import { isOpen } from '../../../core/reports';
import type { Agency } from '../../../core/agency';
import type { RequestDetail } from '../../../electron/api/contract';
import { api } from '../api';
import { ConsolidationPanel } from '../figures/ConsolidationPanel';
import { FiguresTab } from '../figures/FiguresTab';
import { ReportTab } from '../narrative/ReportTab';
import { navigate, REQUEST_TABS, useRoute, type RequestTab } from '../route';
import { useLoad } from '../useLoad';
import { RecordSubmission } from './RecordSubmission';
import { RequestForm } from './RequestForm';
import { RequestHeader } from './RequestHeader';
import { RequestStatusTable, useStatusRows } from './RequestStatusTable';
import { RequestSummary } from './RequestSummary';
import { todayIso } from './reportFormat';
import { useRequestActions } from './useRequestActions';
import './reports.css';

/**
 * One request: who sent it, when, which document and files; who is missing and how late ("Sổ theo dõi"); the
 * agencies' figures ("Số liệu"), their consolidation ("Tổng hợp số liệu") and the province's report written from
 * the agencies' text ("Báo cáo tổng hợp"). The tab is in the address (`#/requests/12/figures`), so reload and back
 * keep it.
 */
export function RequestPage({ requestId, tab }: { requestId: number; tab?: RequestTab }) {
  const route = useRoute();
  const shown = tab ?? (route.page === 'request' ? route.tab : 'register');
  const detail = useLoad(['request', requestId], () => api.requests.get({ id: requestId }));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));

  if (detail.error && !detail.data) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="danger">{detail.error}</Typography.Text>
        <Button onClick={() => navigate({ page: 'requests' })}>Về danh sách báo cáo</Button>
      </Space>
    );
  }
  if (!detail.data || !agencies.data) return <Spin style={{ marginTop: 80, width: '100%' }} />;
  return <RequestScreen detail={detail.data} agencies={agencies.data} tab={shown} />;
}

const TAB_LABELS: Record<RequestTab, string> = {
  register: 'Sổ theo dõi',
  figures: 'Số liệu',
  consolidation: 'Tổng hợp số liệu',
  report: 'Báo cáo tổng hợp',
};

/** A loaded request: its header, then the register, the figures, their consolidation or the province's report. */
function RequestScreen({ detail, agencies, tab }: { detail: RequestDetail; agencies: Agency[]; tab: RequestTab }) {
  const today = todayIso();
  const { request, rate } = detail;
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState<{ agencyId: number | null } | null>(null);
  const actions = useRequestActions(request, today, () => setEditing(false));
  const rows = useStatusRows(detail, agencies);
  const missing = rows.filter((row) => row.status === 'missing').length;

  return (
    <>
      <RequestHeader
        request={request}
        rate={rate}
        closed={!isOpen(request, today)}
        today={today}
        missing={missing}
        actions={actions}
        onRecord={() => setRecording({ agencyId: null })}
        onEdit={() => setEditing(true)}
      />
      <Tabs
        className="request-tabs"
        activeKey={tab}
        onChange={(key) => navigate({ page: 'request', requestId: request.id, tab: key as RequestTab })}
        destroyOnHidden
        items={REQUEST_TABS.map((key) => ({
          key,
          label: TAB_LABELS[key],
          children:
            key === 'register' ? (
              <>
                <RequestSummary
                  request={request}
                  rate={rate}
                  plan={plans.data?.find((item) => item.id === request.planId)}
                  missing={missing}
                />
                <RequestStatusTable
                  rows={rows}
                  onRecord={(agencyId) => setRecording({ agencyId })}
                  onOpenFile={actions.openFile}
                />
              </>
            ) : key === 'figures' ? (
              <FiguresTab requestId={request.id} />
            ) : key === 'consolidation' ? (
              <ConsolidationPanel requestId={request.id} />
            ) : (
              <ReportTab requestId={request.id} />
            ),
        }))}
      />
      <RecordSubmission
        requestId={recording ? request.id : null}
        agencyId={recording?.agencyId ?? null}
        onClose={() => setRecording(null)}
      />
      <RequestForm
        open={editing}
        request={request}
        agencies={agencies}
        plans={plans.data ?? []}
        cycles={cycles.data ?? []}
        onCancel={() => setEditing(false)}
        onSubmit={actions.save}
      />
    </>
  );
}
