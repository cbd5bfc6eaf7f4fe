import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { DialogButtons } from '../components/DialogButtons';
import {
  PLAN_LEVEL_LABELS,
  PLAN_LEVELS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  planLabel,
  type PlanFields,
  type PlanSummary,
} from '../../../core/plan';
import { DateFormItem } from '../components/DateField';
import { notBeforeYearRule, YEAR_RULE } from '../components/numberRules';

interface PlanFormProps {
  open: boolean;
  plan: PlanSummary | null;
  plans: PlanSummary[];
  onCancel: () => void;
  onSubmit: (fields: PlanFields) => Promise<void>;
}

export function emptyPlan(): PlanFields {
  const year = new Date().getFullYear();
  return {
    numberSymbol: null,
    title: '',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: null,
    signer: null,
    level: 'province',
    periodFrom: year,
    periodTo: year,
    implementsPlanId: null,
    implementsRef: null,
    status: 'draft',
  };
}

/** The dialog; its body mounts afresh on every opening, so nothing typed last time lingers. */
export function PlanForm(props: PlanFormProps) {
  return (
    <Modal
      open={props.open}
      title={props.plan ? 'Sửa thông tin kế hoạch' : 'Thêm kế hoạch'}
      footer={null}
      onCancel={props.onCancel}
      width={720}
      destroyOnHidden
    >
      <PlanFormBody {...props} />
    </Modal>
  );
}

function PlanFormBody({ plan, plans, onCancel, onSubmit }: PlanFormProps) {
  const [form] = Form.useForm<PlanFields>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await onSubmit({ ...emptyPlan(), ...values });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={plan ?? emptyPlan()} onFinish={submit}>
      <PlanFieldItems plan={plan} plans={plans} />
      <DialogButtons saving={saving} onCancel={onCancel} />
    </Form>
  );
}

/** The plan's fields, for a form that owns them (the dialog above, the import's review screen). */
export function PlanFieldItems({ plan, plans }: { plan: Pick<PlanSummary, 'id'> | null; plans: PlanSummary[] }) {
  return (
    <>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="numberSymbol" label="Số, ký hiệu" style={{ flex: 1 }} extra="Để trống khi còn là dự thảo.">
          <Input placeholder="Ví dụ: 61/KH-UBND" />
        </Form.Item>
        <DateFormItem name="issuedOn" label="Ngày ban hành" style={{ flex: 1 }} />
        <Form.Item name="status" label="Trạng thái" style={{ flex: 1 }}>
          <Select options={PLAN_STATUSES.map((status) => ({ value: status, label: PLAN_STATUS_LABELS[status] }))} />
        </Form.Item>
      </div>
      <Form.Item
        name="title"
        label="Trích yếu"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập trích yếu của kế hoạch.' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder="Thực hiện công tác phòng, chống mua bán người năm 2024"
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="issuer"
          label="Cơ quan ban hành"
          style={{ flex: 2 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập cơ quan ban hành.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="signer" label="Người ký" style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="level" label="Cấp" style={{ flex: 1 }}>
          <Select options={PLAN_LEVELS.map((level) => ({ value: level, label: PLAN_LEVEL_LABELS[level] }))} />
        </Form.Item>
        <Form.Item
          name="periodFrom"
          label="Từ năm"
          style={{ flex: 1 }}
          rules={[{ required: true, message: 'Hãy nhập năm.' }, YEAR_RULE]}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="periodTo"
          label="Đến năm"
          style={{ flex: 1 }}
          dependencies={['periodFrom']}
          rules={[{ required: true, message: 'Hãy nhập năm.' }, YEAR_RULE, notBeforeYearRule('periodFrom')]}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="implementsPlanId" label="Thực hiện kế hoạch (đã có trong Plan Desk)" style={{ flex: 1 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="(không)"
            options={plans
              .filter((other) => other.id !== plan?.id)
              .map((other) => ({ value: other.id, label: `${planLabel(other)} — ${other.title}` }))}
          />
        </Form.Item>
        <Form.Item name="implementsRef" label="hoặc văn bản căn cứ" style={{ flex: 1 }}>
          <Input placeholder="Kế hoạch số 15/KH-BCĐ ngày 19/01/2016" />
        </Form.Item>
      </div>
    </>
  );
}
