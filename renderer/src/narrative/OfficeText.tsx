/**
 * The left column of a heading: the office's own text, with **B**, *I* and "• Gạch đầu dòng" putting in the
 * markup, saved as it is typed ("Đang lưu…", "Đã lưu lúc 14:05"); while it is empty, the merged draft that stands
 * in it, with "Dùng bản tổng hợp" to start from it.
 */
import { useRef } from 'react';
import { Alert, Button, Input, Space, Tooltip, Typography, type GetRef } from 'antd';
import { BoldOutlined, CheckCircleOutlined, ItalicOutlined, LoadingOutlined } from '@ant-design/icons';
import type { RichBlock } from '../../../core/narrative/richText';
import { timeText } from './narrativeFormat';
import { RichPreview } from './RichPreview';
import { toggleBullets, wrapSelection, type Edited } from './textMarkup';
import type { OfficeText as Text, SaveState } from './useAutosave';

interface OfficeTextProps {
  label: string;
  value: Text;
  state: SaveState;
  draft: RichBlock[];
  /** The agencies the text took paragraphs from, in the order first taken. */
  takenFrom: string[];
  headingChanged: boolean;
  onChange: (next: Text) => void;
  onFlush: () => void;
  onUseDraft: () => void;
}

export function OfficeText(props: OfficeTextProps) {
  const { label, value, state, draft, takenFrom, headingChanged, onChange, onFlush, onUseDraft } = props;
  const ref = useRef<GetRef<typeof Input.TextArea>>(null);

  /** A toolbar button: edits the text around the selection, then gives the selection back. */
  const edit = (how: (text: string, start: number, end: number) => Edited) => {
    const area = ref.current?.resizableTextArea?.textArea;
    const start = area?.selectionStart ?? value.body.length;
    const end = area?.selectionEnd ?? value.body.length;
    const edited = how(value.body, start, end);
    onChange({ ...value, body: edited.text });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(edited.start, edited.end);
    });
  };
  // The button must not take the focus: the selection it works on is the text field's.
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();

  return (
    <div className="narrative-office">
      <div className="narrative-column-head">
        <span className="narrative-column-title">Nội dung của tỉnh</span>
        <SaveStatus state={state} onRetry={onFlush} />
      </div>
      {headingChanged && (
        <Alert
          className="narrative-changed"
          type="warning"
          showIcon
          title="Tên mục đã được sửa trong đề cương sau khi viết nội dung này; hãy đọc lại cho khớp."
        />
      )}
      <div className="narrative-toolbar" role="toolbar" aria-label={`Định dạng nội dung mục ${label}`}>
        <Tooltip title="In đậm đoạn chọn">
          <Button
            size="small"
            icon={<BoldOutlined />}
            aria-label="In đậm"
            onMouseDown={keepFocus}
            onClick={() => edit((text, start, end) => wrapSelection(text, start, end, '**'))}
          />
        </Tooltip>
        <Tooltip title="In nghiêng đoạn chọn">
          <Button
            size="small"
            icon={<ItalicOutlined />}
            aria-label="In nghiêng"
            onMouseDown={keepFocus}
            onClick={() => edit((text, start, end) => wrapSelection(text, start, end, '*'))}
          />
        </Tooltip>
        <Button size="small" onMouseDown={keepFocus} onClick={() => edit(toggleBullets)}>
          • Gạch đầu dòng
        </Button>
        <span className="narrative-toolbar-hint muted">Mỗi dòng là một đoạn văn</span>
      </div>
      <Input.TextArea
        ref={ref}
        aria-label={`Nội dung của tỉnh — mục ${label}`}
        value={value.body}
        autoSize={{ minRows: 5, maxRows: 18 }}
        placeholder="Viết nội dung của tỉnh cho mục này, hoặc bấm “Chép” ở đoạn của cơ quan bên phải…"
        onChange={(event) => onChange({ ...value, body: event.target.value })}
        onBlur={onFlush}
      />
      {takenFrom.length > 0 && <div className="narrative-taken muted">Đã chép từ: {takenFrom.join(', ')}</div>}
      {value.body.trim().length === 0 && draft.length > 0 && (
        <div className="narrative-draft" aria-label={`Bản tổng hợp tự động — mục ${label}`}>
          <div className="narrative-draft-head">
            <span className="narrative-draft-label">Bản tổng hợp tự động — chưa biên tập</span>
            <Button size="small" onClick={onUseDraft}>
              Dùng bản tổng hợp
            </Button>
          </div>
          <Typography.Paragraph type="secondary" className="narrative-draft-note">
            Khi xuất báo cáo, mục chưa viết sẽ dùng bản này: các đoạn của các cơ quan, theo thứ tự cơ quan.
          </Typography.Paragraph>
          <RichPreview blocks={draft} />
        </div>
      )}
    </div>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'pending' || state.kind === 'saving') {
    return (
      <span className="narrative-save muted" role="status">
        <LoadingOutlined /> Đang lưu…
      </span>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Space size={6} className="narrative-save" role="status">
        <Typography.Text type="danger">Chưa lưu được: {state.message}</Typography.Text>
        <Button size="small" onClick={onRetry}>
          Lưu lại
        </Button>
      </Space>
    );
  }
  if (!state.at) return <span className="narrative-save muted">Chưa viết</span>;
  return (
    <span className="narrative-save narrative-saved" role="status">
      <CheckCircleOutlined /> Đã lưu lúc {timeText(state.at)}
    </span>
  );
}
