import { useMemo } from 'react';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import type { Agency } from '../../../core/agency';
import {
  RECURRENCE_LABELS,
  RECURRENCES,
  TASK_PROGRESS,
  TASK_PROGRESS_LABELS,
  TIMING_KIND_LABELS,
  TIMING_KINDS,
  type TaskFields,
} from '../../../core/plan';
import { AgencySelect } from '../components/AgencySelect';
import { DateFormItem } from '../components/DateField';
import { agencyOptions } from '../components/options';
import { ConfirmDelete } from '../components/ConfirmDelete';

export interface TaskFormProps {
  initial: TaskFields;
  isNew: boolean;
  agencies: Agency[];
  onSave: (fields: TaskFields) => Promise<void>;
  onDelete?: () => Promise<void>;
  onCancel?: () => void;
  extraActions?: React.ReactNode;
}

export function TaskForm({ initial, isNew, agencies, onSave, onDelete, onCancel, extraActions }: TaskFormProps) {
  const [form] = Form.useForm<TaskFields>();
  const timingKind = Form.useWatch('timingKind', form) ?? initial.timingKind;
  const lead = Form.useWatch('lead', form) ?? initial.lead;

  // Merged agencies stay selectable only where a task already names them (old plans keep old names).
  const options = useMemo(
    () => agencyOptions(agencies, [...initial.lead, ...initial.coordinating]),
    [agencies, initial],
  );

  const submit = async (values: TaskFields) => {
    await onSave({ ...initial, ...values, lead: values.lead ?? [], coordinating: values.coordinating ?? [] });
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="label" label="Ký hiệu" style={{ width: 90 }}>
          <Input placeholder="a" />
        </Form.Item>
        <Form.Item
          name="text"
          label="Nội dung nhiệm vụ"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập nội dung nhiệm vụ.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} autoFocus={isNew} />
        </Form.Item>
      </div>
      <Form.Item name="lead" label="Chủ trì">
        <AgencySelect options={options} ariaLabel="Cơ quan chủ trì" placeholder="Chọn cơ quan" />
      </Form.Item>
      <Form.Item name="coordinating" label="Phối hợp">
        <AgencySelect options={options} exclude={lead} ariaLabel="Cơ quan phối hợp" placeholder="Chọn cơ quan" />
      </Form.Item>
      <Form.Item name="allMembers" valuePropName="checked" style={{ marginTop: -8 }}>
        <Checkbox>Các sở, ngành, địa phương cùng thực hiện</Checkbox>
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="timingKind" label="Thời gian thực hiện" style={{ flex: 1 }}>
          <Select options={TIMING_KINDS.map((kind) => ({ value: kind, label: TIMING_KIND_LABELS[kind] }))} />
        </Form.Item>
        <Form.Item name="progress" label="Tiến độ" style={{ flex: 1 }}>
          <Select
            options={TASK_PROGRESS.map((progress) => ({ value: progress, label: TASK_PROGRESS_LABELS[progress] }))}
          />
        </Form.Item>
      </div>
      {timingKind === 'due' && (
        <div style={{ display: 'flex', gap: 12 }}>
          <DateFormItem name="dueOn" label="Hạn hoàn thành" required style={{ flex: 1 }} />
        </div>
      )}
      {timingKind === 'period' && (
        <div style={{ display: 'flex', gap: 12 }}>
          <DateFormItem name="periodFrom" label="Từ ngày" required style={{ flex: 1 }} />
          <DateFormItem name="periodTo" label="Đến ngày" required style={{ flex: 1 }} />
        </div>
      )}
      {timingKind === 'recurring' && (
        <Form.Item name="recurrence" label="Chu kỳ" rules={[{ required: true, message: 'Hãy chọn chu kỳ.' }]}>
          <Select
            options={RECURRENCES.map((recurrence) => ({ value: recurrence, label: RECURRENCE_LABELS[recurrence] }))}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit">
          Lưu nhiệm vụ
        </Button>
        {onCancel && <Button onClick={onCancel}>Huỷ</Button>}
        {extraActions}
        {onDelete && (
          <ConfirmDelete
            title="Xoá nhiệm vụ này?"
            description="Các phân công chủ trì, phối hợp của nhiệm vụ cũng bị xoá."
            onConfirm={onDelete}
          >
            <Button danger>Xoá nhiệm vụ</Button>
          </ConfirmDelete>
        )}
      </Space>
    </Form>
  );
}
