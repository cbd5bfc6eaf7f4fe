import { Alert, Form, Input, InputNumber, Modal, Select, Spin, Typography } from 'antd';
import type { ReminderRules } from '../../../core/reminders';
import type { LetterTemplate } from '../../../electron/api/contract';
import { api } from '../api';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { DialogButtons } from '../components/DialogButtons';
import { wholeNumberRule } from '../components/numberRules';

/** The placeholders the letter template understands (electron/api/export/reminderLetter.ts fills them). */
const PLACEHOLDERS: Array<[string, string]> = [
  ['{bao_cao}', 'tên báo cáo được yêu cầu'],
  ['{han_nop}', 'hạn nộp (dd/mm/yyyy)'],
  ['{ky_so_lieu}', 'kỳ số liệu, dạng “ (số liệu từ ngày … đến ngày …)”, trống nếu không có'],
  ['{noi_nhan_bao_cao}', 'nơi nhận báo cáo'],
  ['{so_co_quan}', 'số cơ quan, đơn vị chưa gửi'],
  ['{danh_sach_co_quan}', 'tên các cơ quan, đơn vị chưa gửi, cách nhau bởi dấu phẩy'],
  ['{ngay_qua_han}', 'dạng “ (quá hạn 3 ngày)”, trống nếu chưa quá hạn'],
  ['{ngay_thang_nam}', 'ngày ký công văn (dd/mm/yyyy)'],
];

/** The server's limit (electron/api/contract/reports.ts); checked here so a typed 90 is refused, not turned into 60. */
const OVERDUE_EVERY_RULE = wholeNumberRule(1, 60, 'Số ngày phải từ 1 đến 60.');

const BEFORE_OPTIONS = [14, 7, 5, 3, 2, 1, 0].map((days) => ({
  value: String(days),
  label: days === 0 ? 'Đúng ngày đến hạn' : `${days} ngày trước hạn`,
}));

/** "Cài đặt nhắc việc": when to remind before a due date and how often once it has passed. */
export function ReminderRulesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Cài đặt nhắc việc" footer={null} onCancel={onClose} width={560} destroyOnHidden>
      <RulesBody onClose={onClose} />
    </Modal>
  );
}

interface RulesValues {
  beforeDays: string[];
  overdueEveryDays: number;
}

function RulesBody({ onClose }: { onClose: () => void }) {
  const { run, pending } = useAction();
  const rules = useLoad(['reminder-rules'], () => api.reminders.rules());
  if (rules.error) return <Typography.Text type="danger">{rules.error}</Typography.Text>;
  if (!rules.data) return <Spin style={{ width: '100%', margin: '40px 0' }} />;

  const submit = (values: RulesValues) =>
    run(
      () =>
        api.reminders.setRules({
          beforeDays: values.beforeDays.map(Number),
          overdueEveryDays: values.overdueEveryDays,
        }),
      {
        success: 'Đã lưu cài đặt nhắc việc.',
        after: (saved: ReminderRules) => {
          rules.setData(() => saved);
          onClose();
        },
        refresh: ['todo'],
      },
    );

  return (
    <Form<RulesValues>
      layout="vertical"
      initialValues={{
        beforeDays: rules.data.beforeDays.map(String),
        overdueEveryDays: rules.data.overdueEveryDays,
      }}
      onFinish={submit}
    >
      <Form.Item
        name="beforeDays"
        label="Nhắc trước hạn nộp"
        extra="Chọn hoặc gõ số ngày (0 là đúng ngày đến hạn). Chỉ nhắc những cơ quan chưa gửi báo cáo."
        rules={[
          { required: true, type: 'array', min: 1, message: 'Hãy chọn ít nhất một mốc nhắc.' },
          {
            validator: (_, value: string[] | undefined) =>
              (value ?? []).every((item) => /^\d+$/.test(item.trim()) && Number(item) <= 60)
                ? Promise.resolve()
                : Promise.reject(new Error('Mỗi mốc là một số ngày từ 0 đến 60.')),
          },
          { type: 'array', max: 10, message: 'Tối đa 10 mốc nhắc.' },
        ]}
      >
        <Select mode="tags" aria-label="Số ngày nhắc trước hạn" options={BEFORE_OPTIONS} tokenSeparators={[',', ' ']} />
      </Form.Item>
      <Form.Item
        name="overdueEveryDays"
        label="Khi quá hạn, nhắc lại mỗi K ngày"
        rules={[{ required: true, message: 'Hãy nhập số ngày.' }, OVERDUE_EVERY_RULE]}
      >
        <InputNumber suffix="ngày" style={{ width: 140 }} />
      </Form.Item>
      <DialogButtons saving={pending} onCancel={onClose} />
    </Form>
  );
}

/** "Mẫu công văn đôn đốc": the letter's fixed parts and its body with {placeholders}. */
export function LetterTemplateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Mẫu công văn đôn đốc" footer={null} onCancel={onClose} width={860} destroyOnHidden>
      <TemplateBody onClose={onClose} />
    </Modal>
  );
}

function TemplateBody({ onClose }: { onClose: () => void }) {
  const { run, pending } = useAction();
  const template = useLoad(['letter-template'], () => api.letters.template());
  if (template.error) return <Typography.Text type="danger">{template.error}</Typography.Text>;
  if (!template.data) return <Spin style={{ width: '100%', margin: '40px 0' }} />;

  const submit = (values: LetterTemplate) =>
    run(() => api.letters.setTemplate(values), {
      success: 'Đã lưu mẫu công văn đôn đốc.',
      after: (saved) => {
        template.setData(() => saved);
        onClose();
      },
    });

  const required = (what: string) => [{ required: true, whitespace: true, message: `Hãy nhập ${what}.` }];

  return (
    <Form<LetterTemplate> layout="vertical" initialValues={template.data} onFinish={submit}>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          name="issuerParent"
          label="Cơ quan chủ quản"
          style={{ flex: 1 }}
          rules={required('cơ quan chủ quản')}
        >
          <Input placeholder="CÔNG AN TỈNH" />
        </Form.Item>
        <Form.Item name="issuer" label="Cơ quan ban hành" style={{ flex: 1 }} rules={required('cơ quan ban hành')}>
          <Input placeholder="PHÒNG THAM MƯU" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="numberSymbol" label="Số, ký hiệu" style={{ flex: 1 }}>
          <Input placeholder="Số:      /CAT-PV01" />
        </Form.Item>
        <Form.Item name="place" label="Địa danh" style={{ flex: 1 }} rules={required('địa danh')}>
          <Input />
        </Form.Item>
      </div>
      <Form.Item name="subject" label="Trích yếu (V/v)" rules={required('trích yếu')}>
        <Input />
      </Form.Item>
      <Form.Item name="body" label="Nội dung" rules={required('nội dung')} extra="Mỗi dòng là một đoạn văn.">
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 12 }} />
      </Form.Item>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title="Các chỗ điền tự động (gõ nguyên cả dấu ngoặc nhọn):"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18, columns: 2, columnGap: 24 }}>
            {PLACEHOLDERS.map(([key, label]) => (
              <li key={key}>
                <Typography.Text code>{key}</Typography.Text> {label}
              </li>
            ))}
          </ul>
        }
      />
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="signerTitle" label="Chức vụ người ký" style={{ flex: 1 }}>
          <Input placeholder="TRƯỞNG PHÒNG" />
        </Form.Item>
        <Form.Item name="signerName" label="Người ký" style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="archive" label="Lưu" style={{ flex: 1 }}>
          <Input placeholder="Lưu: VT, PV01." />
        </Form.Item>
      </div>
      <DialogButtons saving={pending} onCancel={onClose} />
    </Form>
  );
}
