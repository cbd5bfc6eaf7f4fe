import { Button, Popconfirm, Space, Tag } from 'antd';
import {
  ArrowLeftOutlined,
  BellOutlined,
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  MailOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import type { Rate, ReportRequest } from '../../../core/reports';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { navigate } from '../route';
import { REQUEST_KIND_LABELS } from './reportFormat';
import { DueTag } from './RequestsPage';
import type { RequestActions } from './useRequestActions';

interface RequestHeaderProps {
  request: ReportRequest;
  rate: Rate;
  closed: boolean;
  today: string;
  /** Agencies that have sent nothing: no reminder letter without them. */
  missing: number;
  actions: RequestActions;
  onRecord: () => void;
  onEdit: () => void;
}

/** The request's title, its state, and what the officer does with it. */
export function RequestHeader({
  request,
  rate,
  closed,
  today,
  missing,
  actions,
  onRecord,
  onEdit,
}: RequestHeaderProps) {
  return (
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
        <Button type="primary" icon={<CheckOutlined />} onClick={onRecord}>
          Ghi nhận đã nộp
        </Button>
        <Button
          icon={<MailOutlined />}
          loading={actions.writingLetter}
          disabled={missing === 0}
          onClick={actions.letter}
        >
          Soạn công văn đôn đốc
        </Button>
        {closed ? (
          <Button icon={<BellOutlined />} onClick={() => actions.setClosed(null)}>
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
            onConfirm={() => actions.setClosed(today)}
          >
            <Button icon={<StopOutlined />}>Kết thúc theo dõi</Button>
          </Popconfirm>
        )}
        <Button icon={<EditOutlined />} onClick={onEdit}>
          Sửa
        </Button>
        <ConfirmDelete
          title="Xoá yêu cầu báo cáo này?"
          description="Chỉ xoá được khi chưa nhận báo cáo nào."
          onConfirm={actions.remove}
        >
          <Button danger icon={<DeleteOutlined />}>
            Xoá
          </Button>
        </ConfirmDelete>
      </Space>
    </div>
  );
}
