/**
 * The entry grid of one source's figures: indicators (and their breakdown options) down, the form's columns across.
 * A keyboard grid as in a spreadsheet: one active cell; arrows, Tab / Shift+Tab, Enter move; typing overwrites, F2
 * or a double click edits, Escape cancels, Delete clears; a block copied from Excel pastes from the active cell.
 * The pure part (moves, paste, marks) is in gridKeys.ts.
 */
import { memo, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { formatFigure } from '../../../core/figures/numbers';
import type { FormColumn } from '../../../electron/api/contract/figures';
import { ERROR_SECONDS } from '../useAction';
import {
  browseCommand,
  cellId,
  cellProblem,
  editCommand,
  firstCell,
  gridShape,
  isBlock,
  moveFrom,
  parseClipboard,
  pasteTargets,
  type CellMark,
  type CellPosition,
  type Direction,
  type EditMode,
  type GridRow,
} from './gridKeys';
import './figures.css';

export interface FigureCellInput {
  column: string;
  key: string;
  text: string;
}

export type SaveOutcome = { ok: true } | { ok: false; message: string };

export interface FigureGridHandle {
  /** Makes a cell active and gives the grid the focus (from the list of violations). */
  focusCell: (key: string, column: string) => void;
  /** Gives the grid the focus, its first cell active unless one already is. */
  focus: () => void;
}

interface FigureGridProps {
  rows: readonly GridRow[];
  columns: readonly FormColumn[];
  /** The stored values by cellId(column, key); a cell absent is blank. */
  values: ReadonlyMap<string, number>;
  marks: ReadonlyMap<string, CellMark>;
  /** Accepted figures are locked: the cells move but do not edit. */
  readOnly: boolean;
  /** The grid's name for screen readers. */
  label: string;
  /** Saves one edit or one paste; the caller shows the error toast. */
  onSave: (cells: FigureCellInput[]) => Promise<SaveOutcome>;
  /** Told how many cells are typed but not saved, so accepting can wait for them. */
  onDraftsChange?: (count: number) => void;
  ref?: React.Ref<FigureGridHandle>;
}

/** Text typed into a cell and not (yet) saved. */
interface Draft {
  text: string;
  /** Why it does not read (parseFigure's message), or why the server refused it. */
  problem: string | null;
  state: 'saving' | 'unsaved';
  /** The edit or paste it came with: a refused paste is sent again whole once its cells read. */
  group: number;
}

interface Editing extends CellPosition {
  text: string;
  mode: EditMode;
}

const SAVE_REFUSED = 'Chưa lưu được (xem thông báo lỗi). Sửa lại ô, hoặc bấm Esc để bỏ.';

export function FigureGrid({
  rows,
  columns,
  values,
  marks,
  readOnly,
  label,
  onSave,
  onDraftsChange,
  ref,
}: FigureGridProps) {
  const { message } = App.useApp();
  const tableRef = useRef<HTMLTableElement>(null);
  const shape = gridShape(rows, columns.length);
  const [active, setActive] = useState<CellPosition | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  /** What handlers read: the state of the last render may lag behind a fast Enter followed by the blur it causes. */
  const editingRef = useRef<Editing | null>(null);
  const [drafts, setDraftsState] = useState<ReadonlyMap<string, Draft>>(new Map());
  const draftsRef = useRef<ReadonlyMap<string, Draft>>(drafts);
  const groupRef = useRef(0);

  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const setDrafts = (update: (current: ReadonlyMap<string, Draft>) => ReadonlyMap<string, Draft>) => {
    const next = update(draftsRef.current);
    draftsRef.current = next;
    setDraftsState(next);
  };

  const unsaved = [...drafts.values()].filter((draft) => draft.state === 'unsaved').length;
  useEffect(() => {
    onDraftsChange?.(drafts.size);
  }, [drafts.size, onDraftsChange]);

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

  const where = (position: CellPosition): { column: FormColumn; row: GridRow } | null => {
    const row = rows[position.row];
    const column = columns[position.col];
    return row?.key && column ? { row, column } : null;
  };

  const cellName = (position: CellPosition): string => {
    const cell = where(position);
    return cell ? `“${cell.row.name} — ${cell.column.label}”` : '';
  };

  const storedText = (position: CellPosition): string => {
    const cell = where(position);
    if (!cell) return '';
    const id = cellId(cell.column.uuid, cell.row.key!);
    const draft = draftsRef.current.get(id);
    if (draft) return draft.text;
    return formatFigure(values.get(id) ?? null, cell.row.kind);
  };

  const refuseLocked = () => message.info('Số liệu đã xác nhận nên đã khoá. Muốn sửa, hãy bấm “Trả lại để sửa”.');

  /**
   * Checks the cells, then saves them in one call. A cell already a draft brings the rest of its group (a paste
   * refused for one bad cell goes again whole once that cell is fixed).
   */
  const save = async (edits: Array<CellPosition & { text: string }>, pasted: boolean) => {
    const located = edits.flatMap((edit) => {
      const cell = where(edit);
      return cell ? [{ ...edit, id: cellId(cell.column.uuid, cell.row.key!), cell }] : [];
    });
    if (located.length === 0) return;
    const known = draftsRef.current;
    if (!pasted && located.length === 1) {
      const only = located[0]!;
      // An edit that leaves a saved cell as it was sends nothing.
      const stored = values.get(only.id) ?? null;
      if (!known.has(only.id) && only.text.trim() === formatFigure(stored, only.cell.row.kind)) return;
    }
    const groups = new Set(located.flatMap((edit) => (known.has(edit.id) ? [known.get(edit.id)!.group] : [])));
    const group = pasted || groups.size === 0 ? ++groupRef.current : [...groups][0]!;
    const batch = new Map<string, { text: string; position: CellPosition; kind: GridRow['kind'] }>();
    if (!pasted) {
      for (const [id, draft] of known) {
        if (draft.group !== group || draft.state === 'saving') continue;
        const position = positionOf(id);
        if (position) batch.set(id, { text: draft.text, position, kind: rows[position.row]!.kind });
      }
    }
    for (const edit of located) batch.set(edit.id, { text: edit.text, position: edit, kind: edit.cell.row.kind });

    const problems = [...batch].flatMap(([id, cell]) => {
      const problem = cellProblem(cell.text, cell.kind);
      return problem ? [{ id, problem, position: cell.position }] : [];
    });
    const problemOf = new Map(problems.map((item) => [item.id, item.problem]));
    if (problems.length > 0) {
      setDrafts((map) => {
        const next = new Map(map);
        for (const [id, cell] of batch) {
          next.set(id, { text: cell.text, problem: problemOf.get(id) ?? null, state: 'unsaved', group });
        }
        return next;
      });
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (và ${problems.length - 1} ô khác)` : '';
      const nothing = batch.size > 1 ? ' Chưa lưu ô nào trong lần này.' : ' Ô chưa được lưu.';
      message.error({
        content: `Ô ${cellName(first.position)}: ${first.problem.replace(/\.$/, '')}${more}.${nothing}`,
        duration: ERROR_SECONDS,
      });
      return;
    }

    const sent = new Map([...batch].map(([id, cell]) => [id, cell.text]));
    setDrafts((map) => {
      const next = new Map(map);
      for (const [id, text] of sent) next.set(id, { text, problem: null, state: 'saving', group });
      return next;
    });
    const cells = [...batch].map(([, cell]) => {
      const { row, column } = where(cell.position)!;
      return { column: column.uuid, key: row.key!, text: cell.text };
    });
    const outcome = await onSave(cells);
    setDrafts((map) => {
      const next = new Map(map);
      for (const [id, text] of sent) {
        const draft = next.get(id);
        // Typed again while it was on its way: the newer text stays.
        if (!draft || draft.text !== text || draft.group !== group) continue;
        if (outcome.ok) next.delete(id);
        else next.set(id, { ...draft, state: 'unsaved', problem: outcome.message || SAVE_REFUSED });
      }
      return next;
    });
  };

  const positionOf = (id: string): CellPosition | null => {
    const [column, key] = id.split('\u0000');
    const row = rows.findIndex((candidate) => candidate.key === key);
    const col = columns.findIndex((candidate) => candidate.uuid === column);
    return row >= 0 && col >= 0 ? { row, col } : null;
  };

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
      case 'cancel': {
        const cell = where(position);
        if (!cell) return;
        const id = cellId(cell.column.uuid, cell.row.key!);
        const draft = draftsRef.current.get(id);
        if (!draft || draft.state === 'saving') return;
        setDrafts((map) => {
          const next = new Map(map);
          next.delete(id);
          return next;
        });
        break;
      }
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

  const resendUnsaved = () => {
    const cells = [...draftsRef.current].flatMap(([id, draft]) => {
      const position = draft.state === 'unsaved' ? positionOf(id) : null;
      return position ? [{ ...position, text: draft.text }] : [];
    });
    void save(cells, true);
  };

  const dropUnsaved = () => setDrafts((map) => new Map([...map].filter(([, draft]) => draft.state === 'saving')));

  const activeCell = active ? where(active) : null;
  const activeMark = activeCell ? marks.get(cellId(activeCell.column.uuid, activeCell.row.key!)) : undefined;
  const activeDraft = activeCell ? drafts.get(cellId(activeCell.column.uuid, activeCell.row.key!)) : undefined;

  const editor: EditorHandlers = {
    onChange: (text) => {
      const edit = editingRef.current;
      if (edit) setEditing({ ...edit, text });
    },
    onKeyDown: onEditorKeyDown,
    onBlur: () => commit(null, false),
  };

  return (
    <div className="fg">
      <div className="fg-scroll">
        <table
          ref={tableRef}
          className={`fg-table${readOnly ? ' is-locked' : ''}`}
          role="grid"
          aria-label={label}
          aria-readonly={readOnly || undefined}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 2}
          aria-activedescendant={active && where(active) ? `fg-cell-${active.row}-${active.col}` : undefined}
          tabIndex={0}
          data-testid="figure-grid"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          onMouseDown={onMouseDown}
          onDoubleClick={onDoubleClick}
          onFocus={(event) => {
            if (event.target === event.currentTarget && !active) setActive(firstCell(shape));
          }}
        >
          <colgroup>
            <col className="fg-col-label" />
            <col className="fg-col-unit" />
            {columns.map((column) => (
              <col key={column.uuid} className="fg-col-value" />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th role="columnheader" className="fg-th fg-th-label" scope="col">
                Chỉ tiêu
              </th>
              <th role="columnheader" className="fg-th fg-th-unit" scope="col">
                Đơn vị tính
              </th>
              {columns.map((column, col) => (
                <th
                  key={column.uuid}
                  role="columnheader"
                  scope="col"
                  className={`fg-th fg-th-value${active?.col === col ? ' is-active' : ''}`}
                  data-column={column.uuid}
                >
                  {column.label}
                  {column.role === 'previous' && <div className="fg-th-note">Kỳ trước</div>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <FigureRow
                key={`${index}-${row.key ?? row.label}`}
                row={row}
                index={index}
                columns={columns}
                values={values}
                marks={marks}
                drafts={drafts}
                activeCol={active?.row === index ? active.col : null}
                editing={editing?.row === index ? editing : null}
                editor={editing?.row === index ? editor : null}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="fg-status" aria-live="polite">
        {activeCell ? (
          <>
            <span className="fg-status-cell">
              {activeCell.row.name} — {activeCell.column.label}
            </span>
            {activeDraft?.problem && <span className="fg-status-error">{activeDraft.problem}</span>}
            {activeMark?.messages.map((text) => (
              <span key={text} className={activeMark.importance === 'error' ? 'fg-status-error' : 'fg-status-warning'}>
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
      {unsaved > 0 && (
        <div className="fg-unsaved" role="status">
          <span>
            Còn {unsaved} ô đã gõ mà chưa lưu. Sửa ô viền đỏ rồi bấm Enter (các ô cùng lần dán được lưu cùng lúc), hoặc
            bấm Esc trên một ô để bỏ chữ đã gõ.
          </span>
          <Button size="small" onClick={resendUnsaved}>
            Lưu lại các ô này
          </Button>
          <Button size="small" onClick={dropUnsaved}>
            Bỏ các ô chưa lưu
          </Button>
        </div>
      )}
    </div>
  );
}

interface EditorHandlers {
  onChange: (text: string) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

interface FigureRowProps {
  row: GridRow;
  index: number;
  columns: readonly FormColumn[];
  values: ReadonlyMap<string, number>;
  marks: ReadonlyMap<string, CellMark>;
  drafts: ReadonlyMap<string, Draft>;
  activeCol: number | null;
  editing: Editing | null;
  editor: EditorHandlers | null;
}

/** One row; only the rows whose active or edited cell changed render again as the officer moves. */
const FigureRow = memo(function FigureRow({
  row,
  index,
  columns,
  values,
  marks,
  drafts,
  activeCol,
  editing,
  editor,
}: FigureRowProps) {
  if (row.key === null) {
    return (
      <tr role="row" className="fg-row fg-row-heading">
        <th role="rowheader" scope="row" className="fg-label" colSpan={2}>
          {row.label}
        </th>
        <td colSpan={columns.length} className="fg-heading-fill" aria-hidden="true" />
      </tr>
    );
  }
  const key = row.key;
  return (
    <tr role="row" className={`fg-row fg-row-${row.type}`}>
      <th role="rowheader" scope="row" className="fg-label" title={row.name}>
        {row.number !== null && <span className="fg-number">{row.number}.</span>}
        <span className="fg-label-text">{row.label}</span>
      </th>
      <td className="fg-unit">{row.type === 'indicator' ? row.unit : ''}</td>
      {columns.map((column, col) => {
        const id = cellId(column.uuid, key);
        const mark = marks.get(id);
        const draft = drafts.get(id);
        const isEditing = editing !== null && editing.col === col;
        // Red: typed text that does not read, or that the server refused; amber: waiting on another cell to read.
        const bad = draft?.state === 'unsaved' && draft.problem !== null;
        const waiting = draft?.state === 'unsaved' && draft.problem === null;
        const classes = [
          'fg-cell',
          activeCol === col ? 'is-active' : '',
          mark ? `is-${mark.importance}` : '',
          draft ? 'is-draft' : '',
          bad ? 'is-bad' : '',
          waiting ? 'is-waiting' : '',
          draft?.state === 'saving' ? 'is-saving' : '',
          isEditing ? 'is-editing' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const shown = draft ? draft.text : formatFigure(values.get(id) ?? null, row.kind);
        return (
          <td
            key={column.uuid}
            id={`fg-cell-${index}-${col}`}
            role="gridcell"
            className={classes}
            aria-label={`${row.name} — ${column.label}`}
            aria-selected={activeCol === col}
            aria-invalid={mark?.importance === 'error' || bad || undefined}
            data-key={key}
            data-column={column.uuid}
            data-row={index}
            data-col={col}
          >
            {isEditing && editor ? (
              <CellEditor text={editing.text} handlers={editor} label={`${row.name} — ${column.label}`} />
            ) : (
              <span className="fg-value">{shown}</span>
            )}
            {bad && !isEditing && (
              <Tooltip title={draft.problem}>
                <ExclamationCircleFilled className="fg-icon fg-icon-error" aria-label={draft.problem ?? ''} />
              </Tooltip>
            )}
            {mark && !bad && !isEditing && (
              <Tooltip
                title={
                  <div>
                    {mark.messages.map((text) => (
                      <div key={text}>{text}</div>
                    ))}
                  </div>
                }
              >
                {mark.importance === 'error' ? (
                  <ExclamationCircleFilled className="fg-icon fg-icon-error" aria-label="Lỗi" />
                ) : (
                  <WarningFilled className="fg-icon fg-icon-warning" aria-label="Cảnh báo" />
                )}
              </Tooltip>
            )}
          </td>
        );
      })}
    </tr>
  );
});

function CellEditor({ text, handlers, label }: { text: string; handlers: EditorHandlers; label: string }) {
  return (
    <input
      className="fg-input"
      value={text}
      aria-label={label}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      ref={(input) => {
        if (input && document.activeElement !== input) {
          input.focus({ preventScroll: true });
          input.setSelectionRange(input.value.length, input.value.length);
        }
      }}
      onChange={(event) => handlers.onChange(event.target.value)}
      onKeyDown={handlers.onKeyDown}
      onBlur={handlers.onBlur}
      onMouseDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
