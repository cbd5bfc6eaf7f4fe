import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Spin, Typography, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { SUBMISSION_STATUS_LABELS } from '../../../core/reports';
import { compareVietnamese } from '../../../core/vietnamese';
import { agencySearchKey } from '../../../core/agencySearch';
import { api, errorMessage } from '../api';
import { invalidate, useLoad } from '../useLoad';
import { DateFormItem } from '../components/DateField';
import { DialogButtons } from '../components/DialogButtons';
import { agencySearch } from '../components/options';
import { formatSize, reportKeys, todayIso } from './reportFormat';
import { useChosenFiles } from '../useChosenFiles';

/** The server refuses more than this per file. */

interface RecordSubmissionProps {
  /** The request to record against; null keeps the dialog closed. */
  requestId: number | null;
  /** The agency to preselect (the row the officer clicked). */
  agencyId?: number | null;
  onClose: () => void;
}

/** "Ghi nhận đã nộp": one agency's report arrived (its date, its document, its files). */
export function RecordSubmission(props: RecordSubmissionProps) {
  return (
    <Modal
      open={props.requestId !== null}
      title="Ghi nhận báo cáo đã nộp"
      footer={null}
      onCancel={props.onClose}
      width={640}
      destroyOnHidden
    >
      {props.requestId !== null && <RecordSubmissionBody {...props} requestId={props.requestId} />}
    </Modal>
  );
}

interface FormValues {
  agencyId: number;
  receivedOn: string;
  documentNumber?: string;
  documentDate?: string | null;
  note?: string;
}

function RecordSubmissionBody({ requestId, agencyId, onClose }: RecordSubmissionProps & { requestId: number }) {
  const { message } = App.useApp();
  const detail = useLoad(['request', requestId], () => api.requests.get({ id: requestId }));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const [form] = Form.useForm<FormValues>();
  const chosen = useChosenFiles();
  const { files, reading } = chosen;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => {
    if (!detail.data || !agencies.data) return [];
    const byId = new Map(agencies.data.map((agency) => [agency.id, agency]));
    const option = (id: number, suffix: string) => {
      const agency = byId.get(id);
      const name = agency?.name ?? `Cơ quan #${id}`;
      return {
        value: id,
        label: suffix ? `${name} — ${suffix}` : name,
        search: agencySearchKey(agency ?? { name, shortName: null, aliases: [] }),
      };
    };
    const sorted = [...detail.data.statuses].sort((a, b) =>
      compareVietnamese(byId.get(a.agencyId)?.name ?? '', byId.get(b.agencyId)?.name ?? ''),
    );
    const missing = sorted.filter((status) => status.status === 'missing');
    const received = sorted.filter((status) => status.status !== 'missing' && status.status !== 'exempt');
    const exempt = sorted.filter((status) => status.status === 'exempt');
    return [
      { label: 'Chưa nộp', options: missing.map((status) => option(status.agencyId, '')) },
      {
        label: 'Đã nộp — ghi nhận bản bổ sung',
        options: received.map((status) =>
          option(
            status.agencyId,
            `${SUBMISSION_STATUS_LABELS[status.status].toLowerCase()} ${formatDisplayDate(status.receivedOn)}`,
          ),
        ),
      },
      { label: 'Được miễn', options: exempt.map((status) => option(status.agencyId, 'được miễn')) },
    ].filter((group) => group.options.length > 0);
  }, [detail.data, agencies.data]);

  if (detail.error) return <Typography.Text type="danger">{detail.error}</Typography.Text>;
  if (!detail.data || !agencies.data) return <Spin style={{ width: '100%', margin: '40px 0' }} />;
  const { request, statuses } = detail.data;
  const missing = statuses.filter((status) => status.status === 'missing');
  const preselected = agencyId ?? (missing.length === 1 ? missing[0]!.agencyId : undefined);

  const addFile = (file: File) => chosen.add(file);

  const submit = async (values: FormValues) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.submissions.record({
        requestId,
        agencyId: values.agencyId,
        receivedOn: values.receivedOn,
        documentNumber: values.documentNumber?.trim() || null,
        documentDate: values.documentDate ?? null,
        note: values.note?.trim() || null,
        files: files.map((file) => ({ fileName: file.fileName, base64: file.base64 })),
      });
      const name = agencies.data?.find((agency) => agency.id === saved.agencyId)?.name ?? '';
      message.success(
        saved.version > 1
          ? `Đã ghi nhận bản bổ sung (lần ${saved.version}) của ${name}.`
          : `Đã ghi nhận báo cáo của ${name}.`,
      );
      await invalidate(...reportKeys());
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  const uploadList: UploadFile[] = files.map((file) => ({
    uid: file.uid,
    name: `${file.fileName} (${formatSize(file.size)})`,
    status: 'done',
    size: file.size,
  }));

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ agencyId: preselected, receivedOn: todayIso() }}
      onFinish={submit}
      onValuesChange={() => setError(null)}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {request.title} — hạn nộp {formatDisplayDate(request.dueOn)}
      </Typography.Paragraph>
      <Form.Item
        name="agencyId"
        label="Cơ quan gửi báo cáo"
        rules={[{ required: true, message: 'Hãy chọn cơ quan gửi báo cáo.' }]}
      >
        <Select placeholder="Chọn cơ quan" options={options} showSearch={agencySearch} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <DateFormItem name="receivedOn" label="Ngày nhận" required style={{ flex: 1 }} />
        <Form.Item name="documentNumber" label="Số văn bản của cơ quan" style={{ flex: 1 }}>
          <Input placeholder="Ví dụ: 125/BC-STP" />
        </Form.Item>
        <DateFormItem name="documentDate" label="Ngày văn bản" style={{ flex: 1 }} />
      </div>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        label="Tệp báo cáo nhận được"
        extra="Có thể chọn nhiều tệp; mỗi tệp tối đa 50 MB. Tệp được lưu nguyên vẹn."
      >
        <Upload
          multiple
          fileList={uploadList}
          beforeUpload={(file) => {
            void addFile(file);
            return false;
          }}
          onRemove={(file) => {
            chosen.remove(file.uid);
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={reading}>
            Chọn tệp
          </Button>
        </Upload>
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <DialogButtons saving={saving || reading} onCancel={onClose} />
    </Form>
  );
}
