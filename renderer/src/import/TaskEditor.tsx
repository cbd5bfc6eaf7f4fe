import { useState } from 'react';
import { Button, Checkbox, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import type { DraftNode } from '../../../core/import/draft';
import { agencySearch } from '../components/options';
import { refFromValue, refValue, type RefOption } from './agencyRefs';

interface TaskEditorProps {
  node: DraftNode | null;
  options: RefOption[];
  flags: string[];
  onClose: () => void;
  onSave: (change: Pick<DraftNode, 'label' | 'text' | 'lead' | 'coordinating' | 'allMembers'>) => void;
  /** Splits the text as it stands in the editor at the cursor. */
  onSplit: (at: number, text: string) => void;
}

interface Values {
  label: string;
  text: string;
  lead: string[];
  coordinating: string[];
  allMembers: boolean;
}

/** One proposed task, corrected in a side panel: its text, who leads, who coordinates; or split in two. */
export function TaskEditor({ node, options, flags, onClose, onSave, onSplit }: TaskEditorProps) {
  return (
    <Drawer open={node !== null} onClose={onClose} title="Sửa nhiệm vụ đề xuất" size={560} destroyOnHidden>
      {node && (
        <TaskEditorBody key={node.key} node={node} options={options} flags={flags} onSave={onSave} onSplit={onSplit} />
      )}
    </Drawer>
  );
}

function TaskEditorBody({
  node,
  options,
  flags,
  onSave,
  onSplit,
}: Omit<TaskEditorProps, 'node' | 'onClose'> & { node: DraftNode }) {
  const [form] = Form.useForm<Values>();
  const [cursor, setCursor] = useState<number | null>(null);
  const lead = Form.useWatch('lead', form) ?? node.lead.map(refValue);
  const select = (label: string, exclude: string[]) => (
    <Select
      mode="multiple"
      allowClear
      aria-label={label}
      placeholder="Chọn cơ quan"
      options={options.filter((option) => !exclude.includes(option.value))}
      showSearch={agencySearch}
    />
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        label: node.label,
        text: node.text,
        lead: node.lead.map(refValue),
        coordinating: node.coordinating.map(refValue),
        allMembers: node.allMembers,
      }}
      onFinish={(values) =>
        onSave({
          label: values.label.trim(),
          text: values.text,
          lead: values.lead.map(refFromValue),
          coordinating: values.coordinating.map(refFromValue),
          allMembers: values.allMembers,
        })
      }
    >
      {flags.length > 0 && (
        <Typography.Paragraph type="warning">
          {flags.map((flag) => (
            <div key={flag}>• {flag}</div>
          ))}
        </Typography.Paragraph>
      )}
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="label" label="Ký hiệu" style={{ width: 90 }}>
          <Input />
        </Form.Item>
        <Form.Item
          name="text"
          label="Nội dung nhiệm vụ"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập nội dung nhiệm vụ.' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            onSelect={(event) => setCursor((event.target as HTMLTextAreaElement).selectionStart)}
          />
        </Form.Item>
      </div>
      <Form.Item name="lead" label="Chủ trì">
        {select('Cơ quan chủ trì', [])}
      </Form.Item>
      <Form.Item name="coordinating" label="Phối hợp">
        {select('Cơ quan phối hợp', lead)}
      </Form.Item>
      <Form.Item name="allMembers" valuePropName="checked">
        <Checkbox>Các sở, ngành, địa phương cùng thực hiện</Checkbox>
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit">
          Cập nhật
        </Button>
        <Button
          disabled={cursor === null || cursor <= 0}
          onClick={() => cursor !== null && onSplit(cursor, form.getFieldValue('text') as string)}
          title="Đặt con trỏ vào chỗ cần tách trong nội dung, rồi bấm"
        >
          Tách tại con trỏ
        </Button>
      </Space>
    </Form>
  );
}
