import { describe, expect, it } from 'vitest';

import { SEX } from '../../core/figures/catalogue';
import {
  browseCommand,
  cellId,
  cellProblem,
  editCommand,
  firstCell,
  gridRows,
  gridShape,
  isBlock,
  moveFrom,
  parseClipboard,
  pasteTargets,
  violationMarks,
} from '../../renderer/src/figures/gridKeys';

const VICTIMS = {
  code: 'NN01',
  name: 'Số nạn nhân được xác định',
  unit: 'người',
  kind: 'count' as const,
  breakdowns: [SEX],
};
const CASES = { code: 'DT01', name: 'Số vụ phát hiện', unit: 'vụ', kind: 'count' as const, breakdowns: [] };
const FUNDS = { code: 'HT09', name: 'Kinh phí hỗ trợ', unit: 'triệu đồng', kind: 'amount' as const, breakdowns: [] };

// Rows: 0 NN01, 1 "Chia theo giới tính:", 2 Nam, 3 Nữ, 4 DT01, 5 HT09.
const rows = gridRows([VICTIMS, CASES, FUNDS]);
const shape = gridShape(rows, 3);

describe('gridRows', () => {
  it('follows the template: total, heading, options, with names that say which indicator', () => {
    expect(rows.map((row) => [row.type, row.key])).toEqual([
      ['indicator', 'NN01'],
      ['heading', null],
      ['option', 'NN01|sex=male'],
      ['option', 'NN01|sex=female'],
      ['indicator', 'DT01'],
      ['indicator', 'HT09'],
    ]);
    expect(rows[0]).toMatchObject({ number: 1, name: 'Số nạn nhân được xác định', unit: 'người' });
    expect(rows[1]!.label).toBe('Chia theo giới tính:');
    expect(rows[3]).toMatchObject({ name: 'Số nạn nhân được xác định (Nữ)', unit: 'người', kind: 'count' });
    expect(rows[5]).toMatchObject({ number: 3, kind: 'amount' });
    expect(shape.editableRows).toEqual([0, 2, 3, 4, 5]);
  });
});

describe('moveFrom', () => {
  it('steps over heading rows and stops at the edges', () => {
    expect(moveFrom({ row: 0, col: 1 }, 'down', shape)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 2, col: 1 }, 'up', shape)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 1 }, 'up', shape)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 5, col: 1 }, 'down', shape)).toEqual({ row: 5, col: 1 });
    expect(moveFrom({ row: 4, col: 0 }, 'left', shape)).toEqual({ row: 4, col: 0 });
    expect(moveFrom({ row: 4, col: 2 }, 'right', shape)).toEqual({ row: 4, col: 2 });
  });

  it('runs Tab on to the next row and lets it leave the grid past the last cell', () => {
    expect(moveFrom({ row: 0, col: 1 }, 'next', shape)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 0, col: 2 }, 'next', shape)).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 2, col: 0 }, 'previous', shape)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 5, col: 2 }, 'next', shape)).toBeNull();
    expect(moveFrom({ row: 0, col: 0 }, 'previous', shape)).toBeNull();
  });

  it('jumps to the row ends, the grid ends and by pages', () => {
    expect(moveFrom({ row: 3, col: 1 }, 'rowStart', shape)).toEqual({ row: 3, col: 0 });
    expect(moveFrom({ row: 3, col: 1 }, 'rowEnd', shape)).toEqual({ row: 3, col: 2 });
    expect(moveFrom({ row: 3, col: 1 }, 'gridStart', shape)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 3, col: 1 }, 'gridEnd', shape)).toEqual({ row: 5, col: 2 });
    expect(moveFrom({ row: 0, col: 1 }, 'pageDown', shape)).toEqual({ row: 5, col: 1 });
    expect(moveFrom({ row: 5, col: 1 }, 'pageUp', shape)).toEqual({ row: 0, col: 1 });
  });

  it('treats a heading row as the row under it, and an empty grid as nowhere', () => {
    expect(moveFrom({ row: 1, col: 0 }, 'down', shape)).toEqual({ row: 3, col: 0 });
    expect(moveFrom({ row: 0, col: 0 }, 'down', gridShape(rows, 0))).toBeNull();
    expect(firstCell(shape)).toEqual({ row: 0, col: 0 });
    expect(firstCell(gridShape([], 3))).toBeNull();
  });
});

describe('browseCommand and editCommand', () => {
  it('moves with arrows, Tab and Enter; edits on a character or F2; clears; cancels', () => {
    expect(browseCommand({ key: 'ArrowDown' })).toEqual({ type: 'move', direction: 'down' });
    expect(browseCommand({ key: 'Tab', shiftKey: true })).toEqual({ type: 'move', direction: 'previous' });
    expect(browseCommand({ key: 'Enter' })).toEqual({ type: 'move', direction: 'down' });
    expect(browseCommand({ key: 'Enter', shiftKey: true })).toEqual({ type: 'move', direction: 'up' });
    expect(browseCommand({ key: 'ArrowRight', ctrlKey: true })).toEqual({ type: 'move', direction: 'rowEnd' });
    expect(browseCommand({ key: '7' })).toEqual({ type: 'edit', text: '7' });
    expect(browseCommand({ key: 'F2' })).toEqual({ type: 'edit', text: null });
    expect(browseCommand({ key: 'Delete' })).toEqual({ type: 'clear' });
    expect(browseCommand({ key: 'Backspace' })).toEqual({ type: 'clear' });
    expect(browseCommand({ key: 'Escape' })).toEqual({ type: 'cancel' });
  });

  it('leaves shortcuts, modifier keys and composition to the browser', () => {
    expect(browseCommand({ key: 'v', ctrlKey: true })).toBeNull();
    expect(browseCommand({ key: 'c', metaKey: true })).toBeNull();
    expect(browseCommand({ key: 'Shift', shiftKey: true })).toBeNull();
    expect(browseCommand({ key: 'F5' })).toBeNull();
    expect(browseCommand({ key: '5', isComposing: true })).toBeNull();
    expect(browseCommand({ key: '5', altKey: true })).toBeNull();
  });

  it('commits on Enter and Tab, cancels on Escape; arrows move on only when typed over', () => {
    expect(editCommand({ key: 'Enter' }, 'typing')).toEqual({ type: 'commit', direction: 'down' });
    expect(editCommand({ key: 'Tab' }, 'editing')).toEqual({ type: 'commit', direction: 'next' });
    expect(editCommand({ key: 'Tab', shiftKey: true }, 'editing')).toEqual({ type: 'commit', direction: 'previous' });
    expect(editCommand({ key: 'Escape' }, 'editing')).toEqual({ type: 'cancel' });
    expect(editCommand({ key: 'ArrowLeft' }, 'typing')).toEqual({ type: 'commit', direction: 'left' });
    expect(editCommand({ key: 'ArrowLeft' }, 'editing')).toBeNull();
    expect(editCommand({ key: '3' }, 'typing')).toBeNull();
  });
});

describe('parseClipboard', () => {
  it('reads an Excel block: tabs between cells, CRLF between rows, the last line break dropped', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
    expect(parseClipboard('1.234\n5\n')).toEqual([['1.234'], ['5']]);
    expect(parseClipboard('12')).toEqual([['12']]);
    expect(parseClipboard('')).toEqual([]);
  });

  it('keeps a blank last cell and a blank row inside the block', () => {
    expect(parseClipboard('1\t\n\n3\t4')).toEqual([['1', ''], [''], ['3', '4']]);
  });

  it('reads a cell Excel quoted for its line break or quotes', () => {
    expect(parseClipboard('"a\nb"\t2\n"say ""x"""\t3')).toEqual([
      ['a\nb', '2'],
      ['say "x"', '3'],
    ]);
    expect(parseClipboard('"5 vụ\t6')).toEqual([['"5 vụ', '6']]);
  });

  it('tells a block from one value', () => {
    expect(isBlock('12')).toBe(false);
    expect(isBlock('12\r\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});

describe('pasteTargets', () => {
  it('lands right and down from the active cell over the rows that take figures', () => {
    const { cells, outside } = pasteTargets(
      [
        ['10', '11'],
        ['6', '7'],
        ['4', ' 4 '],
      ],
      { row: 0, col: 1 },
      shape,
    );
    expect(outside).toBe(0);
    expect(cells).toEqual([
      { row: 0, col: 1, text: '10' },
      { row: 0, col: 2, text: '11' },
      { row: 2, col: 1, text: '6' },
      { row: 2, col: 2, text: '7' },
      { row: 3, col: 1, text: '4' },
      { row: 3, col: 2, text: '4' },
    ]);
  });

  it('counts what falls outside the grid instead of writing it', () => {
    const { cells, outside } = pasteTargets(
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
      { row: 5, col: 1 },
      shape,
    );
    expect(cells).toEqual([
      { row: 5, col: 1, text: '1' },
      { row: 5, col: 2, text: '2' },
    ]);
    expect(outside).toBe(4);
  });
});

describe('violationMarks', () => {
  it('marks every cell a violation names, an error outweighing a warning', () => {
    const marks = violationMarks([
      { importance: 'warning', column: 'c1', keys: ['NN01'], message: 'Tăng hơn ba lần so với kỳ trước.' },
      {
        importance: 'error',
        column: 'c1',
        keys: ['NN01', 'NN01|sex=male', 'NN01|sex=female'],
        message: 'Tổng khác cộng các phần.',
      },
      { importance: 'warning', column: 'c2', keys: ['DT01'], message: 'Ngoài khoảng.' },
    ]);
    expect(marks.get(cellId('c1', 'NN01'))).toEqual({
      importance: 'error',
      messages: ['Tăng hơn ba lần so với kỳ trước.', 'Tổng khác cộng các phần.'],
    });
    expect(marks.get(cellId('c1', 'NN01|sex=female'))?.importance).toBe('error');
    expect(marks.get(cellId('c2', 'DT01'))?.importance).toBe('warning');
    expect(marks.has(cellId('c2', 'NN01'))).toBe(false);
  });
});

describe('cellProblem', () => {
  it('reads the Vietnamese way, blank included, and names what is wrong', () => {
    expect(cellProblem('1.234', 'count')).toBeNull();
    expect(cellProblem('', 'count')).toBeNull();
    expect(cellProblem('0', 'count')).toBeNull();
    expect(cellProblem('1,5', 'amount')).toBeNull();
    expect(cellProblem('1,5', 'count')).toMatch(/không có phần thập phân/);
    expect(cellProblem('1.5', 'amount')).toMatch(/dấu chấm/);
    expect(cellProblem('-3', 'count')).toMatch(/âm/);
    expect(cellProblem('abc', 'count')).toMatch(/không phải là số/);
  });
});
