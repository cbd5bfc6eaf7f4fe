/**
 * One source's figures in a request: where they stand (entered, accepted and locked, returned with a reason), the
 * entry grid, and the checks' violations with the comment a warning needs before the figures can be accepted.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CheckOutlined,
  CloseOutlined,
  LockOutlined,
  RollbackOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { formatDisplayDate } from '../../../core/dates';
import { FIGURE_SOURCE_STATUS_LABELS } from '../../../core/figures/form';
import type {
  FigureForm,
  FigureSourceSummary,
  SourceFigures,
  SourceViolation,
} from '../../../electron/api/contract/figures';
import { api, errorMessage } from '../api';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { FigureGrid, type FigureCellInput, type FigureGridHandle, type SaveOutcome } from './FigureGrid';
import { enteredIndicators, SOURCE_STATUS_COLORS, sourceKey } from './figureFormat';
import { cellId, gridRows, violationMarks } from './gridKeys';

interface SourceEntryProps {
  form: FigureForm;
  summary: FigureSourceSummary;
  /** The source's line in the table above changed (values, checks, status). */
  onSourceChanged: (summary: FigureSourceSummary) => void;
  onImport: () => void;
  onClose: () => void;
}

export function SourceEntry({ form, summary, onSourceChanged, onImport, onClose }: SourceEntryProps) {
  const { requestId } = form;
  const { agencyId } = summary;
  const { run } = useAction();
  const [accepting, setAccepting] = useState(false);
  const source = useLoad(sourceKey(requestId, agencyId), () => api.figures.source({ requestId, agencyId }));
  const gridRef = useRef<FigureGridHandle>(null);
  const [drafts, setDrafts] = useState(0);
  const [returning, setReturning] = useState(false);
  /** Saves go out one after another; a late answer to an earlier one must not undo a later one. */
  const order = useRef({ sent: 0, shown: 0 });

  const rows = useMemo(() => gridRows(enteredIndicators(form.indicators)), [form.indicators]);
  const values = useMemo(
    () => new Map((source.data?.values ?? []).map((value) => [cellId(value.column, value.key), value.value])),
    [source.data],
  );
  const marks = useMemo(() => violationMarks(source.data?.violations ?? []), [source.data]);
  const rates = form.indicators.length - enteredIndicators(form.indicators).length;

  const show = (figures: SourceFigures, sequence?: number) => {
    if (sequence !== undefined) {
      if (sequence < order.current.shown) return;
      order.current.shown = sequence;
    }
    source.setData(() => figures);
    onSourceChanged(figures.source);
  };

  const save = async (cells: FigureCellInput[]): Promise<SaveOutcome> => {
    const sequence = ++order.current.sent;
    let failure = '';
    const ok = await run(
      async () => {
        try {
          return await api.figures.setValues({ requestId, agencyId, cells });
        } catch (error) {
          failure = errorMessage(error);
          throw error;
        }
      },
      { after: (figures) => show(figures, sequence) },
    );
    return ok ? { ok: true } : { ok: false, message: failure };
  };

  const comment = (violation: SourceViolation, text: string | null) =>
    run(
      () =>
        api.figures.comment({
          requestId,
          agencyId,
          rule: violation.rule,
          column: violation.column,
          comment: text,
        }),
      // No toast: the field says it is saved, and a toast would sit over the next field's button.
      { after: (figures) => show(figures) },
    );

  const accept = async () => {
    setAccepting(true);
    await run(() => api.figures.accept({ requestId, agencyId }), {
      success: `Đã xác nhận số liệu của ${summary.agency}; số liệu đã khoá.`,
      after: (figures) => show(figures),
      refresh: ['figures'],
    });
    setAccepting(false);
  };

  const giveBack = (reason: string) =>
    run(() => api.figures.return({ requestId, agencyId, reason }), {
      success: `Đã trả lại số liệu của ${summary.agency} để sửa.`,
      after: (figures) => {
        show(figures);
        setReturning(false);
      },
      refresh: ['figures'],
      rethrow: true,
    });

  // Opened with "Nhập số liệu": typing goes straight into the first cell.
  const loaded = source.data !== undefined;
  useEffect(() => {
    if (loaded) gridRef.current?.focus();
  }, [loaded]);

  const onDraftsChange = useCallback((count: number) => setDrafts(count), []);

  const current = source.data?.source ?? summary;
  const locked = current.status === 'accepted';
  const blocker =
    current.errors > 0
      ? `Còn ${current.errors} lỗi: hãy sửa số liệu trước khi xác nhận.`
      : current.uncommented > 0
        ? `Còn ${current.uncommented} cảnh báo chưa có giải trình: hãy ghi giải trình ở danh sách bên dưới.`
        : drafts > 0
          ? 'Còn ô đã gõ mà chưa lưu.'
          : current.values === 0
            ? 'Chưa có số liệu nào để xác nhận.'
            : null;

  return (
    <section className="figures-section figures-entry" aria-label={`Số liệu của ${summary.agency}`}>
      <div className="figures-section-head">
        <div className="figures-entry-title">
          <h2>Số liệu của {summary.agency}</h2>
          {locked ? (
            <Tag color="green" icon={<LockOutlined />}>
              Đã xác nhận — đã khoá
            </Tag>
          ) : (
            <Tag color={SOURCE_STATUS_COLORS[current.status]}>{FIGURE_SOURCE_STATUS_LABELS[current.status]}</Tag>
          )}
          {current.receivedOn && <span className="muted">Nhận ngày {formatDisplayDate(current.receivedOn)}</span>}
        </div>
        <Space wrap>
          {locked ? (
            <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
              Trả lại để sửa
            </Button>
          ) : (
            <>
              <Button icon={<UploadOutlined />} onClick={onImport}>
                Nhập tệp Excel của cơ quan này
              </Button>
              <Tooltip title={blocker ?? ''}>
                <Button
                  type="primary"
                  icon={<CheckCircleOutlined />}
                  disabled={blocker !== null}
                  loading={accepting}
                  onClick={accept}
                >
                  Xác nhận số liệu
                </Button>
              </Tooltip>
            </>
          )}
          <Button type="text" icon={<CloseOutlined />} aria-label="Đóng bảng số liệu" onClick={onClose} />
        </Space>
      </div>
      {current.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          className="figures-returned"
          title={`Đã trả lại để sửa${current.statusOn ? ` ngày ${formatDisplayDate(current.statusOn)}` : ''}`}
          description={current.statusNote ? `Lý do: ${current.statusNote}` : undefined}
        />
      )}
      {source.error && !source.data && <Typography.Text type="danger">{source.error}</Typography.Text>}
      {!source.data ? (
        !source.error && <Spin style={{ margin: '40px 0', width: '100%' }} />
      ) : (
        <>
          <FigureGrid
            ref={gridRef}
            rows={rows}
            columns={form.columns}
            values={values}
            marks={marks}
            readOnly={locked}
            label={`Số liệu của ${summary.agency}`}
            onSave={save}
            onDraftsChange={onDraftsChange}
          />
          {rates > 0 && (
            <div className="muted figures-note">
              {rates} tỷ lệ của biểu mẫu được tính tự động từ các chỉ tiêu trên, ở thẻ “Tổng hợp số liệu”.
            </div>
          )}
          <ViolationList
            violations={source.data.violations}
            locked={locked}
            onShow={(violation) => {
              const key = violation.keys[0];
              if (key) gridRef.current?.focusCell(key, violation.column);
            }}
            onComment={comment}
          />
        </>
      )}
      <ReturnDialog open={returning} agency={summary.agency} onCancel={() => setReturning(false)} onSubmit={giveBack} />
    </section>
  );
}

interface ViolationListProps {
  violations: SourceViolation[];
  locked: boolean;
  onShow: (violation: SourceViolation) => void;
  onComment: (violation: SourceViolation, comment: string | null) => Promise<boolean>;
}

/** What the checks say, errors first; a warning takes its comment ("Giải trình") here. */
function ViolationList({ violations, locked, onShow, onComment }: ViolationListProps) {
  const sorted = [...violations].sort(
    (a, b) => Number(a.importance === 'warning') - Number(b.importance === 'warning'),
  );
  const errors = violations.filter((violation) => violation.importance === 'error').length;
  const warnings = violations.length - errors;
  return (
    <section className="figures-violations" aria-label="Kết quả kiểm tra số liệu">
      <h3>
        Kiểm tra số liệu:{' '}
        {violations.length === 0 ? (
          <Typography.Text type="success">không có lỗi hay cảnh báo nào.</Typography.Text>
        ) : (
          <>
            {errors > 0 && <Typography.Text type="danger">{errors} lỗi</Typography.Text>}
            {errors > 0 && warnings > 0 && ', '}
            {warnings > 0 && <Typography.Text type="warning">{warnings} cảnh báo</Typography.Text>}
          </>
        )}
      </h3>
      {violations.length > 0 && (
        <Table<SourceViolation>
          rowKey={(violation) => `${violation.rule}|${violation.column}`}
          size="small"
          pagination={false}
          dataSource={sorted}
          data-testid="figure-violations"
          columns={[
            {
              title: 'Mức',
              dataIndex: 'importance',
              width: 96,
              render: (_, violation) =>
                violation.importance === 'error' ? <Tag color="red">Lỗi</Tag> : <Tag color="orange">Cảnh báo</Tag>,
            },
            { title: 'Cột', dataIndex: 'columnLabel', width: 150 },
            {
              title: 'Nội dung',
              dataIndex: 'message',
              render: (_, violation) => (
                <Typography.Link onClick={() => onShow(violation)} title="Đến ô có số liệu này">
                  {violation.message}
                </Typography.Link>
              ),
            },
            {
              title: 'Giải trình',
              key: 'comment',
              width: 380,
              render: (_, violation) =>
                violation.importance === 'warning' ? (
                  <CommentField violation={violation} disabled={locked} onSave={onComment} />
                ) : (
                  <span className="muted">Lỗi phải được sửa, không giải trình được.</span>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

function CommentField({
  violation,
  disabled,
  onSave,
}: {
  violation: SourceViolation;
  disabled: boolean;
  onSave: (violation: SourceViolation, comment: string | null) => Promise<boolean>;
}) {
  const [text, setText] = useState(violation.comment ?? '');
  /** The text on its way, so the blur and the button's click do not save it twice. */
  const sending = useRef<string | null>(null);
  const dirty = text.trim() !== (violation.comment ?? '').trim();

  const save = async () => {
    const trimmed = text.trim();
    if (!dirty || sending.current === trimmed) return;
    sending.current = trimmed;
    await onSave(violation, trimmed || null);
    sending.current = null;
  };

  return (
    <div className="figures-comment">
      <Input.TextArea
        value={text}
        disabled={disabled}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        placeholder="Vì sao số liệu như vậy (cần có trước khi xác nhận)"
        aria-label={`Giải trình: ${violation.message}`}
        status={!violation.comment && !dirty ? 'warning' : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void save()}
      />
      <div className="figures-comment-side">
        <Button size="small" disabled={disabled || !dirty} onClick={() => void save()}>
          Lưu giải trình
        </Button>
        {!dirty && violation.comment && (
          <span className="figures-comment-saved">
            <CheckOutlined /> Đã lưu
          </span>
        )}
      </div>
    </div>
  );
}

function ReturnDialog({
  open,
  agency,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  agency: string;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<boolean>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open={open}
      title="Trả lại số liệu để sửa"
      okText="Trả lại"
      cancelText="Huỷ"
      confirmLoading={saving}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason }) => {
          setSaving(true);
          try {
            await onSubmit(reason.trim());
          } catch {
            // The toast told what went wrong; the dialog stays open with the reason typed.
          } finally {
            setSaving(false);
          }
        }}
      >
        <Typography.Paragraph type="secondary">
          Số liệu của {agency} sẽ được mở khoá để sửa. Lý do được ghi lại để báo cho cơ quan.
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label="Lý do trả lại"
          rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do trả lại.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
