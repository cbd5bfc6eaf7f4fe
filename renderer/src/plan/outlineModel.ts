import { useMemo } from 'react';
import { buildOutline, type OutlineNode } from '../../../core/outline';
import type { PlanDetail, Section, TaskFields } from '../../../core/plan';

/** A tree node's key: `s12` is section 12, `t40` task 40. */
export type NodeKey = `s${number}` | `t${number}`;

/** Where a node sits: what "move up/down" and a drop need to compute the new position. */
export interface Place {
  kind: 'section' | 'task';
  id: number;
  parentId: number | null;
  index: number;
  siblings: OutlineNode[];
}

export interface Roles {
  lead: number[];
  coordinating: number[];
}

export const NO_ROLES: Roles = { lead: [], coordinating: [] };

export function keyOf(node: OutlineNode): NodeKey {
  return node.type === 'section' ? `s${node.section.id}` : `t${node.task.id}`;
}

export function nodeOfKey(key: NodeKey): { kind: 'section' | 'task'; id: number } {
  return { kind: key[0] === 's' ? 'section' : 'task', id: Number(key.slice(1)) };
}

export const EMPTY_TASK: TaskFields = {
  label: null,
  text: '',
  allMembers: false,
  timingKind: 'unspecified',
  dueOn: null,
  periodFrom: null,
  periodTo: null,
  recurrence: null,
  progress: 'not_started',
  note: null,
  lead: [],
  coordinating: [],
};

function childrenOf(outline: OutlineNode[], sectionId: number): OutlineNode[] {
  const find = (nodes: OutlineNode[]): OutlineNode[] | null => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      if (node.section.id === sectionId) return node.children;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return null;
  };
  return find(outline) ?? [];
}

export interface OutlineModel {
  outline: OutlineNode[];
  places: Map<NodeKey, Place>;
  rolesByTask: Map<number, Roles>;
  /** Every section expanded: how the tree opens. */
  sectionKeys: string[];
  section: (id: number | null) => Section | null;
  /** The label of the last section or task under a parent, for suggesting the next one (II after I, b after a). */
  lastLabel: (parentId: number | null, kind: 'section' | 'task') => string | null;
  /** How many sections and tasks deleting this section takes with it. */
  countDescendants: (sectionId: number) => number;
}

/** The plan as a tree, with the lookups the editor needs, rebuilt when the plan changes. */
export function useOutlineModel(detail: PlanDetail): OutlineModel {
  return useMemo(() => {
    const outline = buildOutline(detail.sections, detail.tasks);
    const places = new Map<NodeKey, Place>();
    const walk = (nodes: OutlineNode[], parentId: number | null) =>
      nodes.forEach((node, index) => {
        const id = node.type === 'section' ? node.section.id : node.task.id;
        places.set(keyOf(node), { kind: node.type, id, parentId, index, siblings: nodes });
        if (node.type === 'section') walk(node.children, node.section.id);
      });
    walk(outline, null);
    const rolesByTask = new Map<number, Roles>();
    for (const assignment of detail.assignments) {
      const roles = rolesByTask.get(assignment.taskId) ?? { lead: [], coordinating: [] };
      roles[assignment.role].push(assignment.agencyId);
      rolesByTask.set(assignment.taskId, roles);
    }
    return {
      outline,
      places,
      rolesByTask,
      sectionKeys: detail.sections.map((section) => `s${section.id}`),
      section: (id) => (id === null ? null : (detail.sections.find((item) => item.id === id) ?? null)),
      lastLabel: (parentId, kind) => {
        const siblings = parentId === null ? outline : childrenOf(outline, parentId);
        const last = [...siblings].reverse().find((node) => node.type === kind);
        if (!last) return null;
        return last.type === 'section' ? last.section.label : last.task.label;
      },
      countDescendants: (sectionId) => {
        let total = 0;
        const count = (nodes: OutlineNode[]) =>
          nodes.forEach((node) => {
            total += 1;
            if (node.type === 'section') count(node.children);
          });
        count(childrenOf(outline, sectionId));
        return total;
      },
    };
  }, [detail]);
}
