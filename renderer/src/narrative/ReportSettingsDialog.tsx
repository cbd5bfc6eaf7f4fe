/**
 * "Thiết lập báo cáo": the header and signature of the report (Decree 30/2020), the headings the figures tables go
 * under, and the indicators left out of them. Until saved, what shows is proposed from the office's letter
 * template.
 */
import { AutoComplete, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import type { NarrativeWorkspace, ReportSettings } from '../../../electron/api/contract';
import { api } from '../api';
import { DialogButtons } from '../components/DialogButtons';
import { useAction } from '../useAction';
import { headingLabel } from './narrativeFormat';

interface SettingsValues {
  issuerParent: string;
  issuer: string;
  numberSymbol: string;
  place: string;
  subject: string;
  recipients: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  figuresHeadings: number[];
  includedIndicators: string[];
}

interface ReportSettingsDialogProps {
  open: boolean;
  workspace: NarrativeWorkspace;
  onClose: () => void;
  onSaved: (settings: ReportSettings) => void;
}

const AUTHORITIES = ['TM. BAN CHỈ ĐẠO', 'KT. TRƯỞNG BAN', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'];

export function ReportSettingsDialog({ open, workspace, onClose, onSaved }: ReportSettingsDialogProps) {
  return (
    <Modal open={open} title="Thiết lập báo cáo" width={860} footer={null} destroyOnHidden onCancel={onClose}>
      {open && <SettingsForm workspace={workspace} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function SettingsForm({ workspace, onClose, onSaved }: Omit<ReportSettingsDialogProps, 'open'>) {
  const { run, pending } = useAction();
  const [form] = Form.useForm<SettingsValues>();
  const { settings, indicators, request } = workspace;
  const { header } = settings;
  const initial: SettingsValues = {
    ...header,
    recipients: header.recipients.join('\n'),
    figuresHeadings: settings.figuresHeadings,
    includedIndicators: indicators
      .map((indicator) => indicator.code)
      .filter((code) => !settings.excludedIndicators.includes(code)),
  };

  const save = (values: SettingsValues) =>
    run(
      () =>
        api.narrative.saveSettings({
          requestId: request.id,
          header: {
            issuerParent: values.issuerParent ?? '',
            issuer: values.issuer ?? '',
            numberSymbol: values.numberSymbol ?? '',
            place: values.place ?? '',
            subject: values.subject ?? '',
            recipients: (values.recipients ?? '')
              .split(/\r?\n/u)
              .map((line) => line.trim())
              .filter((line) => line.length > 0),
            signerAuthority: values.signerAuthority ?? '',
            signerTitle: values.signerTitle ?? '',
            signerName: values.signerName ?? '',
          },
          figuresHeadings: values.figuresHeadings ?? [],
          excludedIndicators: indicators
            .map((indicator) => indicator.code)
            .filter((code) => !(values.includedIndicators ?? []).includes(code)),
        }),
      { success: 'Đã lưu thiết lập báo cáo.', after: (saved) => (onSaved(saved), onClose()) },
    );

  return (
    <Form<SettingsValues> form={form} layout="vertical" initialValues={initial} onFinish={save} requiredMark={false}>
      {!settings.saved && (
        <Typography.Paragraph type="secondary">
          Các thông tin dưới đây được đề xuất từ mẫu công văn đôn đốc của văn phòng; hãy kiểm tra rồi bấm “Lưu”.
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="issuerParent" label="Cơ quan cấp trên">
            <Input placeholder="UBND TỈNH …" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="issuer"
            label="Cơ quan ban hành"
            rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cơ quan ban hành báo cáo.' }]}
          >
            <Input placeholder="BAN CHỈ ĐẠO 138" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="numberSymbol" label="Số, ký hiệu">
            <Input placeholder="      /BC-BCĐ138" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="place" label="Địa danh">
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="subject"
        label="Trích yếu"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập trích yếu của báo cáo.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="signerAuthority" label="Thẩm quyền ký (TM., KT.)">
            <AutoComplete options={AUTHORITIES.map((value) => ({ value }))} placeholder="Để trống nếu ký trực tiếp" />
          </Form.Item>
          <Form.Item
            name="signerTitle"
            label="Chức vụ người ký"
            rules={[{ required: true, whitespace: true, message: 'Hãy nhập chức vụ người ký.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="signerName" label="Họ tên người ký">
            <Input placeholder="Để trống nếu ghi tay" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="figuresHeadings" label="Đặt bảng số liệu dưới mục">
        <Select
          mode="multiple"
          placeholder="Không đặt bảng số liệu vào báo cáo"
          options={request.outline.map((heading, index) => ({ value: index, label: headingLabel(heading, index) }))}
        />
      </Form.Item>
      {indicators.length === 0 ? (
        <Form.Item label="Chỉ tiêu đưa vào bảng số liệu">
          <Typography.Text type="secondary">
            Yêu cầu này chưa lập biểu mẫu số liệu: báo cáo không có bảng số liệu.
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item name="includedIndicators" label="Chỉ tiêu đưa vào bảng số liệu (bỏ chọn để không đưa vào báo cáo)">
          <Checkbox.Group className="narrative-indicators">
            {indicators.map((indicator) => (
              <Checkbox key={indicator.code} value={indicator.code}>
                <span className="muted">{indicator.code}</span> {indicator.name}
                {indicator.computed && <span className="muted"> (tỷ lệ)</span>}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      )}
      <DialogButtons onCancel={onClose} saving={pending} />
    </Form>
  );
}
