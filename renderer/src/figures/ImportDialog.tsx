/**
 * "Nhập số liệu từ Excel": the templates agencies filled in come back. "Kiểm tra" runs the dry run (what each file
 * would add, change, clear; why a file or a cell is refused); "Nhập số liệu" writes the files that read.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Space, Table, Typography, Upload } from 'antd';
import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import type { FiguresImport, FiguresImportFile } from '../../../electron/api/contract/figures';
import { api } from '../api';
import { formatSize } from '../reports/reportFormat';
import { useAction } from '../useAction';
import { useChosenFiles, type ChosenFile } from '../useChosenFiles';

interface ImportDialogProps {
  open: boolean;
  requestId: number;
  /** Opened from one source: a file made for another source needs the officer's word. */
  agencyId: number | null;
  agencyName: string | null;
  onClose: () => void;
}

export function ImportDialog(props: ImportDialogProps) {
  return (
    <Modal
      open={props.open}
      title={props.agencyName ? `Nhập số liệu từ Excel — ${props.agencyName}` : 'Nhập số liệu từ Excel'}
      width={980}
      footer={null}
      destroyOnHidden
      onCancel={props.onClose}
    >
      {props.open && <ImportBody {...props} />}
    </Modal>
  );
}

function ImportBody({ requestId, agencyId, agencyName, onClose }: ImportDialogProps) {
  const { run } = useAction();
  const chosen = useChosenFiles();
  const { files, reading } = chosen;
  const [acceptOtherSource, setAcceptOtherSource] = useState(false);
  const [preview, setPreview] = useState<FiguresImport | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const input = (files: ChosenFile[], acceptOther: boolean) => ({
    requestId,
    agencyId,
    acceptOtherSource: acceptOther,
    files: files.map((file) => ({ fileName: file.fileName, base64: file.base64 })),
  });

  const addFile = async (file: File) => {
    if (await chosen.add(file)) setPreview(null);
  };

  const check = async (acceptOther = acceptOtherSource) => {
    setBusy('check');
    await run(() => api.figures.previewImport(input(files, acceptOther)), { after: setPreview });
    setBusy(null);
  };

  const confirmOther = (checked: boolean) => {
    setAcceptOtherSource(checked);
    void check(checked);
  };

  const importFiles = async () => {
    setBusy('import');
    const done = await run(() => api.figures.import(input(files, acceptOtherSource)), {
      success: (result) => {
        const imported = result.files.filter((file) => file.importable).length;
        const refused = result.files.length - imported;
        return `Đã nhập số liệu từ ${imported} tệp${refused > 0 ? `; ${refused} tệp không nhập được` : ''}.`;
      },
      after: setPreview,
      refresh: ['figures'],
    });
    setBusy(null);
    if (done) onClose();
  };

  const importable = preview?.files.some((file) => file.importable) ?? false;

  return (
    <div className="figures-import">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        Chọn các tệp mẫu biểu Plan Desk mà cơ quan đã điền{agencyName ? ` (của ${agencyName})` : ''}. Bấm “Kiểm tra” để
        xem trước từng tệp sẽ thay đổi những gì; chưa có gì được ghi cho tới khi bấm “Nhập số liệu”.
      </Typography.Paragraph>
      <Upload.Dragger
        multiple
        accept=".xlsx"
        fileList={files.map((file) => ({
          uid: file.uid,
          name: `${file.fileName} (${formatSize(file.size)})`,
          status: 'done' as const,
          size: file.size,
        }))}
        beforeUpload={(file) => {
          void addFile(file);
          return false;
        }}
        onRemove={(file) => {
          chosen.remove(file.uid);
          setPreview(null);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">Kéo tệp Excel (.xlsx) vào đây, hoặc bấm để chọn</p>
        <p className="ant-upload-hint">Có thể chọn nhiều tệp cùng lúc, mỗi tệp là mẫu biểu của một cơ quan.</p>
      </Upload.Dragger>

      {preview && (
        <ImportPreview
          preview={preview}
          acceptOtherSource={acceptOtherSource}
          agencyName={agencyName}
          onConfirmOther={confirmOther}
        />
      )}
      {preview && !importable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title="Không tệp nào nhập được. Hãy xem lý do ở từng tệp, sửa tệp rồi chọn lại."
        />
      )}

      <div className="figures-import-buttons">
        <Space>
          <Button onClick={onClose}>Huỷ</Button>
          <Button
            loading={busy === 'check' || reading}
            disabled={files.length === 0 || busy === 'import'}
            onClick={() => void check()}
          >
            Kiểm tra
          </Button>
          <Button
            type="primary"
            loading={busy === 'import'}
            disabled={!importable || busy === 'check' || reading}
            onClick={() => void importFiles()}
          >
            Nhập số liệu
          </Button>
        </Space>
      </div>
    </div>
  );
}

function ImportPreview({
  preview,
  acceptOtherSource,
  agencyName,
  onConfirmOther,
}: {
  preview: FiguresImport;
  acceptOtherSource: boolean;
  agencyName: string | null;
  onConfirmOther: (checked: boolean) => void;
}) {
  return (
    <Table<FiguresImportFile>
      className="figures-import-preview"
      rowKey={(file, index) => `${file.fileName}-${index}`}
      size="small"
      pagination={false}
      dataSource={preview.files}
      data-testid="figure-import-preview"
      columns={[
        {
          title: 'Tệp',
          dataIndex: 'fileName',
          width: 230,
          render: (name: string) => (
            <span className="figures-import-file">
              <FileExcelOutlined /> {name}
            </span>
          ),
        },
        { title: 'Cơ quan', dataIndex: 'agency', width: 200, render: (agency: string | null) => agency ?? '—' },
        {
          title: 'Kết quả kiểm tra',
          key: 'result',
          render: (_, file) => (
            <FileResult
              file={file}
              applied={preview.applied}
              acceptOtherSource={acceptOtherSource}
              agencyName={agencyName}
              onConfirmOther={onConfirmOther}
            />
          ),
        },
        {
          title: 'Lỗi / cảnh báo',
          key: 'checks',
          width: 120,
          render: (_, file) =>
            file.refusal ? (
              ''
            ) : (
              <>
                {file.errors > 0 ? <Typography.Text type="danger">{file.errors} lỗi</Typography.Text> : '0 lỗi'}
                {' / '}
                {file.warnings > 0 ? (
                  <Typography.Text type="warning">{file.warnings} cảnh báo</Typography.Text>
                ) : (
                  '0 cảnh báo'
                )}
              </>
            ),
        },
      ]}
    />
  );
}

function FileResult({
  file,
  applied,
  acceptOtherSource,
  agencyName,
  onConfirmOther,
}: {
  file: FiguresImportFile;
  applied: boolean;
  acceptOtherSource: boolean;
  agencyName: string | null;
  onConfirmOther: (checked: boolean) => void;
}) {
  const unchanged = file.added + file.changed + file.cleared === 0;
  return (
    <div className="figures-import-result">
      {file.refusal && <Typography.Text type="danger">{file.refusal}</Typography.Text>}
      {file.problems.length > 0 && (
        <ul className="figures-import-problems">
          {file.problems.map((problem) => (
            <li key={`${problem.cell}-${problem.message}`}>
              <Typography.Text type="danger">
                Ô {problem.cell}: {problem.message}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {!file.refusal && file.problems.length === 0 && (
        <div>
          {unchanged ? (
            'Không có thay đổi'
          ) : (
            <span className="figures-number">
              {file.added} mới / {file.changed} thay đổi /{' '}
              {file.cleared > 0 ? (
                <Typography.Text type="warning">{file.cleared} xoá</Typography.Text>
              ) : (
                `${file.cleared} xoá`
              )}{' '}
              / {file.unchanged} không đổi
            </span>
          )}
          {file.importable && applied && <Typography.Text type="success"> — đã nhập</Typography.Text>}
        </div>
      )}
      {file.otherSource && (
        <div className="figures-import-confirm">
          <Checkbox checked={acceptOtherSource} onChange={(event) => onConfirmOther(event.target.checked)}>
            Đúng là số liệu của cơ quan đang chọn
          </Checkbox>
        </div>
      )}
      {file.otherSource && agencyName && (
        <div className="muted">
          Tệp này được lập cho cơ quan khác; nếu đánh dấu, số liệu trong tệp được ghi cho {agencyName}.
        </div>
      )}
    </div>
  );
}
