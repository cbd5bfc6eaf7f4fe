import { useMemo } from 'react';
import { Button, Form, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import {
  blankEntry,
  ENTRY_KINDS,
  OCCURRENCE_KIND_COLORS,
  OCCURRENCE_KIND_LABELS,
  type EntryFields,
  type EntryKind,
  type Occurrence,
} from '../../../core/calendar';
import type { PlanSummary } from '../../../core/plan';
import { api } from '../api';
import { useAction } from '../useAction';
import { invalidate, useLoad } from '../useLoad';
import { entryStartOn, fieldsFromOccurrence } from './calendarData';
import { AgencySelect } from '../components/AgencySelect';
import { agencyOptions, planOptions } from '../components/options';
import { useDayOffCheck } from './useDayOffCheck';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { PlanSelect } from '../components/PlanSelect';
import { TaskSelect } from './TaskSelect';
import { EntryKindFields } from './EntryKindFields';

/** What the dialog opens on: a new entry on a day, or an entry's occurrence to edit. */
export type EntryTarget =
  | { mode: 'create'; startOn: string; planId: number | null; agencyId: number | null }
  | { mode: 'edit'; occurrence: Occurrence };

interface EntryDialogProps {
  target: EntryTarget | null;
  plans: PlanSummary[];
  agencies: Agency[];
  onClose: () => void;
}

const KIND_SELECT_OPTIONS = ENTRY_KINDS.map((kind) => ({
  value: kind,
  label: (
    <Space size={6}>
      <span className="cal-swatch" style={{ background: OCCURRENCE_KIND_COLORS[kind] }} />
      {OCCURRENCE_KIND_LABELS[kind]}
    </Space>
  ),
}));

function emptyEntry(startOn: string, planId: number | null, agencyId: number | null): EntryFields {
  return { ...blankEntry('deadline', '', startOn, planId), agencyIds: agencyId ? [agencyId] : [] };
}

/** The entry dialog; its body mounts afresh on every opening. */
export function EntryDialog({ target, plans, agencies, onClose }: EntryDialogProps) {
  return (
    <Modal
      open={target !== null}
      title={target?.mode === 'edit' ? 'Sửa mục lịch' : 'Thêm mục lịch'}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      style={{ top: 40 }}
    >
      {target?.mode === 'edit' && (
        <EditBody occurrence={target.occurrence} plans={plans} agencies={agencies} onClose={onClose} />
      )}
      {target?.mode === 'create' && (
        <EntryForm
          initial={emptyEntry(target.startOn, target.planId, target.agencyId)}
          entryId={null}
          plans={plans}
          agencies={agencies}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function EditBody({
  occurrence,
  plans,
  agencies,
  onClose,
}: {
  occurrence: Occurrence;
  plans: PlanSummary[];
  agencies: Agency[];
  onClose: () => void;
}) {
  const start = useLoad(['calendarEntryStart', occurrence.key], () => entryStartOn(occurrence));
  if (start.error) return <Typography.Text type="danger">{start.error}</Typography.Text>;
  if (!start.data) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  return (
    <EntryForm
      initial={fieldsFromOccurrence(occurrence, start.data)}
      entryId={occurrence.entryId}
      plans={plans}
      agencies={agencies}
      onClose={onClose}
    />
  );
}

interface EntryFormProps {
  initial: EntryFields;
  entryId: number | null;
  plans: PlanSummary[];
  agencies: Agency[];
  onClose: () => void;
}

function EntryForm({ initial, entryId, plans, agencies, onClose }: EntryFormProps) {
  const saving = useAction();
  const removal = useAction();
  const checkDayOff = useDayOffCheck();
  const [form] = Form.useForm<EntryFields>();
  const kind: EntryKind = Form.useWatch('kind', form) ?? initial.kind;
  // undefined only before the form mounts; a cleared plan is null.
  const watchedPlanId: number | null | undefined = Form.useWatch('planId', form);
  const planId = watchedPlanId === undefined ? initial.planId : watchedPlanId;
  const agencyChoices = useMemo(() => agencyOptions(agencies, initial.agencyIds), [agencies, initial.agencyIds]);
  const planChoices = useMemo(() => planOptions(plans), [plans]);

  const submit = async (values: EntryFields) => {
    const is = (wanted: EntryKind) => values.kind === wanted;
    const blank = (text: string | null | undefined) => text?.trim() || null;
    const fields: EntryFields = {
      kind: values.kind,
      title: values.title.trim(),
      description: blank(values.description),
      startOn: values.startOn,
      endOn: is('period') ? values.endOn : null,
      yearly: is('event') ? Boolean(values.yearly) : values.kind === initial.kind && initial.yearly,
      time: is('meeting') ? blank(values.time) : null,
      place: is('meeting') ? blank(values.place) : null,
      what: is('deadline') ? blank(values.what) : null,
      sender: is('deadline') ? blank(values.sender) : null,
      receiver: is('deadline') ? blank(values.receiver) : null,
      dataFrom: is('deadline') ? (values.dataFrom ?? null) : null,
      dataTo: is('deadline') ? (values.dataTo ?? null) : null,
      planId: values.planId ?? null,
      agencyIds: values.agencyIds ?? [],
      taskIds: values.planId ? (values.taskIds ?? []) : [],
    };
    await saving.run(
      () => (entryId === null ? api.calendar.create(fields) : api.calendar.update({ id: entryId, entry: fields })),
      {
        success: (entry) => `Đã lưu “${entry.title}”.`,
        after: async (entry) => {
          await invalidate('calendar');
          onClose();
          await checkDayOff(entry);
        },
      },
    );
  };

  const remove = async () => {
    if (entryId === null) return;
    await removal.run(() => api.calendar.delete({ id: entryId }), {
      success: `Đã xoá “${initial.title}”.`,
      after: async () => {
        await invalidate('calendar');
        onClose();
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      // Tasks belong to one plan: another plan's tasks cannot stay chosen.
      onValuesChange={(changed: Partial<EntryFields>) => {
        if ('planId' in changed) form.setFieldValue('taskIds', []);
      }}
      className="cal-entry-form"
    >
      <div className="cal-form-row">
        <Form.Item name="kind" label="Loại" style={{ flex: 1 }} rules={[{ required: true }]}>
          <Select options={KIND_SELECT_OPTIONS} aria-label="Loại mục lịch" />
        </Form.Item>
        <Form.Item name="planId" label="Thuộc kế hoạch" style={{ flex: 1 }}>
          <PlanSelect options={planChoices} />
        </Form.Item>
      </div>
      <Form.Item
        name="title"
        label="Tiêu đề"
        rules={[
          { required: true, whitespace: true, message: 'Hãy nhập tiêu đề.' },
          { max: 500, message: 'Tối đa 500 ký tự.' },
        ]}
      >
        <Input autoFocus placeholder={TITLE_HINTS[kind]} />
      </Form.Item>

      <EntryKindFields kind={kind} />

      <Form.Item name="taskIds" label="Nhiệm vụ liên quan">
        <TaskSelect planId={planId} />
      </Form.Item>
      <Form.Item name="agencyIds" label="Cơ quan liên quan">
        <AgencySelect options={agencyChoices} ariaLabel="Cơ quan liên quan" maxTagCount={8} />
      </Form.Item>
      <Form.Item name="description" label="Ghi chú">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>

      <div className="cal-dialog-footer">
        <div>
          {entryId !== null && (
            <ConfirmDelete
              title="Xoá mục lịch này?"
              description={initial.yearly ? 'Mục lặp lại hằng năm: mọi năm đều bị xoá.' : undefined}
              onConfirm={remove}
            >
              <Button danger icon={<DeleteOutlined />}>
                Xoá
              </Button>
            </ConfirmDelete>
          )}
        </div>
        <Space>
          <Button onClick={onClose}>Huỷ</Button>
          <Button type="primary" htmlType="submit" loading={saving.pending}>
            Lưu
          </Button>
        </Space>
      </div>
    </Form>
  );
}

const TITLE_HINTS: Record<EntryKind, string> = {
  deadline: 'Ví dụ: Hạn gửi báo cáo tổng kết Chương trình 2021–2025',
  period: 'Ví dụ: Cao điểm tấn công, trấn áp tội phạm mua bán người',
  event: 'Ví dụ: Ngày toàn dân phòng, chống mua bán người',
  meeting: 'Ví dụ: Hội nghị sơ kết 6 tháng',
};
