/**
 * The figure grid's active cell and in-place editor, and what the keyboard, the mouse and the clipboard do with
 * them. Which key does what is decided in gridKeys.ts; what an edit saves, in useFigureDrafts.
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import { App } from 'antd';
import type { FormColumn } from '../../../electron/api/contract/figures';
import type { EditorHandlers } from './CellEditor';
import { locateCell } from './gridCells';
import {
  browseCommand,
  editCommand,
  firstCell,
  gridShape,
  isBlock,
  moveFrom,
  parseClipboard,
  pasteTargets,
  type CellPosition,
  type Direction,
  type EditMode,
  type GridRow,
} from './gridKeys';
import type { FigureDrafts } from './useFigureDrafts';

export interface FigureGridHandle {
  /** Makes a cell active and gives the grid the focus (from the list of violations). */
  focusCell: (key: string, column: string) => void;
  /** Gives the grid the focus, its first cell active unless one already is. */
  focus: () => void;
}

export interface Editing extends CellPosition {
  text: string;
  mode: EditMode;
}

interface GridEditingOptions {
  rows: readonly GridRow[];
  columns: readonly FormColumn[];
  readOnly: boolean;
  drafts: Pick<FigureDrafts, 'save' | 'storedText' | 'discardDraft'>;
  ref?: React.Ref<FigureGridHandle>;
}

export function useGridEditing({ rows, columns, readOnly, drafts, ref }: GridEditingOptions) {
  const { message } = App.useApp();
  const { save, storedText, discardDraft } = drafts;
  const tableRef = useRef<HTMLTableElement>(null);
  const shape = gridShape(rows, columns.length);
  const [active, setActive] = useState<CellPosition | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  /** What handlers read: the state of the last render may lag behind a fast Enter followed by the blur it causes. */
  const editingRef = useRef<Editing | null>(null);

  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  useImperativeHandle(ref, () => ({
    focusCell: (key, column) => {
      const row = rows.findIndex((candidate) => candidate.key === key);
      const col = columns.findIndex((candidate) => candidate.uuid === column);
      if (row < 0 || col < 0) return;
      setActive({ row, col });
      tableRef.current?.focus({ preventScroll: true });
    },
    focus: () => {
      if (!active) setActive(firstCell(gridShape(rows, columns.length)));
      tableRef.current?.focus({ preventScroll: true });
    },
  }));

  // The active cell stays in view (below the sticky header, right of the sticky label column: figures.css).
  useEffect(() => {
    if (!active) return;
    tableRef.current
      ?.querySelector(`[data-row="${active.row}"][data-col="${active.col}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const current = (): CellPosition | null => {
    if (active && rows[active.row]?.key && active.col < columns.length) return active;
    return firstCell(shape);
  };

  const where = (position: CellPosition) => locateCell(rows, columns, position);

  const refuseLocked = () => message.info('Số liệu đã xác nhận nên đã khoá. Muốn sửa, hãy bấm “Trả lại để sửa”.');

  const focusGrid = () => tableRef.current?.focus({ preventScroll: true });

  const go = (from: CellPosition, direction: Direction | null): boolean => {
    if (direction === null) return true;
    const next = moveFrom(from, direction, shape);
    if (!next) return false;
    setActive(next);
    return true;
  };

  const commit = (direction: Direction | null, refocus: boolean) => {
    const edit = editingRef.current;
    if (!edit) return;
    setEditing(null);
    void save([{ row: edit.row, col: edit.col, text: edit.text }], false);
    go(edit, direction);
    if (refocus) focusGrid();
  };

  const cancelEdit = () => {
    setEditing(null);
    focusGrid();
  };

  const startEdit = (position: CellPosition, text: string | null) => {
    if (!where(position)) return;
    if (readOnly) {
      refuseLocked();
      return;
    }
    setActive(position);
    setEditing({ ...position, text: text ?? storedText(position), mode: text === null ? 'editing' : 'typing' });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    if (editingRef.current) return; // the input's own handler
    const command = browseCommand(event.nativeEvent);
    const position = current();
    if (!command || !position) return;
    switch (command.type) {
      case 'move': {
        const from = active && rows[active.row]?.key ? active : null;
        if (!from) {
          setActive(position);
          break;
        }
        if (!go(from, command.direction)) return; // Tab past the last cell leaves the grid
        break;
      }
      case 'edit':
        startEdit(position, command.text);
        break;
      case 'clear': {
        setActive(position);
        if (readOnly) {
          refuseLocked();
          break;
        }
        const text = storedText(position);
        if (text !== '') void save([{ ...position, text: '' }], false);
        break;
      }
      case 'cancel':
        if (!discardDraft(position)) return;
        break;
    }
    event.preventDefault();
  };

  const onEditorKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const edit = editingRef.current;
    if (!edit) return;
    const command = editCommand(event.nativeEvent, edit.mode);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    if (command.type === 'cancel') cancelEdit();
    else commit(command.direction, true);
  };

  const onPaste = (event: React.ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // One value pasted into the cell being edited is the input's business.
    if (editingRef.current && !isBlock(text)) return;
    event.preventDefault();
    const start = editingRef.current ?? current();
    if (!start) return;
    if (readOnly) {
      refuseLocked();
      return;
    }
    if (editingRef.current) setEditing(null);
    const block = parseClipboard(text);
    const { cells, outside } = pasteTargets(block, start, shape);
    if (cells.length === 0) return;
    setActive({ row: start.row, col: start.col });
    focusGrid();
    if (outside > 0) {
      message.warning(`${outside} ô của vùng dán nằm ngoài biểu mẫu nên không được dán.`);
    }
    void save(cells, true);
  };

  const onCopy = (event: React.ClipboardEvent<HTMLTableElement>) => {
    if (editingRef.current) return;
    const position = current();
    if (!position || !where(position)) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', storedText(position));
  };

  const cellAt = (target: EventTarget): CellPosition | null => {
    const cell = (target as HTMLElement).closest?.<HTMLElement>('td[data-row]');
    if (!cell) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };

  const onMouseDown = (event: React.MouseEvent<HTMLTableElement>) => {
    const position = cellAt(event.target);
    if (!position || (editing && editing.row === position.row && editing.col === position.col)) return;
    setActive(position);
  };

  const onDoubleClick = (event: React.MouseEvent<HTMLTableElement>) => {
    const position = cellAt(event.target);
    if (position) startEdit(position, null);
  };

  const onFocus = (event: React.FocusEvent<HTMLTableElement>) => {
    if (event.target === event.currentTarget && !active) setActive(firstCell(shape));
  };

  const editor: EditorHandlers = {
    onChange: (text) => {
      const edit = editingRef.current;
      if (edit) setEditing({ ...edit, text });
    },
    onKeyDown: onEditorKeyDown,
    onBlur: () => commit(null, false),
  };

  return {
    tableRef,
    active,
    editing,
    editor,
    tableHandlers: { onKeyDown, onPaste, onCopy, onMouseDown, onDoubleClick, onFocus },
  };
}
