import { memo } from 'react';
import { Tooltip } from 'antd';
import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { formatFigure } from '../../../core/figures/numbers';
import type { FormColumn } from '../../../electron/api/contract/figures';
import { CellEditor, type EditorHandlers } from './CellEditor';
import { cellId, type CellMark, type GridRow } from './gridKeys';
import type { Draft } from './useFigureDrafts';
import type { Editing } from './useGridEditing';

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
export const FigureRow = memo(function FigureRow({
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
