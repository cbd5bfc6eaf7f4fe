/**
 * The plan an import proposes, in the shape the officer edits on the review
 * screen and then saves in one transaction: plan fields, the outline (sections
 * and tasks, with agency references), new directory entries, and the dates and
 * targets kept. `draftFromParse` accepts every proposal as it is, which is what
 * `plan import` on the command line saves.
 */
import type { AgencyKind } from '../agency';
import { foldVietnamese } from '../vietnamese';
import type { PlanFields, PlanLevel, SectionRole, TaskTiming } from '../plan';
import type { ExtractedDate } from './dates';
import type { AgencyMention, HeadingRole, ParsedTask, ParseResult, Target } from './types';

/** An agency in the directory (`agencyId`) or one the import will add (`newKey`). */
export type DraftAgencyRef = { agencyId: number; newKey?: undefined } | { newKey: string; agencyId?: undefined };

export interface DraftNode {
  key: string;
  parentKey: string | null;
  type: 'section' | 'task';
  label: string;
  /** A section's title or a task's text. */
  text: string;
  role: SectionRole;
  lead: DraftAgencyRef[];
  coordinating: DraftAgencyRef[];
  allMembers: boolean;
  timing: TaskTiming;
  source: { start: number; end: number } | null;
}

export interface DraftNewAgency {
  key: string;
  name: string;
  kind: AgencyKind;
}

export interface ImportDraft {
  source: { fileName: string | null; text: string; encoding: string | null; legacyFont: string | null };
  plan: PlanFields;
  nodes: DraftNode[];
  newAgencies: DraftNewAgency[];
  dates: ExtractedDate[];
  targets: Target[];
}

const ROLE_OF_HEADING: Record<HeadingRole, SectionRole> = {
  objectives: 'objectives',
  tasks: 'content',
  organisation: 'content',
  report_outline: 'report_outline',
  other: 'other',
};

function levelOf(number: string | null, issuer: string | null): PlanLevel {
  const folded = foldVietnamese(`${number ?? ''} ${issuer ?? ''}`);
  if (/\/cp\b|ttg|chinh phu|\bbo\b/.test(folded)) return 'central';
  if (/\b(xa|phuong|thi tran)\b/.test(folded) && !/tinh/.test(folded)) return 'commune';
  return 'province';
}

/** "giai đoạn 2021 - 2025" → 2021–2025; "năm 2024" → 2024; else the plan year. */
export function periodOf(title: string | null, planYear: number): { periodFrom: number; periodTo: number } {
  const range = title ? /(\d{4})\s*[-–]\s*(\d{4})/.exec(title) : null;
  if (range && Number(range[1]) <= Number(range[2]))
    return { periodFrom: Number(range[1]), periodTo: Number(range[2]) };
  const year = title ? /năm\s+(\d{4})/iu.exec(title) : null;
  const single = year ? Number(year[1]) : planYear;
  return { periodFrom: single, periodTo: single };
}

/** The task's timing, from the first date the import found in its text. */
export function timingOf(task: ParsedTask, dates: readonly ExtractedDate[]): TaskTiming {
  const none: TaskTiming = {
    timingKind: 'unspecified',
    dueOn: null,
    periodFrom: null,
    periodTo: null,
    recurrence: null,
  };
  for (const index of task.dateIndexes) {
    const date = dates[index];
    if (!date) continue;
    if (date.kind === 'deadline' && date.due) return { ...none, timingKind: 'due', dueOn: date.due };
    if ((date.kind === 'range' || date.kind === 'period') && date.from && date.to) {
      return { ...none, timingKind: 'period', periodFrom: date.from, periodTo: date.to };
    }
    if (date.kind === 'recurring' && date.recurrence[0])
      return { ...none, timingKind: 'recurring', recurrence: date.recurrence[0] };
  }
  if (/thường xuyên|liên tục/iu.test(task.text)) return { ...none, timingKind: 'ongoing' };
  return none;
}

export function draftFromParse(
  result: ParseResult,
  options: {
    fileName: string | null;
    encoding: string | null;
    legacyFont: string | null;
    implementsPlanId: number | null;
    fallbackYear: number;
  },
): ImportDraft {
  const { header } = result;
  const issueYear = header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : options.fallbackYear;
  const newAgencies: DraftNewAgency[] = [];
  const newKeys = new Map<string, string>();
  const ref = (mention: AgencyMention): DraftAgencyRef => {
    if (mention.agencyId !== null) return { agencyId: mention.agencyId };
    const folded = foldVietnamese(mention.name);
    let key = newKeys.get(folded);
    if (!key) {
      key = `new${newAgencies.length + 1}`;
      newKeys.set(folded, key);
      newAgencies.push({ key, name: mention.name, kind: mention.proposedKind ?? 'other' });
    }
    return { newKey: key };
  };
  const unique = (refs: DraftAgencyRef[]) =>
    refs.filter(
      (item, i) => refs.findIndex((other) => other.agencyId === item.agencyId && other.newKey === item.newKey) === i,
    );

  const nodes: DraftNode[] = result.nodes.map((node) => {
    if (node.type === 'heading') {
      return {
        key: node.key,
        parentKey: node.parentKey,
        type: 'section',
        label: node.label,
        text: node.title,
        role: ROLE_OF_HEADING[node.role],
        lead: [],
        coordinating: [],
        allMembers: false,
        timing: { timingKind: 'unspecified', dueOn: null, periodFrom: null, periodTo: null, recurrence: null },
        source: node.span,
      };
    }
    const lead = unique(node.responsibility.lead.map(ref));
    const coordinating = unique(node.responsibility.coordinating.map(ref)).filter(
      (item) => !lead.some((other) => other.agencyId === item.agencyId && other.newKey === item.newKey),
    );
    return {
      key: node.key,
      parentKey: node.parentKey,
      type: 'task',
      // A dash bullet has no number of its own.
      label: node.label === '-' ? '' : (node.label ?? ''),
      text: node.text,
      role: 'content',
      lead,
      coordinating,
      allMembers: node.responsibility.allMembers,
      timing: timingOf(node, result.dates),
      source: node.span,
    };
  });

  const { periodFrom, periodTo } = periodOf(header.title, issueYear);
  const plan: PlanFields = {
    numberSymbol: header.number,
    // A title is required to save; the officer sees and fixes this stand-in on the review screen.
    title: header.title ?? [header.documentType ?? 'Kế hoạch', header.number].filter(Boolean).join(' '),
    issuer: header.issuer ?? '',
    issuedOn: header.issuedOn,
    signer: header.signer,
    level: levelOf(header.number, header.issuer),
    periodFrom,
    periodTo,
    implementsPlanId: options.implementsPlanId,
    implementsRef: header.implements[0]?.text ?? null,
    status: header.number ? 'issued' : 'draft',
  };
  return {
    source: {
      fileName: options.fileName,
      text: result.text,
      encoding: options.encoding,
      legacyFont: options.legacyFont,
    },
    plan,
    nodes,
    newAgencies,
    dates: result.dates,
    targets: result.targets,
  };
}
