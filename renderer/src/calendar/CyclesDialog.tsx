import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import { DEFAULT_CYCLE, cycleOccurrences, type Cycle, type CycleFields } from '../../../core/calendar';
import { formatDisplayDate } from '../../../core/dates';
import { RECURRENCE_LABELS, RECURRENCES, planLabel, type PlanSummary, type Recurrence } from '../../../core/plan';
import { api, errorMessage } from '../api';
import { DialogButtons } from '../components/DialogButtons';
import { invalidate, useLoad } from '../useLoad';
import { AgencySelect } from '../components/AgencySelect';
import { agencyOptions, planOptions } from '../components/options';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { PlanSelect } from '../components/PlanSelect';

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

const OFFSET_OPTIONS = [
  { value: 0, label: 'tháng cuối kỳ' },
  { value: 1, label: '1 tháng sau kỳ' },
  { value: 2, label: '2 tháng sau kỳ' },
  { value: 3, label: '3 tháng sau kỳ' },
];

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
  const { message } = App.useApp();
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
    try {
      if (current === 'new') await api.cycles.create(fields);
      else if (current) await api.cycles.update({ id: current.id, cycle: fields });
      message.success(`Đã lưu “${fields.title}”.`);
      close();
      await invalidate('cycles', 'calendar');
    } catch (error) {
      message.error(errorMessage(error));
      throw error;
    }
  };

  const remove = async (cycle: Cycle) => {
    try {
      await api.cycles.delete({ id: cycle.id });
      message.success(`Đã xoá “${cycle.title}”.`);
      await invalidate('cycles', 'calendar');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

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

interface CycleFormProps {
  cycle: Cycle | null;
  defaultYear: number;
  plans: PlanSummary[];
  agencies: Agency[];
  onCancel: () => void;
  onSubmit: (fields: CycleFields) => Promise<void>;
}

const DEFAULT_TITLES: Record<Recurrence, string> = {
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  half_yearly: 'Báo cáo 6 tháng',
  yearly: 'Báo cáo năm',
};

function CycleForm({ cycle, defaultYear, plans, agencies, onCancel, onSubmit }: CycleFormProps) {
  const [form] = Form.useForm<CycleFields>();
  const [saving, setSaving] = useState(false);
  const initial: CycleFields = useMemo(
    () =>
      cycle ?? { ...DEFAULT_CYCLE, title: DEFAULT_TITLES.quarterly, recurrence: 'quarterly', fromYear: defaultYear },
    [cycle, defaultYear],
  );
  const watched = Form.useWatch([], form) as Partial<CycleFields> | undefined;
  const agencyChoices = useMemo(() => agencyOptions(agencies, initial.agencyIds), [agencies, initial.agencyIds]);
  const planChoices = useMemo(() => planOptions(plans), [plans]);

  const preview = useMemo(() => {
    const values = { ...initial, ...watched };
    if (!values.recurrence || !values.windowStartDay || !values.windowEndDay || !values.dueDay || !values.fromYear)
      return [];
    const year = Math.max(values.fromYear, defaultYear);
    try {
      return cycleOccurrences(
        { ...(values as CycleFields), id: 0, uuid: '', dueMonthOffset: values.dueMonthOffset ?? 0, toYear: null },
        `${year}-01-01`,
        `${year}-12-31`,
      ).slice(0, 4);
    } catch {
      return [];
    }
  }, [initial, watched, defaultYear]);

  const submit = async (values: CycleFields) => {
    setSaving(true);
    try {
      await onSubmit({
        ...initial,
        ...values,
        title: values.title.trim(),
        receiver: values.receiver?.trim() || null,
        toYear: values.toYear ?? null,
        planId: values.planId ?? null,
        agencyIds: values.agencyIds ?? [],
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onValuesChange={(changed: Partial<CycleFields>) => {
        // A new cycle's title follows its recurrence until the officer types one.
        if (!cycle && changed.recurrence && Object.values(DEFAULT_TITLES).includes(form.getFieldValue('title'))) {
          form.setFieldValue('title', DEFAULT_TITLES[changed.recurrence]);
        }
      }}
      className="cal-cycle-form"
    >
      <Button
        type="link"
        size="small"
        icon={<ArrowLeftOutlined />}
        onClick={onCancel}
        style={{ padding: 0, marginBottom: 6 }}
      >
        Về danh sách chu kỳ
      </Button>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12, padding: '6px 12px' }}
        title={
          <span className="cal-cycle-note">
            Mặc định theo chế độ báo cáo của Nghị định 09/2019/NĐ-CP: số liệu tính từ ngày 15 tháng trước kỳ báo cáo đến
            ngày 14 tháng cuối kỳ (báo cáo tháng: 15 tháng trước – 14; 6 tháng đầu năm: 15/12 năm trước – 14/6; năm:
            15/12 năm trước – 14/12). Kỳ số liệu và hạn gửi sửa được theo quy định của từng ngành.
          </span>
        }
      />
      <div className="cal-form-row">
        <Form.Item
          name="title"
          label="Tên báo cáo"
          style={{ flex: 2 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên báo cáo.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="recurrence" label="Định kỳ" style={{ width: 160 }}>
          <Select
            aria-label="Định kỳ"
            options={RECURRENCES.map((value) => ({ value, label: RECURRENCE_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item name="fromYear" label="Từ năm" style={{ width: 110 }} rules={[{ required: true, message: 'Năm?' }]}>
          <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="toYear" label="Đến năm" style={{ width: 110 }}>
          <InputNumber min={1945} max={2100} style={{ width: '100%' }} placeholder="(không)" />
        </Form.Item>
      </div>
      <div className="cal-form-row">
        <Form.Item
          name="windowStartDay"
          label="Số liệu từ ngày (tháng trước kỳ)"
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={31} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="windowEndDay"
          label="đến ngày (tháng cuối kỳ)"
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={31} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueDay" label="Hạn gửi: ngày" style={{ flex: 1 }} rules={[{ required: true }]}>
          <InputNumber min={1} max={31} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueMonthOffset" label="của" style={{ flex: 1 }}>
          <Select aria-label="Tháng của hạn gửi" options={OFFSET_OPTIONS} />
        </Form.Item>
      </div>
      <div className="cal-form-row">
        <Form.Item name="receiver" label="Nơi nhận" style={{ flex: 1 }}>
          <Input placeholder="Ví dụ: Công an tỉnh (Phòng Tham mưu)" />
        </Form.Item>
        <Form.Item name="planId" label="Thuộc kế hoạch" style={{ flex: 1 }}>
          <PlanSelect options={planChoices} />
        </Form.Item>
      </div>
      <Form.Item name="agencyIds" label="Cơ quan phải báo cáo">
        <AgencySelect options={agencyChoices} ariaLabel="Cơ quan phải báo cáo" maxTagCount={10} />
      </Form.Item>
      {preview.length > 0 && (
        <div className="cal-cycle-preview" data-testid="cycle-preview">
          <b>Ví dụ năm {preview[0]!.due.slice(0, 4)}:</b>
          <div className="cal-cycle-preview-grid">
            {preview.map((occurrence) => (
              <div key={occurrence.due}>
                {occurrence.periodLabel}: số liệu {formatDisplayDate(occurrence.dataFrom)} –{' '}
                {formatDisplayDate(occurrence.dataTo)}, hạn gửi <b>{formatDisplayDate(occurrence.due)}</b>
              </div>
            ))}
          </div>
        </div>
      )}
      <DialogButtons saving={saving} onCancel={onCancel} />
    </Form>
  );
}
