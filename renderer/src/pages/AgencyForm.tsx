import { useState } from 'react';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, type Agency, type AgencyInput } from '../../../core/agency';
import { DateFormItem } from '../components/DateField';
import { DialogButtons } from '../components/DialogButtons';

interface AgencyFormProps {
  open: boolean;
  agency: Agency | null;
  agencies: Agency[];
  onCancel: () => void;
  onSubmit: (input: AgencyInput) => Promise<void>;
}

const EMPTY: AgencyInput = {
  name: '',
  shortName: null,
  aliases: [],
  kind: 'department',
  parentId: null,
  active: true,
  mergedIntoId: null,
  mergedOn: null,
};

/** The dialog; its body mounts afresh on every opening, so nothing typed last time lingers. */
export function AgencyForm(props: AgencyFormProps) {
  return (
    <Modal
      open={props.open}
      title={props.agency ? 'Sửa cơ quan, đơn vị' : 'Thêm cơ quan, đơn vị'}
      footer={null}
      onCancel={props.onCancel}
      destroyOnHidden
      width={640}
    >
      <AgencyFormBody {...props} />
    </Modal>
  );
}

function AgencyFormBody({ agency, agencies, onCancel, onSubmit }: AgencyFormProps) {
  const [form] = Form.useForm<AgencyInput>();
  const [saving, setSaving] = useState(false);
  const active = Form.useWatch('active', form) ?? true;
  const others = agencies
    .filter((other) => other.id !== agency?.id)
    .map((other) => ({ value: other.id, label: other.name }));

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await onSubmit({ ...EMPTY, ...values, shortName: values.shortName || null, aliases: values.aliases ?? [] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={agency ?? EMPTY} onFinish={submit}>
      <Form.Item
        name="name"
        label="Tên đầy đủ"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cơ quan, đơn vị.' }]}
      >
        <Input placeholder="Ví dụ: Sở Tư pháp" autoFocus />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="shortName" label="Tên viết tắt (hiện ở ma trận)" style={{ flex: 1 }}>
          <Input placeholder="Ví dụ: Sở LĐ-TB&XH" />
        </Form.Item>
        <Form.Item name="kind" label="Loại" style={{ flex: 1 }} rules={[{ required: true }]}>
          <Select options={AGENCY_KINDS.map((kind) => ({ value: kind, label: AGENCY_KIND_LABELS[kind] }))} />
        </Form.Item>
      </div>
      <Form.Item
        name="aliases"
        label="Tên gọi khác, viết tắt trong văn bản"
        extra="Gõ rồi nhấn Enter để thêm. Dùng khi nhận diện cơ quan trong văn bản."
      >
        <Select mode="tags" open={false} suffixIcon={null} placeholder="Ví dụ: CA tỉnh, BĐBP" tokenSeparators={[';']} />
      </Form.Item>
      <Form.Item name="parentId" label="Trực thuộc">
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={others} placeholder="(không)" />
      </Form.Item>
      <Form.Item name="active" valuePropName="checked">
        <Checkbox>Đang hoạt động</Checkbox>
      </Form.Item>
      {!active && (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="mergedIntoId" label="Đã sáp nhập vào" style={{ flex: 2 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={others}
              placeholder="(ngừng hoạt động)"
            />
          </Form.Item>
          <DateFormItem name="mergedOn" label="Từ ngày" style={{ flex: 1 }} />
        </div>
      )}
      <DialogButtons saving={saving} onCancel={onCancel} />
    </Form>
  );
}
