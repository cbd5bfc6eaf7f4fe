/**
 * The entry grid of one source's figures: indicators (and their breakdown options) down, the form's columns across.
 * A keyboard grid as in a spreadsheet: one active cell; arrows, Tab / Shift+Tab, Enter move; typing overwrites, F2
 * or a double click edits, Escape cancels, Delete clears; a block copied from Excel pastes from the active cell.
 * The pure part (moves, paste, marks) is in gridKeys.ts, the active cell and editing in useGridEditing.ts, the
 * typed cells and their saving in useFigureDrafts.ts.
 */
import type { FormColumn } from '../../../electron/api/contract/figures';
import { FigureRow } from './FigureRow';
import { ActiveCellStatus, UnsavedDraftsNotice } from './FigureGridStatus';
import { locateCell } from './gridCells';
import { cellId, type CellMark, type GridRow } from './gridKeys';
import { useFigureDrafts, type FigureCellInput, type SaveOutcome } from './useFigureDrafts';
import { useGridEditing, type FigureGridHandle } from './useGridEditing';
import './figures.css';

export type { FigureCellInput, FigureGridHandle, SaveOutcome };

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
  const figureDrafts = useFigureDrafts({ rows, columns, values, onSave, onDraftsChange });
  const { drafts, unsaved } = figureDrafts;
  const { tableRef, active, editing, editor, tableHandlers } = useGridEditing({
    rows,
    columns,
    readOnly,
    drafts: figureDrafts,
    ref,
  });

  const activeCell = active ? locateCell(rows, columns, active) : null;
  const activeId = activeCell ? cellId(activeCell.column.uuid, activeCell.row.key!) : null;

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
          aria-activedescendant={active && activeCell ? `fg-cell-${active.row}-${active.col}` : undefined}
          tabIndex={0}
          data-testid="figure-grid"
          {...tableHandlers}
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
      <ActiveCellStatus
        cell={activeCell}
        draft={activeId ? drafts.get(activeId) : undefined}
        mark={activeId ? marks.get(activeId) : undefined}
        readOnly={readOnly}
      />
      {unsaved > 0 && (
        <UnsavedDraftsNotice count={unsaved} onResend={figureDrafts.resendUnsaved} onDrop={figureDrafts.dropUnsaved} />
      )}
    </div>
  );
}
