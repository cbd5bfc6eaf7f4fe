import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  flattenOutline,
  formatOutlineLabel,
  fromRoman,
  nextOutlineLabel,
  outlineRef,
  suggestChildLabel,
  toRoman,
} from '../../core/outline';
import type { Section, Task } from '../../core/plan';

const section = (id: number, parentId: number | null, label: string, position: number): Section => ({
  id,
  uuid: `s-${id}`,
  planId: 1,
  parentId,
  label,
  title: `Mục ${label}`,
  role: 'content',
  position,
});

const task = (id: number, sectionId: number | null, label: string | null, position: number): Task => ({
  id,
  uuid: `t-${id}`,
  planId: 1,
  sectionId,
  label,
  text: `Nhiệm vụ ${id}`,
  allMembers: false,
  timingKind: 'unspecified',
  dueOn: null,
  periodFrom: null,
  periodTo: null,
  recurrence: null,
  progress: 'not_started',
  note: null,
  position,
});

describe('nextOutlineLabel', () => {
  it('follows the numbering of Vietnamese plans, đ between d and e', () => {
    expect(nextOutlineLabel('II')).toBe('III');
    expect(nextOutlineLabel('IX.')).toBe('X');
    expect(nextOutlineLabel('2.1')).toBe('2.2');
    expect(nextOutlineLabel('3')).toBe('4');
    expect(nextOutlineLabel('d')).toBe('đ');
    expect(nextOutlineLabel('đ)')).toBe('e');
    expect(nextOutlineLabel('e')).toBe('f');
    expect(nextOutlineLabel('-')).toBe('');
    expect(nextOutlineLabel(null)).toBe('');
  });

  it('treats a lone lower-case i as an item letter, not a roman numeral', () => {
    expect(nextOutlineLabel('i')).toBe('k');
    expect(nextOutlineLabel('I')).toBe('II');
  });
});

describe('suggestChildLabel', () => {
  it('starts each level the way plans do', () => {
    expect(suggestChildLabel(null, null, 'section')).toBe('I');
    expect(suggestChildLabel('II', null, 'section')).toBe('1');
    expect(suggestChildLabel('2', null, 'section')).toBe('2.1');
    expect(suggestChildLabel('2.1', null, 'task')).toBe('a');
    expect(suggestChildLabel('2', '2.1', 'section')).toBe('2.2');
    expect(suggestChildLabel('2.1', 'd', 'task')).toBe('đ');
  });
});

describe('roman numerals', () => {
  it('round-trips 1–100 and rejects non-canonical forms', () => {
    for (let n = 1; n <= 100; n++) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('abc')).toBeNull();
  });
});

describe('formatOutlineLabel and outlineRef', () => {
  it('prints labels as documents do', () => {
    expect(formatOutlineLabel('II')).toBe('II.');
    expect(formatOutlineLabel('2.1')).toBe('2.1.');
    expect(formatOutlineLabel('đ')).toBe('đ)');
    expect(formatOutlineLabel('-')).toBe('-');
    expect(formatOutlineLabel(null)).toBe('');
  });

  it('joins a path without repeating a parent number the child already carries', () => {
    expect(outlineRef(['II', '2', '2.1', 'a'])).toBe('II.2.1.a');
    expect(outlineRef(['II', '1', 'b'])).toBe('II.1.b');
    expect(outlineRef(['I', '-'])).toBe('I');
  });
});

describe('buildOutline', () => {
  it('orders sections and tasks of one parent together, by position', () => {
    const sections = [section(1, null, 'I', 0), section(2, null, 'II', 1), section(3, 2, '1', 1)];
    const tasks = [task(10, 2, 'a', 0), task(11, 3, 'a', 0), task(12, 3, 'b', 1), task(13, null, null, 2)];
    const flat = flattenOutline(buildOutline(sections, tasks)).map((node) =>
      node.type === 'section'
        ? `S${node.section.id}@${node.depth}`
        : `T${node.task.id}@${node.depth}:${outlineRef(node.path)}`,
    );
    expect(flat).toEqual(['S1@0', 'S2@0', 'T10@1:II.a', 'S3@1', 'T11@2:II.1.a', 'T12@2:II.1.b', 'T13@0:']);
  });

  it('does not loop on a cycle in the parent links', () => {
    const sections = [section(1, 2, 'A', 0), section(2, 1, 'B', 0), section(3, null, 'I', 0)];
    expect(flattenOutline(buildOutline(sections, []))).toHaveLength(1);
  });
});
