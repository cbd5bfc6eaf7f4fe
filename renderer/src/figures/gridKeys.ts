/**
 * The pure logic of the figure entry grid (FigureGrid): its rows, where a key moves the active cell, how a block
 * copied from Excel lands, which cells the checks point at. No React, no DOM, so each piece is tested on its own.
 */
import { parseFigure, type FigureKind } from '../../../core/figures/numbers';
import { templateRows, type TemplateIndicator } from '../../../core/figures/templateLayout';
import type { RuleImportance } from '../../../core/figures/validation';

/** One row of the grid: an indicator's total, a "Chia theo …:" heading, or one option of a breakdown. */
export interface GridRow {
  type: 'indicator' | 'heading' | 'option';
  /** What the label column shows ("1. Số vụ…", "Chia theo giới tính:", "– Nam"). */
  label: string;
  number: number | null;
  unit: string;
  /** The value key (`NN01`, `NN01|sex=female`); null for a heading, which takes no figure. */
  key: string | null;
  kind: FigureKind;
  /** The cell's name in messages and for screen readers: "Số nạn nhân (Nữ)". */
  name: string;
}

/** The grid's rows in the template's order (core/figures/templateLayout.ts), so screen and Excel agree. */
export function gridRows(indicators: readonly TemplateIndicator[]): GridRow[] {
  let indicatorName = '';
  let unit = '';
  return templateRows(indicators).map((row): GridRow => {
    switch (row.type) {
      case 'indicator':
        indicatorName = row.label;
        unit = row.unit;
        return {
          type: 'indicator',
          label: row.label,
          number: row.number,
          unit: row.unit,
          key: row.key,
          kind: row.kind,
          name: row.label,
        };
      case 'heading':
        return { type: 'heading', label: row.label, number: null, unit: '', key: null, kind: 'count', name: row.label };
      case 'option': {
        const option = row.label.replace(/^[–-]\s*/, '');
        return {
          type: 'option',
          label: row.label,
          number: null,
          unit,
          key: row.key,
          kind: row.kind,
          name: `${indicatorName} (${option})`,
        };
      }
    }
  });
}

export interface CellPosition {
  row: number;
  col: number;
}

/** What moving needs to know of the grid: the rows that take figures (in order) and how many columns. */
export interface GridShape {
  editableRows: readonly number[];
  columns: number;
}

export function gridShape(rows: readonly GridRow[], columns: number): GridShape {
  return { editableRows: rows.flatMap((row, index) => (row.key === null ? [] : [index])), columns };
}

export type Direction =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  /** Tab: the next cell to the right, then the first of the next row. */
  | 'next'
  /** Shift+Tab. */
  | 'previous'
  | 'rowStart'
  | 'rowEnd'
  | 'gridStart'
  | 'gridEnd'
  | 'pageUp'
  | 'pageDown';

/** Rows PageUp / PageDown jump. */
export const PAGE_ROWS = 10;

/**
 * Where the active cell goes. Arrows stop at the edges; Tab and Shift+Tab run on to the next or previous row and
 * give null past the grid's first or last cell, so the focus can leave the grid as Tab does elsewhere.
 */
export function moveFrom(position: CellPosition, direction: Direction, shape: GridShape): CellPosition | null {
  const { editableRows, columns } = shape;
  if (editableRows.length === 0 || columns === 0) return null;
  const at = rowIndexOf(position.row, editableRows);
  const col = Math.min(Math.max(position.col, 0), columns - 1);
  const lastRow = editableRows.length - 1;
  const to = (index: number, column: number): CellPosition => ({
    row: editableRows[Math.min(Math.max(index, 0), lastRow)]!,
    col: Math.min(Math.max(column, 0), columns - 1),
  });
  switch (direction) {
    case 'up':
      return to(at - 1, col);
    case 'down':
      return to(at + 1, col);
    case 'left':
      return to(at, col - 1);
    case 'right':
      return to(at, col + 1);
    case 'next':
      if (col < columns - 1) return to(at, col + 1);
      return at < lastRow ? to(at + 1, 0) : null;
    case 'previous':
      if (col > 0) return to(at, col - 1);
      return at > 0 ? to(at - 1, columns - 1) : null;
    case 'rowStart':
      return to(at, 0);
    case 'rowEnd':
      return to(at, columns - 1);
    case 'gridStart':
      return to(0, 0);
    case 'gridEnd':
      return to(lastRow, columns - 1);
    case 'pageUp':
      return to(at - PAGE_ROWS, col);
    case 'pageDown':
      return to(at + PAGE_ROWS, col);
  }
}

/** The position of `row` among the editable rows; a heading row counts as the editable row after it. */
function rowIndexOf(row: number, editableRows: readonly number[]): number {
  const exact = editableRows.indexOf(row);
  if (exact >= 0) return exact;
  const after = editableRows.findIndex((candidate) => candidate > row);
  return after >= 0 ? after : editableRows.length - 1;
}

/** The first cell that takes a figure, or null when there is none. */
export function firstCell(shape: GridShape): CellPosition | null {
  const row = shape.editableRows[0];
  return row === undefined || shape.columns === 0 ? null : { row, col: 0 };
}

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
}

export type BrowseCommand =
  | { type: 'move'; direction: Direction }
  /** Start editing: `text` overwrites the cell (a character typed), null keeps its text (F2). */
  | { type: 'edit'; text: string | null }
  | { type: 'clear' }
  /** Escape: drop what was typed into the cell and not saved. */
  | { type: 'cancel' };

/** What a key pressed on the grid asks for while no cell is being edited; null leaves it to the browser. */
export function browseCommand(event: KeyInput): BrowseCommand | null {
  if (event.isComposing || event.altKey) return null;
  const control = Boolean(event.ctrlKey || event.metaKey);
  const move = (direction: Direction): BrowseCommand => ({ type: 'move', direction });
  switch (event.key) {
    case 'ArrowUp':
      return move(control ? 'gridStart' : 'up');
    case 'ArrowDown':
      return move(control ? 'gridEnd' : 'down');
    case 'ArrowLeft':
      return move(control ? 'rowStart' : 'left');
    case 'ArrowRight':
      return move(control ? 'rowEnd' : 'right');
    case 'Tab':
      return control ? null : move(event.shiftKey ? 'previous' : 'next');
    case 'Enter':
      return control ? null : move(event.shiftKey ? 'up' : 'down');
    case 'Home':
      return move(control ? 'gridStart' : 'rowStart');
    case 'End':
      return move(control ? 'gridEnd' : 'rowEnd');
    case 'PageUp':
      return move('pageUp');
    case 'PageDown':
      return move('pageDown');
    case 'F2':
      return { type: 'edit', text: null };
    case 'Delete':
    case 'Backspace':
      return control ? null : { type: 'clear' };
    case 'Escape':
      return { type: 'cancel' };
  }
  if (!control && isPrintable(event.key)) return { type: 'edit', text: event.key };
  return null;
}

/** Where a cell is edited from: typed over (arrows then move on, as in Excel) or opened with F2 (arrows move the caret). */
export type EditMode = 'typing' | 'editing';

export type EditCommand = { type: 'commit'; direction: Direction | null } | { type: 'cancel' };

/** What a key pressed in the cell's input asks for; null leaves it to the input. */
export function editCommand(event: KeyInput, mode: EditMode): EditCommand | null {
  if (event.isComposing) return null;
  const commit = (direction: Direction | null): EditCommand => ({ type: 'commit', direction });
  switch (event.key) {
    case 'Enter':
      return commit(event.shiftKey ? 'up' : 'down');
    case 'Tab':
      return commit(event.shiftKey ? 'previous' : 'next');
    case 'Escape':
      return { type: 'cancel' };
    case 'ArrowUp':
      return commit('up');
    case 'ArrowDown':
      return commit('down');
    case 'ArrowLeft':
      return mode === 'typing' ? commit('left') : null;
    case 'ArrowRight':
      return mode === 'typing' ? commit('right') : null;
  }
  return null;
}

/** One character that would be typed (not "Shift", "F5", "Dead"). */
function isPrintable(key: string): boolean {
  return [...key].length === 1 && key !== ' ' && !/\p{C}/u.test(key);
}

/**
 * A block copied from Excel (or any sheet) as text/plain: rows by line break (\n, \r\n), cells by tab, a cell with a
 * line break or a tab inside quotes as Excel writes it. The line break Excel puts after the last row is dropped.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let cellStart = true;
  while (index < text.length) {
    const char = text[index]!;
    if (cellStart && char === '"') {
      const closing = quotedEnd(text, index);
      if (closing !== null) {
        cell = text.slice(index + 1, closing).replace(/""/g, '"');
        index = closing + 1;
        cellStart = false;
        continue;
      }
    }
    cellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (!cellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The closing quote of a quoted cell starting at `start`, when the quote is followed by the cell's end. */
function quotedEnd(text: string, start: number): number | null {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === '"') {
      if (text[index + 1] === '"') {
        index += 2;
        continue;
      }
      const next = text[index + 1];
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? index : null;
    }
    index += 1;
  }
  return null;
}

/** True when pasted text is more than one cell: a block for the grid, not text for the cell being edited. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/(\r?\n|\r)$/, ''));
}

export interface PastedCell extends CellPosition {
  text: string;
}

/**
 * Where a pasted block lands: from the active cell right and down, row after row over the rows that take figures
 * (a "Chia theo …:" heading takes none and is stepped over). What falls outside the grid is counted, not written.
 */
export function pasteTargets(
  block: readonly (readonly string[])[],
  start: CellPosition,
  shape: GridShape,
): { cells: PastedCell[]; outside: number } {
  const cells: PastedCell[] = [];
  let outside = 0;
  const at = rowIndexOf(start.row, shape.editableRows);
  block.forEach((line, rowOffset) => {
    const row = shape.editableRows[at + rowOffset];
    line.forEach((text, colOffset) => {
      const col = start.col + colOffset;
      if (row === undefined || col >= shape.columns) outside += 1;
      else cells.push({ row, col, text: text.trim() });
    });
  });
  return { cells, outside };
}

/** The id of one cell among a source's values: its column's uuid and its value key. */
export function cellId(column: string, key: string): string {
  return `${column}\u0000${key}`;
}

export interface CellMark {
  importance: RuleImportance;
  messages: string[];
}

/** Which cells the checks point at, an error outweighing a warning on the same cell. */
export function violationMarks(
  violations: readonly { importance: RuleImportance; column: string; keys: readonly string[]; message: string }[],
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const violation of violations) {
    for (const key of violation.keys) {
      const id = cellId(violation.column, key);
      const mark = marks.get(id);
      if (!mark) {
        marks.set(id, { importance: violation.importance, messages: [violation.message] });
        continue;
      }
      if (!mark.messages.includes(violation.message)) mark.messages.push(violation.message);
      if (violation.importance === 'error') mark.importance = 'error';
    }
  }
  return marks;
}

/** What the officer typed into a cell, checked the way the server will read it; null when it reads. */
export function cellProblem(text: string, kind: FigureKind): string | null {
  const parsed = parseFigure(text, kind);
  return parsed.ok ? null : parsed.message;
}
