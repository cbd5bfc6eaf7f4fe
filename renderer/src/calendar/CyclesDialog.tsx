import { useMemo, useState } from 'react';
import { Button, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import type { Cycle, CycleFields } from '../../../core/calendar';
import { RECURRENCE_LABELS, planLabel, type PlanSummary, type Recurrence } from '../../../core/plan';
import { api } from '../api';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { CycleForm } from './CycleForm';

interface CyclesDialogProps {
  open: boolean;
  /** Open straight on this cycle's form (from a generated deadline). */
  focusCycleId: number | null;
  defaultYear: number;
  plans: PlanSummary[];
  agencies: Agency[];
  onClose: () => void;
}

/** "từ ngày 15 tháng trước đến ngày 14" / "… tháng trước kỳ đến ngày 14 tháng cuối kỳ". */
export function windowText(cycle: Pick<CycleFields, 'recurrence' | 'windowStartDay' | 'windowEndDay'>): string {
  return cycle.recurrence === 'monthly'
    ? `từ ngày ${cycle.windowStartDay} tháng trước đến ngày ${cycle.windowEndDay}`
    : `từ ngày ${cycle.windowStartDay} tháng trước kỳ đến ngày ${cycle.windowEndDay} tháng cuối kỳ`;
}

export function dueText(cycle: Pick<CycleFields, 'recurrence' | 'dueDay' | 'dueMonthOffset'>): string {
  const monthly = cycle.recurrence === 'monthly';
  if (cycle.dueMonthOffset === 0) return monthly ? `ngày ${cycle.dueDay}` : `ngày ${cycle.dueDay} tháng cuối kỳ`;
  if (cycle.dueMonthOffset === 1)
    return monthly ? `ngày ${cycle.dueDay} tháng sau` : `ngày ${cycle.dueDay} tháng sau kỳ`;
  return `ngày ${cycle.dueDay}, ${cycle.dueMonthOffset} tháng sau ${monthly ? 'tháng báo cáo' : 'kỳ'}`;
}

function yearsText(cycle: Pick<CycleFields, 'fromYear' | 'toYear'>): string {
  if (cycle.toYear === null) return `từ ${cycle.fromYear}`;
  return cycle.fromYear === cycle.toYear ? String(cycle.fromYear) : `${cycle.fromYear}–${cycle.toYear}`;
}

export function CyclesDialog(props: CyclesDialogProps) {
  return (
    <Modal
      open={props.open}
      title="Báo cáo định kỳ"
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      width={1060}
      style={{ top: 24 }}
    >
      <CyclesBody {...props} />
    </Modal>
  );
}

function CyclesBody({ focusCycleId, defaultYear, plans, agencies, onClose }: CyclesDialogProps) {
  const { run } = useAction();
  const cycles = useLoad(['cycles'], () => api.cycles.list());
  const [editing, setEditing] = useState<Cycle | 'new' | null>(null);
  const [focusUsed, setFocusUsed] = useState(false);
  const planById = useMemo(() => new Map(plans.map((plan) => [plan.id, plan])), [plans]);

  // A generated deadline opens its cycle's form once, then the dialog behaves as usual.
  const focused =
    !focusUsed && focusCycleId !== null ? cycles.data?.find((cycle) => cycle.id === focusCycleId) : undefined;
  const current = editing ?? focused ?? null;

  const close = () => {
    setEditing(null);
    setFocusUsed(true);
  };

  const save = async (fields: CycleFields) => {
    await run(
      async () => {
        if (current === 'new') await api.cycles.create(fields);
        else if (current) await api.cycles.update({ id: current.id, cycle: fields });
      },
      { success: `Đã lưu “${fields.title}”.`, after: close, refresh: ['cycles', 'calendar'], rethrow: true },
    );
  };

  const remove = (cycle: Cycle) =>
    run(() => api.cycles.delete({ id: cycle.id }), {
      success: `Đã xoá “${cycle.title}”.`,
      refresh: ['cycles', 'calendar'],
    });

  if (current) {
    return (
      <CycleForm
        cycle={current === 'new' ? null : current}
        defaultYear={defaultYear}
        plans={plans}
        agencies={agencies}
        onCancel={close}
        onSubmit={save}
      />
    );
  }

  return (
    <>
      <div className="cal-dialog-toolbar">
        <Typography.Text type="secondary">
          Mỗi chu kỳ tự sinh các hạn báo cáo trên lịch, kèm kỳ số liệu của từng kỳ.
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm chu kỳ báo cáo
        </Button>
      </div>
      {cycles.error && <Typography.Text type="danger">{cycles.error}</Typography.Text>}
      <Table<Cycle>
        rowKey="id"
        size="small"
        loading={cycles.loading}
        dataSource={cycles.data ?? []}
        pagination={false}
        scroll={{ y: 420 }}
        locale={{ emptyText: 'Chưa có chu kỳ báo cáo nào.' }}
        columns={[
          { title: 'Tên báo cáo', dataIndex: 'title' },
          {
            title: 'Định kỳ',
            dataIndex: 'recurrence',
            width: 90,
            render: (recurrence: Recurrence) => RECURRENCE_LABELS[recurrence],
          },
          { title: 'Kỳ số liệu', width: 205, render: (_, cycle) => windowText(cycle) },
          { title: 'Hạn gửi', width: 130, render: (_, cycle) => dueText(cycle) },
          { title: 'Năm', width: 80, render: (_, cycle) => yearsText(cycle) },
          { title: 'Nơi nhận', dataIndex: 'receiver', width: 160 },
          {
            title: 'Kế hoạch',
            dataIndex: 'planId',
            width: 110,
            render: (planId: number | null) => {
              const plan = planId ? planById.get(planId) : undefined;
              return plan ? planLabel(plan) : '';
            },
          },
          {
            title: '',
            width: 95,
            render: (_, cycle) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(cycle)}>
                  Sửa
                </Button>
                <ConfirmDelete
                  title={`Xoá “${cycle.title}”?`}
                  description="Các hạn báo cáo do chu kỳ này sinh ra sẽ biến khỏi lịch."
                  onConfirm={() => remove(cycle)}
                >
                  <Button size="small" type="link" danger>
                    Xoá
                  </Button>
                </ConfirmDelete>
              </Space>
            ),
          },
        ]}
      />
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 12 }}>
        <Button onClick={onClose}>Đóng</Button>
      </div>
    </>
  );
}
