/**
 * Between a grid position, the indicator row and form column it stands for, and its cellId: the grid's handlers
 * hold positions, the values, marks and drafts are keyed by cellId.
 */
import type { FormColumn } from '../../../electron/api/contract/figures';
import type { CellPosition, GridRow } from './gridKeys';

export interface LocatedCell {
  column: FormColumn;
  row: GridRow;
}

/** The cell at a position, or null on a heading row (which takes no figure) or outside the form. */
export function locateCell(
  rows: readonly GridRow[],
  columns: readonly FormColumn[],
  position: CellPosition,
): LocatedCell | null {
  const row = rows[position.row];
  const column = columns[position.col];
  return row?.key && column ? { row, column } : null;
}

export function positionOfCell(
  rows: readonly GridRow[],
  columns: readonly FormColumn[],
  id: string,
): CellPosition | null {
  const [column, key] = id.split('\u0000');
  const row = rows.findIndex((candidate) => candidate.key === key);
  const col = columns.findIndex((candidate) => candidate.uuid === column);
  return row >= 0 && col >= 0 ? { row, col } : null;
}

/** The cell as messages name it: “Số nạn nhân (Nữ) — Tháng 1”. */
export function quotedCellName(cell: LocatedCell | null): string {
  return cell ? `“${cell.row.name} — ${cell.column.label}”` : '';
}
