/**
 * What a saved import puts on the calendar, worked out without touching the database: the dates the import kept
 * become calendar entries and report cycles, and a request to send a report by a date becomes a report request
 * (which shows on the calendar as its deadline) — linked to the plan, to the task whose sentence holds them, and
 * to the agencies that task concerns (every member at the plan's level when it names them all). db/importCalendar.ts
 * writes the result in the order given (docs/architecture.md, "Domain rules").
 */
import type { Agency, AgencyKind } from '../agency';
import { blankEntry, type CycleFields, type EntryFields } from '../calendar';
import { RECURRENCE_LABELS, type PlanLevel, type PlanSummary, type Recurrence } from '../plan';
import type { RequestFields } from '../reports';
import { foldVietnamese } from '../vietnamese';
import type { ExtractedDate } from './dates';
import type { ImportDraft } from './draft';

/**
 * Whom "all members" (`các sở, ngành, địa phương`; `các bộ, ngành, địa phương`) means, by the plan's level: a
 * provincial (or lower) plan speaks to the province's members, a central plan to the central bodies.
 */
const MEMBER_KINDS: Record<PlanLevel, readonly AgencyKind[]> = {
  central: ['central'],
  province: ['department', 'mass_organisation', 'judicial', 'armed_force', 'local_government'],
  commune: ['department', 'mass_organisation', 'judicial', 'armed_force', 'local_government'],
};

export interface SavedTask {
  key: string;
  id: number;
  source: { start: number; end: number } | null;
  agencyIds: number[];
  allMembers: boolean;
}

/** A deadline for sending a report (not for finishing a task). */
function isReport(date: ExtractedDate): boolean {
  return /báo cáo/iu.test(date.what ?? '');
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The report outline (Đề cương) the plan carries, as its headings with their numbers. */
function reportOutline(draft: ImportDraft): string[] {
  return draft.nodes
    .filter((node) => node.type === 'section' && node.role === 'report_outline')
    .map((node) => `${node.label ? `${node.label}. ` : ''}${node.text}`);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** One write of the import's calendar, in the order the dates appear in the document. */
export type CalendarWrite =
  | { kind: 'request'; fields: RequestFields; taskIds: number[] }
  | { kind: 'entry'; fields: EntryFields }
  | { kind: 'cycle'; fields: CycleFields };

/** `directory`: every agency, inactive ones included (a receiver may be named by an old name). */
export function planImportCalendar(
  draft: ImportDraft,
  plan: PlanSummary,
  saved: readonly SavedTask[],
  directory: readonly Agency[],
): CalendarWrite[] {
  const writes: CalendarWrite[] = [];
  // Units inside a member (a police department's offices, a ministry's forces) are not members themselves.
  const members = directory
    .filter((agency) => agency.active && MEMBER_KINDS[plan.level].includes(agency.kind) && agency.parentId === null)
    .map((agency) => agency.id);
  const taskOf = (date: ExtractedDate) =>
    saved.find((task) => task.source && date.start >= task.source.start && date.end <= task.source.end) ?? null;
  const concerned = (task: SavedTask | null) =>
    task ? [...new Set([...task.agencyIds, ...(task.allMembers ? members : [])])] : [];
  const label = plan.numberSymbol ?? plan.title;
  const receiverIds = (receiver: string | null) => {
    const folded = foldVietnamese(receiver ?? '');
    const named = directory
      .filter((agency) => folded && folded.includes(foldVietnamese(agency.name)))
      .map((agency) => agency.id);
    return new Set([
      ...named,
      ...directory.filter((agency) => agency.parentId !== null && named.includes(agency.parentId)).map((a) => a.id),
    ]);
  };

  // A document with one data window (the 836 plan's 09/02/2021–15/6/2025) gives it to its deadlines.
  const windows = new Map(
    draft.dates
      .filter((date) => date.kind === 'period' && date.from && date.to)
      .map((date) => [`${date.from}/${date.to}`, date]),
  );
  const window = windows.size === 1 ? [...windows.values()][0]! : null;

  // Every write below sets its kind, title, day and links over this.
  const base = blankEntry('deadline', '', '', plan.id);
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));

  for (const date of draft.dates) {
    const task = taskOf(date);
    const links = { agencyIds: concerned(task), taskIds: task ? [task.id] : [] };
    const receivers = receiverIds(date.receiver);
    if (
      date.kind === 'deadline' &&
      date.due &&
      isReport(date) &&
      links.agencyIds.length > 0 &&
      once(`d${date.due}${date.what}`)
    ) {
      // "… gửi báo cáo … trước ngày 20/6/2025": a report asked of the agencies, tracked in the register.
      writes.push({
        kind: 'request',
        fields: {
          title: capitalise(`${date.what} (theo Kế hoạch ${label})`),
          kind: 'ad_hoc',
          cycleId: null,
          requestedOn: minDate(plan.issuedOn ?? date.due, date.due),
          dueOn: date.due,
          dataFrom: window?.from ?? null,
          dataTo: window?.to ?? null,
          receiver: date.receiver,
          outline: reportOutline(draft),
          planId: plan.id,
          // The body that receives the reports does not owe one to itself.
          agencyIds: links.agencyIds.filter((id) => !receivers.has(id)),
          exemptAgencyIds: [],
        },
        taskIds: links.taskIds,
      });
    } else if (date.kind === 'deadline' && date.due && once(`d${date.due}${date.what ?? ''}`)) {
      writes.push({
        kind: 'entry',
        fields: {
          ...base,
          kind: 'deadline',
          title: capitalise(date.what ? `hạn gửi ${date.what}` : `hạn theo kế hoạch ${label}`),
          description: truncate(date.text, 1000),
          startOn: date.due,
          what: date.what,
          sender: date.sender,
          receiver: date.receiver,
          dataFrom: window?.from ?? null,
          dataTo: window?.to ?? null,
          ...links,
        },
      });
    } else if (date.kind === 'range' && date.from && date.to && once(`r${date.from}${date.to}`)) {
      writes.push({
        kind: 'entry',
        fields: {
          ...base,
          kind: 'period',
          title: truncate(
            /cao điểm/iu.test(date.text) ? `Cao điểm: ${date.text}` : `Thực hiện ${label}: ${date.text}`,
            200,
          ),
          description: truncate(date.text, 1000),
          startOn: date.from,
          endOn: date.to,
          ...links,
        },
      });
    } else if (date.kind === 'period' && date.from && date.to && !window && once(`p${date.from}${date.to}`)) {
      writes.push({
        kind: 'entry',
        fields: {
          ...base,
          kind: 'period',
          title: truncate(`Kỳ số liệu theo kế hoạch ${label}`, 200),
          description: truncate(date.text, 1000),
          startOn: date.from,
          endOn: date.to,
          ...links,
        },
      });
    } else if (date.kind === 'yearly' && date.due && once(`y${date.monthDay}${foldVietnamese(date.text)}`)) {
      writes.push({
        kind: 'entry',
        fields: { ...base, kind: 'event', title: truncate(date.text, 200), startOn: date.due, yearly: true, ...links },
      });
    } else if (date.kind === 'recurring') {
      for (const recurrence of date.recurrence as Recurrence[]) {
        if (!once(`c${recurrence}`)) continue;
        writes.push({
          kind: 'cycle',
          fields: {
            title: `Báo cáo ${RECURRENCE_LABELS[recurrence].toLocaleLowerCase('vi')} theo kế hoạch ${label}`,
            recurrence,
            windowStartDay: 15,
            windowEndDay: 14,
            dueDay: 20,
            dueMonthOffset: 0,
            fromYear: plan.periodFrom,
            toYear: plan.periodTo,
            receiver: null,
            planId: plan.id,
            agencyIds: links.agencyIds,
          },
        });
      }
    }
  }
  return writes;
}
