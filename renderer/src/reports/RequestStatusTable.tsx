import { useMemo } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import { formatDisplayDate } from '../../../core/dates';
import {
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_STATUSES,
  type AgencyReportStatus,
  type Submission,
  type SubmissionStatus,
} from '../../../core/reports';
import { compareVietnamese } from '../../../core/vietnamese';
import type { RequestDetail } from '../../../electron/api/contract';
import { agencyNameMap, formatSize, STATUS_COLORS, STATUS_ORDER } from './reportFormat';

export interface StatusRow extends AgencyReportStatus {
  name: string;
  /** This agency's submissions, first version first. */
  submissions: Submission[];
}

/** One row per required agency: missing ones first, then by name. */
export function useStatusRows(detail: RequestDetail | undefined, agencies: Agency[] | undefined): StatusRow[] {
  const names = useMemo(() => agencyNameMap(agencies), [agencies]);
  return useMemo<StatusRow[]>(() => {
    if (!detail) return [];
    return detail.statuses
      .map((status) => ({
        ...status,
        name: names.get(status.agencyId) ?? `Cơ quan #${status.agencyId}`,
        submissions: detail.submissions
          .filter((submission) => submission.agencyId === status.agencyId)
          .sort((a, b) => a.version - b.version),
      }))
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareVietnamese(a.name, b.name));
  }, [detail, names]);
}

interface RequestStatusTableProps {
  rows: StatusRow[];
  onRecord: (agencyId: number) => void;
  onOpenFile: (fileId: number) => void;
}

/** Who sent what, when, how late; each received file opens from its line. */
export function RequestStatusTable({ rows, onRecord, onOpenFile }: RequestStatusTableProps) {
  return (
    <Table<StatusRow>
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
          render: (_, row) => <Documents submissions={row.submissions} />,
        },
        { title: 'Số lần', dataIndex: 'versions', width: 64, align: 'center', render: (n: number) => n || '' },
        {
          title: 'Tệp đã nhận',
          width: 220,
          render: (_, row) => <Files submissions={row.submissions} onOpen={onOpenFile} />,
        },
        {
          title: '',
          width: 90,
          render: (_, row) => (
            <Button
              size="small"
              type="link"
              aria-label={`Ghi nhận báo cáo của ${row.name}`}
              onClick={() => onRecord(row.agencyId)}
            >
              Ghi nhận
            </Button>
          ),
        },
      ]}
    />
  );
}

function Documents({ submissions }: { submissions: Submission[] }) {
  return submissions.map((submission) => (
    <div key={submission.id} className="submission-line">
      {submissions.length > 1 && <span className="muted">Lần {submission.version}: </span>}
      {submission.documentNumber || <span className="muted">(không số)</span>}
      {submission.documentDate && ` ngày ${formatDisplayDate(submission.documentDate)}`}
    </div>
  ));
}

function Files({ submissions, onOpen }: { submissions: Submission[]; onOpen: (fileId: number) => void }) {
  return submissions.flatMap((submission) =>
    submission.files.map((file) => (
      <div key={`${submission.id}-${file.id}`} className="submission-file">
        <Typography.Link onClick={() => onOpen(file.id)} title={`${file.fileName} (${formatSize(file.size)})`} ellipsis>
          <PaperClipOutlined /> {file.fileName}
        </Typography.Link>
        <span className="muted submission-file-size">{formatSize(file.size)}</span>
      </div>
    )),
  );
}
