import { useState } from 'react';
import { Button, Space, Spin, Typography } from 'antd';
import { isOpen } from '../../../core/reports';
import type { Agency } from '../../../core/agency';
import type { RequestDetail } from '../../../electron/api/contract';
import { api } from '../api';
import { navigate } from '../route';
import { useLoad } from '../useLoad';
import { RecordSubmission } from './RecordSubmission';
import { RequestForm } from './RequestForm';
import { RequestHeader } from './RequestHeader';
import { RequestStatusTable, useStatusRows } from './RequestStatusTable';
import { RequestSummary } from './RequestSummary';
import { todayIso } from './reportFormat';
import { useRequestActions } from './useRequestActions';
import './reports.css';

/** One request: who sent it, when, which document and files; who is missing and how late. */
export function RequestPage({ requestId }: { requestId: number }) {
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
  return <Register detail={detail.data} agencies={agencies.data} />;
}

/** The register of a loaded request. */
function Register({ detail, agencies }: { detail: RequestDetail; agencies: Agency[] }) {
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
