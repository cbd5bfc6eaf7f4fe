/**
 * The outline of a plan: parts (I, II), sections (1., 2.1.), items (a) … đ) … e))
 * and the tasks under them. Sections and tasks share one order among siblings,
 * so a section may hold tasks and sub-sections interleaved as the document does.
 */
import type { Section, Task } from './plan';

export type OutlineNode =
  | { type: 'section'; section: Section; depth: number; path: string[]; children: OutlineNode[] }
  | { type: 'task'; task: Task; depth: number; path: string[] };

function byPosition(a: { position: number; id: number }, b: { position: number; id: number }): number {
  return a.position - b.position || a.id - b.id;
}

export function buildOutline(sections: readonly Section[], tasks: readonly Task[]): OutlineNode[] {
  const sectionsByParent = new Map<number | null, Section[]>();
  for (const section of sections) {
    const list = sectionsByParent.get(section.parentId) ?? [];
    list.push(section);
    sectionsByParent.set(section.parentId, list);
  }
  const tasksBySection = new Map<number | null, Task[]>();
  for (const task of tasks) {
    const list = tasksBySection.get(task.sectionId) ?? [];
    list.push(task);
    tasksBySection.set(task.sectionId, list);
  }

  const visit = (parentId: number | null, depth: number, path: string[], seen: Set<number>): OutlineNode[] => {
    const children: Array<{ position: number; id: number; node: () => OutlineNode }> = [];
    for (const section of sectionsByParent.get(parentId) ?? []) {
      if (seen.has(section.id)) continue; // a cycle would be a bug elsewhere; never loop on it
      children.push({
        position: section.position,
        id: section.id,
        node: () => {
          const sectionPath = [...path, section.label].filter(Boolean);
          return {
            type: 'section',
            section,
            depth,
            path: sectionPath,
            children: visit(section.id, depth + 1, sectionPath, new Set([...seen, section.id])),
          };
        },
      });
    }
    for (const task of tasksBySection.get(parentId) ?? []) {
      children.push({
        position: task.position,
        id: -task.id,
        node: () => ({ type: 'task', task, depth, path: task.label ? [...path, task.label] : path }),
      });
    }
    return children.sort(byPosition).map((child) => child.node());
  };

  return visit(null, 0, [], new Set());
}

/** Depth-first, document order. */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (list: readonly OutlineNode[]) => {
    for (const node of list) {
      out.push(node);
      if (node.type === 'section') walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * The outline number as printed, e.g. `II.2.1.a`. A part that the next one
 * already repeats (`2` before `2.1`) is left out.
 */
export function outlineRef(path: readonly string[]): string {
  const parts = path.map((part) => part.trim().replace(/[.)]+$/, '')).filter((part) => part && part !== '-');
  return parts.filter((part, i) => !(parts[i + 1] ?? '').startsWith(`${part}.`)).join('.');
}

/** How a label is printed in the document: `I.`, `2.1.`, `a)`, `-`. */
export function formatOutlineLabel(label: string | null | undefined): string {
  const bare = (label ?? '').trim().replace(/[.)]+$/, '');
  if (!bare) return '';
  if (bare === '-') return '-';
  if (/^\p{L}$/u.test(bare) && bare === bare.toLowerCase()) return `${bare})`;
  return `${bare}.`;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

export function fromRoman(numeral: string): number | null {
  if (!/^[IVXLCDM]+$/i.test(numeral)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const upper = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const current = values[upper[i]!]!;
    const next = values[upper[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return toRoman(total) === upper ? total : null;
}

/**
 * The letters used for items, in the order Vietnamese documents use them: đ
 * comes between d and e. Plans also use f, j, w, z when they run long.
 */
export const ITEM_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'f', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const; // prettier-ignore

/**
 * Proposes the label that follows a sibling's label: `II` → `III`, `2.1` → `2.2`,
 * `d` → `đ`, `3` → `4`. Returns an empty string when there is no obvious successor.
 */
export function nextOutlineLabel(previous: string | null | undefined): string {
  const label = (previous ?? '').trim().replace(/[.)]+$/, '');
  if (!label) return '';
  const roman = fromRoman(label);
  if (roman !== null && label === label.toUpperCase()) return toRoman(roman + 1);
  const dotted = /^(.*?)(\d+)$/.exec(label);
  if (dotted) return `${dotted[1]}${Number(dotted[2]) + 1}`;
  const letterIndex = ITEM_LETTERS.indexOf(label.toLowerCase() as (typeof ITEM_LETTERS)[number]);
  if (letterIndex >= 0 && letterIndex < ITEM_LETTERS.length - 1) return ITEM_LETTERS[letterIndex + 1]!;
  return '';
}

/**
 * The label to propose for a new child: the successor of the last sibling of
 * the same kind, else the first label of the level below the parent (`I`
 * at the top, `1` under a part, `2.1` under `2`, `a` for tasks).
 */
export function suggestChildLabel(
  parentLabel: string | null,
  lastSiblingLabel: string | null,
  kind: 'section' | 'task',
): string {
  const next = nextOutlineLabel(lastSiblingLabel);
  if (next) return next;
  if (kind === 'task') return 'a';
  if (parentLabel === null) return 'I';
  const parent = parentLabel.trim().replace(/[.)]+$/, '');
  if (fromRoman(parent) !== null && parent === parent.toUpperCase()) return '1';
  if (/^\d+(\.\d+)*$/.test(parent)) return `${parent}.1`;
  return 'a';
}
