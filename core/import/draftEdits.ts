/**
 * The officer's corrections on the review screen, as pure functions on the
 * draft: each returns a new draft and leaves the old one untouched.
 */
import type { AgencyKind } from '../agency';
import type { DraftAgencyRef, DraftNode, ImportDraft } from './draft';

function sameRef(a: DraftAgencyRef, b: DraftAgencyRef): boolean {
  return a.agencyId === b.agencyId && a.newKey === b.newKey;
}

function uniqueRefs(refs: DraftAgencyRef[]): DraftAgencyRef[] {
  return refs.filter((ref, i) => refs.findIndex((other) => sameRef(other, ref)) === i);
}

export function updateNode(
  draft: ImportDraft,
  key: string,
  change: Partial<Omit<DraftNode, 'key' | 'type'>>,
): ImportDraft {
  return { ...draft, nodes: draft.nodes.map((node) => (node.key === key ? { ...node, ...change } : node)) };
}

/** Drops a task, or a heading with everything under it. */
export function removeNode(draft: ImportDraft, key: string): ImportDraft {
  const doomed = new Set([key]);
  for (const node of draft.nodes) if (node.parentKey !== null && doomed.has(node.parentKey)) doomed.add(node.key);
  return { ...draft, nodes: draft.nodes.filter((node) => !doomed.has(node.key)) };
}

/** Splits a task at a character offset of its text: two tasks with the same agencies and timing. */
export function splitTask(draft: ImportDraft, key: string, at: number): ImportDraft {
  const index = draft.nodes.findIndex((node) => node.key === key);
  const node = draft.nodes[index];
  if (!node || node.type !== 'task') return draft;
  const first = node.text.slice(0, at).trim();
  const second = node.text.slice(at).trim();
  if (!first || !second) return draft;
  const used = new Set(draft.nodes.map((item) => item.key));
  let suffix = 2;
  while (used.has(`${key}.${suffix}`)) suffix++;
  const nodes = [...draft.nodes];
  nodes.splice(index, 1, { ...node, text: first }, { ...node, key: `${key}.${suffix}`, text: second });
  return { ...draft, nodes };
}

/** Merges a task with the next task under the same heading: texts joined, agencies combined. */
export function mergeWithNext(draft: ImportDraft, key: string): ImportDraft {
  const index = draft.nodes.findIndex((node) => node.key === key);
  const node = draft.nodes[index];
  const next = draft.nodes.slice(index + 1).find((item) => item.type === 'task' && item.parentKey === node?.parentKey);
  if (!node || node.type !== 'task' || !next) return draft;
  const lead = uniqueRefs([...node.lead, ...next.lead]);
  const merged: DraftNode = {
    ...node,
    text: `${node.text} ${next.text}`.trim(),
    lead,
    coordinating: uniqueRefs([...node.coordinating, ...next.coordinating]).filter(
      (ref) => !lead.some((l) => sameRef(l, ref)),
    ),
    allMembers: node.allMembers || next.allMembers,
    source:
      node.source && next.source
        ? { start: node.source.start, end: Math.max(node.source.end, next.source.end) }
        : node.source,
  };
  return {
    ...draft,
    nodes: draft.nodes.filter((item) => item.key !== next.key).map((item) => (item.key === key ? merged : item)),
  };
}

/** An agency the directory did not know turns out to be one it has: every reference moves to it. */
export function mapNewAgency(draft: ImportDraft, newKey: string, agencyId: number): ImportDraft {
  const replace = (refs: DraftAgencyRef[]) =>
    uniqueRefs(refs.map((ref) => (ref.newKey === newKey ? { agencyId } : ref)));
  return {
    ...draft,
    newAgencies: draft.newAgencies.filter((agency) => agency.key !== newKey),
    nodes: draft.nodes.map((node) => {
      const lead = replace(node.lead);
      return {
        ...node,
        lead,
        coordinating: replace(node.coordinating).filter((ref) => !lead.some((l) => sameRef(l, ref))),
      };
    }),
  };
}

export function updateNewAgency(
  draft: ImportDraft,
  newKey: string,
  change: { name?: string; kind?: AgencyKind },
): ImportDraft {
  return {
    ...draft,
    newAgencies: draft.newAgencies.map((agency) => (agency.key === newKey ? { ...agency, ...change } : agency)),
  };
}

/** Drops a date the import found (a false deadline) from what is saved. */
export function removeDate(draft: ImportDraft, index: number): ImportDraft {
  return { ...draft, dates: draft.dates.filter((_, i) => i !== index) };
}

/** New agencies no task refers to any more are not created. */
export function withoutUnusedNewAgencies(draft: ImportDraft): ImportDraft {
  const used = new Set(
    draft.nodes
      .flatMap((node) => [...node.lead, ...node.coordinating])
      .flatMap((ref) => (ref.newKey ? [ref.newKey] : [])),
  );
  return { ...draft, newAgencies: draft.newAgencies.filter((agency) => used.has(agency.key)) };
}
