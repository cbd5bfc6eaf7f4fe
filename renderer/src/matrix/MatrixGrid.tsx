/**
 * The matrix grid: tasks down, agencies across, virtualised both ways so 300
 * tasks × 80 agencies scroll smoothly. Sticky header (agency names and their
 * totals) and sticky task column. Keyboard: arrows move, C / P assign,
 * Delete clears, Space cycles; a click selects and cycles.
 */
import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Matrix, MatrixRow } from '../../../core/matrix';
import { ASSIGNMENT_ROLE_MARKS, type AssignmentRole } from '../../../core/plan';
import './matrix.css';

const TASK_COLUMN_WIDTH = 420;
const AGENCY_COLUMN_WIDTH = 64;
const HEADER_HEIGHT = 132;
const TASK_ROW_HEIGHT = 48;
const SECTION_ROW_HEIGHT = 32;

export interface CellPosition {
  row: number;
  col: number;
}

interface MatrixGridProps {
  matrix: Matrix;
  height: number;
  onSetRole: (taskId: number, agencyId: number, role: AssignmentRole | null) => void;
}

const NEXT_ROLE: Record<'none' | AssignmentRole, AssignmentRole | null> = {
  none: 'lead',
  lead: 'coordinating',
  coordinating: null,
};

export function MatrixGrid({ matrix, height, onSetRole }: MatrixGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition | null>(null);
  const { rows, columns } = matrix;

  // TanStack Virtual hands back fresh functions by design; the React Compiler skipping this component is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === 'section' ? SECTION_ROW_HEIGHT : TASK_ROW_HEIGHT),
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => AGENCY_COLUMN_WIDTH,
    overscan: 4,
    scrollPaddingStart: TASK_COLUMN_WIDTH,
  });

  // Row heights differ by kind; when the rows change, measure again.
  useEffect(() => rowVirtualizer.measure(), [rows, rowVirtualizer]);

  const taskRowIndexes = rows.flatMap((row, index) => (row.type === 'task' ? [index] : []));
  const moveTo = (next: CellPosition) => {
    setActive(next);
    rowVirtualizer.scrollToIndex(next.row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(next.col, { align: 'auto' });
  };

  const roleAt = (position: CellPosition): AssignmentRole | undefined => {
    const row = rows[position.row];
    const column = columns[position.col];
    return row?.type === 'task' && column ? row.roles[column.agencyId] : undefined;
  };

  const assign = (position: CellPosition, role: AssignmentRole | null) => {
    const row = rows[position.row];
    const column = columns[position.col];
    if (row?.type !== 'task' || !column) return;
    // No "already so" shortcut: the roles on screen may not yet show the previous keystroke.
    onSetRole(row.taskId, column.agencyId, role);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (columns.length === 0 || taskRowIndexes.length === 0) return;
    const current = active ?? { row: taskRowIndexes[0]!, col: 0 };
    const rowStep = (direction: 1 | -1) => {
      const at = taskRowIndexes.indexOf(current.row);
      const next = taskRowIndexes[Math.min(taskRowIndexes.length - 1, Math.max(0, at + direction))];
      return next ?? current.row;
    };
    const key = event.key.toLowerCase();
    const handled = true;
    switch (key) {
      case 'arrowdown':
        moveTo({ ...current, row: rowStep(1) });
        break;
      case 'arrowup':
        moveTo({ ...current, row: rowStep(-1) });
        break;
      case 'arrowright':
        moveTo({ ...current, col: Math.min(columns.length - 1, current.col + 1) });
        break;
      case 'arrowleft':
        moveTo({ ...current, col: Math.max(0, current.col - 1) });
        break;
      case 'home':
        moveTo({ ...current, col: 0 });
        break;
      case 'end':
        moveTo({ ...current, col: columns.length - 1 });
        break;
      case 'c':
        setActive(current);
        assign(current, 'lead');
        break;
      case 'p':
        setActive(current);
        assign(current, 'coordinating');
        break;
      case 'delete':
      case 'backspace':
        setActive(current);
        assign(current, null);
        break;
      case ' ':
      case 'enter':
        setActive(current);
        assign(current, NEXT_ROLE[roleAt(current) ?? 'none']);
        break;
      default:
        return;
    }
    if (handled) event.preventDefault();
  };

  const totalWidth = TASK_COLUMN_WIDTH + columnVirtualizer.getTotalSize();
  const totalHeight = HEADER_HEIGHT + rowVirtualizer.getTotalSize();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const activeLabel = active ? describeCell(matrix, active) : 'Chưa chọn ô nào';

  return (
    <div
      ref={scrollRef}
      className="matrix-scroll"
      style={{ height }}
      tabIndex={0}
      role="grid"
      aria-label="Ma trận phân công"
      aria-rowcount={rows.length}
      aria-colcount={columns.length + 1}
      aria-description={activeLabel}
      data-testid="matrix-grid"
      onKeyDown={onKeyDown}
    >
      <div style={{ width: totalWidth, height: totalHeight, position: 'relative' }}>
        <div className="matrix-header" style={{ width: totalWidth, height: HEADER_HEIGHT }} role="row">
          <div
            className="matrix-corner"
            style={{ width: TASK_COLUMN_WIDTH, height: HEADER_HEIGHT }}
            role="columnheader"
          >
            <div>Nhiệm vụ</div>
            <div className="matrix-legend">C: chủ trì · P: phối hợp · Phím: ← ↑ → ↓, C, P, Delete</div>
          </div>
          {virtualColumns.map((virtualColumn) => {
            const column = columns[virtualColumn.index]!;
            return (
              <div
                key={column.agencyId}
                role="columnheader"
                className={`matrix-col-header${active?.col === virtualColumn.index ? ' is-active' : ''}`}
                title={`${column.name}\nChủ trì: ${column.leadCount} · Phối hợp: ${column.coordinatingCount}`}
                style={{
                  left: TASK_COLUMN_WIDTH + virtualColumn.start,
                  width: virtualColumn.size,
                  height: HEADER_HEIGHT,
                }}
              >
                <span className="matrix-col-name">{column.displayName}</span>
                <span className="matrix-col-totals" data-testid={`totals-${column.agencyId}`}>
                  {column.leadCount}C · {column.coordinatingCount}P
                </span>
              </div>
            );
          })}
        </div>
        {rowVirtualizer.getVirtualItems().map((virtualRow) => {
          const row = rows[virtualRow.index]!;
          return (
            <div
              key={row.key}
              role="row"
              className={row.type === 'section' ? 'matrix-row is-section' : 'matrix-row'}
              style={{ top: HEADER_HEIGHT + virtualRow.start, height: virtualRow.size, width: totalWidth }}
            >
              <RowHeader row={row} />
              {row.type === 'task' &&
                virtualColumns.map((virtualColumn) => {
                  const column = columns[virtualColumn.index]!;
                  const role = row.roles[column.agencyId];
                  const isActive = active?.row === virtualRow.index && active.col === virtualColumn.index;
                  return (
                    <div
                      key={column.agencyId}
                      role="gridcell"
                      aria-selected={isActive}
                      data-cell={`${row.taskId}:${column.agencyId}`}
                      className={`matrix-cell${role ? ` is-${role}` : ''}${isActive ? ' is-active' : ''}`}
                      style={{ left: TASK_COLUMN_WIDTH + virtualColumn.start, width: virtualColumn.size }}
                      onClick={() => {
                        const position = { row: virtualRow.index, col: virtualColumn.index };
                        const wasActive = isActive;
                        setActive(position);
                        scrollRef.current?.focus({ preventScroll: true });
                        if (wasActive) assign(position, NEXT_ROLE[role ?? 'none']);
                      }}
                    >
                      {role ? ASSIGNMENT_ROLE_MARKS[role] : ''}
                    </div>
                  );
                })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function RowHeader({ row }: { row: MatrixRow }) {
  if (row.type === 'section') {
    return (
      <div
        className="matrix-row-header is-section"
        style={{ width: TASK_COLUMN_WIDTH, paddingLeft: 8 + row.depth * 14 }}
      >
        <span className="matrix-section-title" title={`${row.label} ${row.title}`}>
          {row.label} {row.title}
        </span>
      </div>
    );
  }
  return (
    <div
      className="matrix-row-header"
      style={{ width: TASK_COLUMN_WIDTH, paddingLeft: 8 + row.depth * 14 }}
      title={row.text}
    >
      <span className="matrix-ref">{row.ref || row.label}</span>
      <span className="matrix-task-text">
        {row.text}
        {row.allMembers ? ' (tất cả thành viên)' : ''}
      </span>
    </div>
  );
}

function describeCell(matrix: Matrix, position: CellPosition): string {
  const row = matrix.rows[position.row];
  const column = matrix.columns[position.col];
  if (row?.type !== 'task' || !column) return '';
  const role = row.roles[column.agencyId];
  return `Nhiệm vụ ${row.ref}, ${column.name}: ${role === 'lead' ? 'chủ trì' : role === 'coordinating' ? 'phối hợp' : 'trống'}`;
}
