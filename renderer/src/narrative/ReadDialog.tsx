/**
 * Reading one source's report: from a file of the register ("Đọc báo cáo", several files: the officer chooses),
 * a file chosen now ("Chọn tệp…") or text pasted ("Dán nội dung"). The preview comes first — how the report was
 * cut and matched —, and only "Lưu" keeps it.
 */
import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Select, Space, Spin, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { LIMITS, megabytes } from '../../../core/limits';
import type { ChannelInput, NarrativeSource, NarrativeWorkspace } from '../../../electron/api/contract';
import { api } from '../api';
import { fileToBase64, formatSize } from '../reports/reportFormat';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { SplitPreview } from './SplitPreview';

export type ReadMode = 'file' | 'upload' | 'pasted';
type From = ChannelInput<'narrative.read'>['from'];

interface ReadDialogProps {
  requestId: number;
  source: NarrativeSource | null;
  mode: ReadMode;
  onClose: () => void;
  onRead: (workspace: NarrativeWorkspace) => void;
}

export function ReadDialog(props: ReadDialogProps) {
  const { source } = props;
  return (
    <Modal
      open={source !== null}
      title={source ? `Đọc báo cáo — ${source.agency}` : ''}
      width={940}
      footer={null}
      destroyOnHidden
      onCancel={props.onClose}
    >
      {source && <ReadBody {...props} source={source} />}
    </Modal>
  );
}

interface Chosen {
  uid: number;
  fileName: string;
  size: number;
  base64: string;
}

function ReadBody({ requestId, source, mode, onClose, onRead }: ReadDialogProps & { source: NarrativeSource }) {
  const { message } = App.useApp();
  const { run, pending } = useAction();
  const [fileId, setFileId] = useState<number | null>(source.files[0]?.fileId ?? null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [pasted, setPasted] = useState('');
  const [submitted, setSubmitted] = useState<{ text: string; version: number } | null>(null);

  const from: From | null =
    mode === 'file'
      ? fileId === null
        ? null
        : { kind: 'file', fileId }
      : mode === 'upload'
        ? chosen && { kind: 'upload', fileName: chosen.fileName, base64: chosen.base64 }
        : submitted && { kind: 'pasted', text: submitted.text };
  const which = mode === 'file' ? fileId : mode === 'upload' ? chosen?.uid : submitted?.version;
  const input = from && { requestId, agencyId: source.agencyId, from };
  const preview = useLoad(
    ['narrative-preview', requestId, source.agencyId, mode, which],
    () => api.narrative.preview(input!),
    { enabled: input !== null },
  );

  const choose = async (file: File) => {
    if (!/\.(docx|txt)$/iu.test(file.name)) {
      message.error(`Tệp “${file.name}” không phải tệp Word (.docx) hay văn bản (.txt).`);
      return;
    }
    if (file.size > LIMITS.planFileBytes) {
      message.error(
        `Tệp “${file.name}” quá lớn (${formatSize(file.size)}); tối đa ${megabytes(LIMITS.planFileBytes)}.`,
      );
      return;
    }
    try {
      const base64 = await fileToBase64(file);
      setChosen({ uid: Date.now(), fileName: file.name, size: file.size, base64 });
    } catch {
      message.error(`Không đọc được tệp “${file.name}”. Hãy kiểm tra tệp rồi chọn lại.`);
    }
  };

  const save = () =>
    input &&
    run(() => api.narrative.read(input), {
      success: (workspace) => {
        const read = workspace.draft.sources.find((item) => item.agencyId === source.agencyId);
        return read
          ? `Đã đọc báo cáo của ${source.agency}: ${read.placed}/${read.sections} phần đã xếp vào đề cương.`
          : `Đã đọc báo cáo của ${source.agency}.`;
      },
      after: onRead,
    });

  return (
    <div className="narrative-read">
      {source.reading && (
        <Alert
          type="info"
          showIcon
          title="Đọc lại sẽ thay nội dung đã đọc trước của cơ quan này. Những phần anh/chị đã chuyển mục bằng tay vẫn giữ nguyên chỗ đã xếp."
        />
      )}
      {mode === 'file' && source.files.length > 1 && (
        <label className="narrative-read-field">
          <span>Tệp trong sổ theo dõi</span>
          <Select<number>
            value={fileId}
            onChange={setFileId}
            aria-label="Tệp trong sổ theo dõi"
            options={source.files.map((file) => ({
              value: file.fileId,
              label: `${file.fileName} — nhận ngày ${formatDisplayDate(file.receivedOn)}${file.version > 1 ? ` (lần ${file.version})` : ''}`,
            }))}
          />
        </label>
      )}
      {mode === 'upload' && (
        <Upload.Dragger
          accept=".docx,.txt"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void choose(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {chosen
              ? `${chosen.fileName} (${formatSize(chosen.size)}) — bấm để chọn tệp khác`
              : 'Kéo tệp báo cáo (.docx, .txt) vào đây, hoặc bấm để chọn'}
          </p>
          <p className="ant-upload-hint">Tệp chỉ được đọc để lấy nội dung; tệp không được lưu vào sổ theo dõi.</p>
        </Upload.Dragger>
      )}
      {mode === 'pasted' && (
        <Space orientation="vertical" className="narrative-read-paste">
          <Input.TextArea
            aria-label="Nội dung báo cáo"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            autoSize={{ minRows: 6, maxRows: 14 }}
            placeholder="Dán toàn văn báo cáo của cơ quan; mỗi đoạn một dòng, đề mục đánh số như “1.”, “I.”, “a)”…"
          />
          <Button
            disabled={pasted.trim().length === 0}
            onClick={() => setSubmitted((current) => ({ text: pasted, version: (current?.version ?? 0) + 1 }))}
          >
            Xem trước
          </Button>
        </Space>
      )}
      {preview.error && <Alert type="error" showIcon title={preview.error} />}
      {preview.loading && !preview.data && <Spin className="narrative-read-spin" />}
      {input && preview.data && !preview.error && <SplitPreview split={preview.data} />}
      <div className="narrative-read-buttons">
        <Space>
          <Button onClick={onClose}>Huỷ</Button>
          <Button
            type="primary"
            loading={pending}
            disabled={!input || !preview.data || preview.loading || preview.error !== null}
            onClick={() => void save()}
          >
            Lưu
          </Button>
        </Space>
      </div>
    </div>
  );
}
