import { Button, Form, Input, Space } from 'antd';
import type { SectionFields } from '../../../core/plan';
import { ConfirmDelete } from '../components/ConfirmDelete';

export interface SectionFormProps {
  initial: SectionFields;
  isNew: boolean;
  descendantCount: number;
  onSave: (fields: SectionFields) => Promise<void>;
  onDelete?: () => Promise<void>;
  onCancel?: () => void;
  extraActions?: React.ReactNode;
}

export function SectionForm({
  initial,
  isNew,
  descendantCount,
  onSave,
  onDelete,
  onCancel,
  extraActions,
}: SectionFormProps) {
  const [form] = Form.useForm<SectionFields>();

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onSave}>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="label" label="Số mục" style={{ width: 110 }} extra="I, 2, 2.1, a">
          <Input />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên phần, mục"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên mục.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} autoFocus={isNew} />
        </Form.Item>
      </div>
      <Space wrap>
        <Button type="primary" htmlType="submit">
          Lưu mục
        </Button>
        {onCancel && <Button onClick={onCancel}>Huỷ</Button>}
        {extraActions}
        {onDelete && (
          <ConfirmDelete
            title="Xoá mục này?"
            description={
              descendantCount > 0
                ? `Cả ${descendantCount} mục con và nhiệm vụ bên trong cũng bị xoá.`
                : 'Mục chưa có nội dung bên trong.'
            }
            onConfirm={onDelete}
          >
            <Button danger>Xoá mục</Button>
          </ConfirmDelete>
        )}
      </Space>
    </Form>
  );
}
