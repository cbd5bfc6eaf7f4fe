import { Alert, Button, Descriptions, Modal, Space } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import type { Cycle, Occurrence } from '../../../core/calendar';
import { formatDisplayDate } from '../../../core/dates';
import { RECURRENCE_LABELS, planLabel, type PlanSummary } from '../../../core/plan';
import { longDate } from './calendarData';
import { agencyNames } from '../components/options';

interface ReportDialogProps {
  occurrence: Occurrence | null;
  cycles: Cycle[];
  plans: PlanSummary[];
  agencies: Agency[];
  onClose: () => void;
  onOpenCycle: (cycleId: number) => void;
  /** Opens the register (a report request) for this period. */
  onOpenRegister: (occurrence: Occurrence) => void;
}

/** A deadline a report cycle generates: read-only here, edited through its cycle. */
export function ReportDialog({
  occurrence,
  cycles,
  plans,
  agencies,
  onClose,
  onOpenCycle,
  onOpenRegister,
}: ReportDialogProps) {
  const cycle = occurrence ? cycles.find((candidate) => candidate.id === occurrence.cycleId) : undefined;
  const plan = occurrence?.planId ? plans.find((candidate) => candidate.id === occurrence.planId) : undefined;
  return (
    <Modal
      open={occurrence !== null}
      title="Hạn báo cáo định kỳ"
      onCancel={onClose}
      width={640}
      footer={
        <Space>
          {occurrence?.cycleId != null && (
            <Button onClick={() => onOpenCycle(occurrence.cycleId!)}>Mở chu kỳ báo cáo</Button>
          )}
          {occurrence && (
            <Button type="primary" icon={<FolderOpenOutlined />} onClick={() => onOpenRegister(occurrence)}>
              Mở sổ theo dõi kỳ này
            </Button>
          )}
          <Button onClick={onClose}>Đóng</Button>
        </Space>
      }
    >
      {occurrence && (
        <>
          {occurrence.warning && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={occurrence.warning} />
          )}
          <Descriptions size="small" column={1} bordered styles={{ label: { width: 170 } }}>
            <Descriptions.Item label="Báo cáo">{occurrence.title}</Descriptions.Item>
            <Descriptions.Item label="Hạn gửi">{longDate(occurrence.start)}</Descriptions.Item>
            <Descriptions.Item label="Kỳ số liệu">
              {occurrence.dataFrom || occurrence.dataTo
                ? `từ ${formatDisplayDate(occurrence.dataFrom)} đến ${formatDisplayDate(occurrence.dataTo)}`
                : '—'}
            </Descriptions.Item>
            {cycle && <Descriptions.Item label="Định kỳ">{RECURRENCE_LABELS[cycle.recurrence]}</Descriptions.Item>}
            <Descriptions.Item label="Nơi nhận">{occurrence.receiver || '—'}</Descriptions.Item>
            <Descriptions.Item label="Kế hoạch">{plan ? planLabel(plan) : '—'}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan phải báo cáo">
              {agencyNames(agencies, occurrence.agencyIds) || '—'}
            </Descriptions.Item>
          </Descriptions>
          <p className="muted" style={{ marginTop: 12, marginBottom: 0 }}>
            Hạn này do chu kỳ báo cáo sinh ra{cycle ? ` (${cycle.title})` : ''}; muốn đổi ngày, kỳ số liệu hay nơi nhận,
            hãy sửa chu kỳ. Chưa có sổ theo dõi kỳ này: mở sổ để ghi nhận cơ quan nào đã gửi và được nhắc hạn.
          </p>
        </>
      )}
    </Modal>
  );
}
