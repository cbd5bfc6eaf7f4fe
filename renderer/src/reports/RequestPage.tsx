import { useMemo, useState } from 'react';
import { App, Button, Collapse, Descriptions, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  BellOutlined,
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  MailOutlined,
  PaperClipOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { planLabel } from '../../../core/plan';
import {
  isOpen,
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_STATUSES,
  type AgencyReportStatus,
  type RequestFields,
  type Submission,
  type SubmissionStatus,
} from '../../../core/reports';
import { compareVietnamese } from '../../../core/vietnamese';
import { api, errorMessage } from '../api';
import { saveExportedFile } from '../download';
import { navigate } from '../route';
import { invalidate, useLoad } from '../useLoad';
import { RecordSubmission } from './RecordSubmission';
import { RequestForm } from './RequestForm';
import { RateBar } from './RatesPanel';
import { DueTag } from './RequestsPage';
import {
  agencyNameMap,
  dataWindow,
  formatSize,
  REQUEST_KIND_LABELS,
  reportKeys,
  STATUS_COLORS,
  STATUS_ORDER,
  todayIso,
} from './reportFormat';
import './reports.css';
import { ConfirmDelete } from '../components/ConfirmDelete';

interface Row extends AgencyReportStatus {
  name: string;
  /** This agency's submissions, first version first. */
  submissions: Submission[];
}

/** One request: who sent it, when, which document and files; who is missing and how late. */
export function RequestPage({ requestId }: { requestId: number }) {
  const { message } = App.useApp();
  const today = todayIso();
  const detail = useLoad(['request', requestId], () => api.requests.get({ id: requestId }));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState<{ agencyId: number | null } | null>(null);
  const [writing, setWriting] = useState(false);

  const names = useMemo(() => agencyNameMap(agencies.data), [agencies.data]);
  const rows = useMemo<Row[]>(() => {
    if (!detail.data) return [];
    return detail.data.statuses
      .map((status) => ({
        ...status,
        name: names.get(status.agencyId) ?? `Cơ quan #${status.agencyId}`,
        submissions: detail
          .data!.submissions.filter((submission) => submission.agencyId === status.agencyId)
          .sort((a, b) => a.version - b.version),
      }))
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareVietnamese(a.name, b.name));
  }, [detail.data, names]);

  if (detail.error && !detail.data) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="danger">{detail.error}</Typography.Text>
        <Button onClick={() => navigate({ page: 'requests' })}>Về danh sách báo cáo</Button>
      </Space>
    );
  }
  if (!detail.data || !agencies.data) return <Spin style={{ marginTop: 80, width: '100%' }} />;
  const { request, rate } = detail.data;
  const closed = !isOpen(request, today);
  const plan = plans.data?.find((item) => item.id === request.planId);
  const missing = rows.filter((row) => row.status === 'missing').length;

  const save = async (fields: RequestFields) => {
    try {
      await api.requests.update({ id: request.id, request: fields });
      message.success('Đã lưu yêu cầu báo cáo.');
      setEditing(false);
      await invalidate(...reportKeys());
    } catch (error) {
      message.error({ content: errorMessage(error), duration: 8 });
      throw error;
    }
  };

  const remove = async () => {
    try {
      await api.requests.delete({ id: request.id });
      message.success(`Đã xoá yêu cầu “${request.title}”.`);
      navigate({ page: 'requests' });
      await invalidate(...reportKeys());
    } catch (error) {
      message.error({ content: errorMessage(error), duration: 8 });
    }
  };

  const setClosed = async (on: string | null) => {
    try {
      await api.requests.close({ id: request.id, on });
      message.success(
        on ? `Đã kết thúc theo dõi “${request.title}”: không nhắc hạn nữa.` : `Đã theo dõi lại “${request.title}”.`,
      );
      await invalidate(...reportKeys());
    } catch (error) {
      message.error({ content: errorMessage(error), duration: 8 });
    }
  };

  const letter = async () => {
    setWriting(true);
    try {
      saveExportedFile(await api.requests.letter({ id: request.id, on: today }));
    } catch (error) {
      message.error({ content: errorMessage(error), duration: 8 });
    } finally {
      setWriting(false);
    }
  };

  const openFile = async (fileId: number) => {
    try {
      const result = await api.submissions.open({ fileId });
      if (!result.opened) saveExportedFile(result.file);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <>
      <div className="page-header" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
        <Space align="start" style={{ minWidth: 0 }}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label="Về danh sách"
            onClick={() => navigate({ page: 'requests' })}
          />
          <div style={{ minWidth: 0 }}>
            <h1>{request.title}</h1>
            <Space size={6} style={{ marginTop: 4 }}>
              <Tag>{REQUEST_KIND_LABELS[request.kind]}</Tag>
              {closed ? (
                <Tag data-testid="closed-tag">Đã kết thúc theo dõi từ {formatDisplayDate(request.closedOn)}</Tag>
              ) : (
                <DueTag dueOn={request.dueOn} closedOn={null} today={today} rate={rate} />
              )}
            </Space>
          </div>
        </Space>
        <Space style={{ flexShrink: 0 }}>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setRecording({ agencyId: null })}>
            Ghi nhận đã nộp
          </Button>
          <Button icon={<MailOutlined />} loading={writing} disabled={missing === 0} onClick={letter}>
            Soạn công văn đôn đốc
          </Button>
          {closed ? (
            <Button icon={<BellOutlined />} onClick={() => setClosed(null)}>
              Theo dõi lại
            </Button>
          ) : (
            <Popconfirm
              title="Kết thúc theo dõi báo cáo này?"
              description={
                <div style={{ maxWidth: 340 }}>
                  Từ hôm nay không nhắc hạn nữa, kể cả với cơ quan chưa nộp. Báo cáo đến muộn vẫn ghi nhận được; có thể
                  theo dõi lại bất cứ lúc nào.
                </div>
              }
              okText="Kết thúc theo dõi"
              cancelText="Huỷ"
              onConfirm={() => setClosed(today)}
            >
              <Button icon={<StopOutlined />}>Kết thúc theo dõi</Button>
            </Popconfirm>
          )}
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Sửa
          </Button>
          <ConfirmDelete
            title="Xoá yêu cầu báo cáo này?"
            description="Chỉ xoá được khi chưa nhận báo cáo nào."
            onConfirm={remove}
          >
            <Button danger icon={<DeleteOutlined />}>
              Xoá
            </Button>
          </ConfirmDelete>
        </Space>
      </div>
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 4 }}
        items={[
          { key: 'due', label: 'Hạn nộp', children: formatDisplayDate(request.dueOn) },
          { key: 'requested', label: 'Ngày yêu cầu', children: formatDisplayDate(request.requestedOn) },
          { key: 'window', label: 'Kỳ số liệu', children: dataWindow(request) || '—' },
          { key: 'receiver', label: 'Nơi nhận', children: request.receiver || '—' },
          {
            key: 'plan',
            label: 'Theo kế hoạch',
            span: 2,
            children: plan ? (
              <Typography.Link onClick={() => navigate({ page: 'plan', planId: plan.id, tab: 'outline' })}>
                {planLabel(plan)} — {plan.title}
              </Typography.Link>
            ) : (
              '—'
            ),
          },
        ]}
      />
      <div className="request-head-progress">
        <div>
          <Typography.Text type="secondary">Đầy đủ</Typography.Text>
          <RateBar rate={rate} measure="completeness" />
        </div>
        <div>
          <Typography.Text type="secondary">Đúng hạn</Typography.Text>
          <RateBar rate={rate} measure="timeliness" />
        </div>
        {missing > 0 && <Tag color="red">Còn {missing} cơ quan chưa nộp</Tag>}
      </div>
      {request.outline.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'outline',
              label: `Đề cương báo cáo (${request.outline.length} mục)`,
              children: (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {request.outline.map((heading, index) => (
                    <li key={index}>{heading}</li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
      <Table<Row>
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="request-statuses"
        scroll={{ y: 'calc(100vh - 330px)' }}
        columns={[
          {
            title: 'Cơ quan',
            dataIndex: 'name',
            sorter: (a, b) => compareVietnamese(a.name, b.name),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 135,
            filters: SUBMISSION_STATUSES.map((status) => ({ value: status, text: SUBMISSION_STATUS_LABELS[status] })),
            onFilter: (value, row) => row.status === value,
            sorter: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
            render: (status: SubmissionStatus) => (
              <Tag color={STATUS_COLORS[status]}>{SUBMISSION_STATUS_LABELS[status]}</Tag>
            ),
          },
          {
            title: 'Ngày nhận',
            dataIndex: 'receivedOn',
            width: 100,
            render: (date: string | null) => formatDisplayDate(date),
          },
          {
            title: 'Muộn',
            dataIndex: 'daysLate',
            width: 75,
            sorter: (a, b) => a.daysLate - b.daysLate,
            render: (days: number) => (days > 0 ? <Typography.Text type="warning">{days} ngày</Typography.Text> : ''),
          },
          {
            title: 'Văn bản của cơ quan',
            width: 175,
            render: (_, row) =>
              row.submissions.map((submission) => (
                <div key={submission.id} className="submission-line">
                  {row.submissions.length > 1 && <span className="muted">Lần {submission.version}: </span>}
                  {submission.documentNumber || <span className="muted">(không số)</span>}
                  {submission.documentDate && ` ngày ${formatDisplayDate(submission.documentDate)}`}
                </div>
              )),
          },
          { title: 'Số lần', dataIndex: 'versions', width: 64, align: 'center', render: (n: number) => n || '' },
          {
            title: 'Tệp đã nhận',
            width: 220,
            render: (_, row) =>
              row.submissions.flatMap((submission) =>
                submission.files.map((file) => (
                  <div key={`${submission.id}-${file.id}`} className="submission-file">
                    <Typography.Link
                      onClick={() => openFile(file.id)}
                      title={`${file.fileName} (${formatSize(file.size)})`}
                      ellipsis
                    >
                      <PaperClipOutlined /> {file.fileName}
                    </Typography.Link>
                    <span className="muted submission-file-size">{formatSize(file.size)}</span>
                  </div>
                )),
              ),
          },
          {
            title: '',
            width: 90,
            render: (_, row) => (
              <Button
                size="small"
                type="link"
                aria-label={`Ghi nhận báo cáo của ${row.name}`}
                onClick={() => setRecording({ agencyId: row.agencyId })}
              >
                Ghi nhận
              </Button>
            ),
          },
        ]}
      />
      <RecordSubmission
        requestId={recording ? request.id : null}
        agencyId={recording?.agencyId ?? null}
        onClose={() => setRecording(null)}
      />
      <RequestForm
        open={editing}
        request={request}
        agencies={agencies.data}
        plans={plans.data ?? []}
        cycles={cycles.data ?? []}
        onCancel={() => setEditing(false)}
        onSubmit={save}
      />
    </>
  );
}
