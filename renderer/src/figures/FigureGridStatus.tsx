import { Button } from 'antd';
import type { LocatedCell } from './gridCells';
import type { CellMark } from './gridKeys';
import type { Draft } from './useFigureDrafts';

/** Under the grid, read out as it changes: the active cell and what is wrong with it, or how to use the grid. */
export function ActiveCellStatus({
  cell,
  draft,
  mark,
  readOnly,
}: {
  cell: LocatedCell | null;
  draft: Draft | undefined;
  mark: CellMark | undefined;
  readOnly: boolean;
}) {
  return (
    <div className="fg-status" aria-live="polite">
      {cell ? (
        <>
          <span className="fg-status-cell">
            {cell.row.name} — {cell.column.label}
          </span>
          {draft?.problem && <span className="fg-status-error">{draft.problem}</span>}
          {mark?.messages.map((text) => (
            <span key={text} className={mark.importance === 'error' ? 'fg-status-error' : 'fg-status-warning'}>
              {text}
            </span>
          ))}
        </>
      ) : (
        <span className="muted">
          {readOnly
            ? 'Số liệu đã khoá. Dùng phím mũi tên để xem.'
            : 'Bấm vào một ô rồi gõ số; Enter / Tab để sang ô khác, F2 để sửa, Delete để xoá, Ctrl+V để dán cả vùng từ Excel.'}
        </span>
      )}
    </div>
  );
}

/** Cells typed and not saved, so the officer does not leave them behind unknowingly. */
export function UnsavedDraftsNotice({
  count,
  onResend,
  onDrop,
}: {
  count: number;
  onResend: () => void;
  onDrop: () => void;
}) {
  return (
    <div className="fg-unsaved" role="status">
      <span>
        Còn {count} ô đã gõ mà chưa lưu. Sửa ô viền đỏ rồi bấm Enter (các ô cùng lần dán được lưu cùng lúc), hoặc bấm
        Esc trên một ô để bỏ chữ đã gõ.
      </span>
      <Button size="small" onClick={onResend}>
        Lưu lại các ô này
      </Button>
      <Button size="small" onClick={onDrop}>
        Bỏ các ô chưa lưu
      </Button>
    </div>
  );
}
