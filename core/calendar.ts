/**
 * The plan calendar: deadlines, periods (campaigns), events (one day, maybe
 * every year), meetings, and report cycles that generate their deadlines with
 * the data window each covers. Pure: entries in, occurrences for a range out.
 */
import { daysInMonth, toIsoDate } from './dates';
import { compareVietnamese } from './vietnamese';
import type { Recurrence } from './plan';

export const ENTRY_KINDS = ['deadline', 'period', 'event', 'meeting'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** What the calendar shows: the stored kinds, plus the deadlines report cycles generate. */
export const OCCURRENCE_KINDS = [...ENTRY_KINDS, 'report'] as const;
export type OccurrenceKind = (typeof OCCURRENCE_KINDS)[number];

export const OCCURRENCE_KIND_LABELS: Record<OccurrenceKind, string> = {
  deadline: 'Hạn gửi, hạn hoàn thành',
  period: 'Đợt, chiến dịch',
  event: 'Sự kiện, ngày kỷ niệm',
  meeting: 'Hội nghị, cuộc họp',
  report: 'Báo cáo định kỳ',
};

/** One colour per kind, the same on screen and in exports. */
export const OCCURRENCE_KIND_COLORS: Record<OccurrenceKind, string> = {
  deadline: '#cf1322',
  period: '#1f5fa8',
  event: '#389e0d',
  meeting: '#722ed1',
  report: '#d46b08',
};

export interface EntryFields {
  kind: EntryKind;
  title: string;
  description: string | null;
  /** The day (deadline, event, meeting) or the first day (period). ISO. */
  startOn: string;
  /** The last day of a period, inclusive. */
  endOn: string | null;
  /** An event that comes back every year on the same day (30/7). */
  yearly: boolean;
  /** Meetings: "08:00". */
  time: string | null;
  place: string | null;
  /** Deadlines: what is due, who sends, who receives, as written. */
  what: string | null;
  sender: string | null;
  receiver: string | null;
  /** Deadlines: the data window the report covers. */
  dataFrom: string | null;
  dataTo: string | null;
  planId: number | null;
  agencyIds: number[];
  taskIds: number[];
}

/** An entry with nothing but its kind, title and day: the fields its kind does not use left empty. */
export function blankEntry(kind: EntryKind, title: string, startOn: string, planId: number | null = null): EntryFields {
  return {
    kind,
    title,
    description: null,
    startOn,
    endOn: null,
    yearly: false,
    time: null,
    place: null,
    what: null,
    sender: null,
    receiver: null,
    dataFrom: null,
    dataTo: null,
    planId,
    agencyIds: [],
    taskIds: [],
  };
}

export interface Entry extends EntryFields {
  id: number;
  uuid: string;
  /** 'manual' or where it came from: 'import' (a plan's document). */
  source: string;
}

/**
 * A periodic report. The defaults follow the reporting regime of Decree
 * 09/2019/NĐ-CP as restated in later circulars: data from the 15th of the month
 * before the period to the 14th of its last month; editable, as sectors differ.
 */
export interface CycleFields {
  title: string;
  recurrence: Recurrence;
  /** Day of the month the data window opens (in the month before the period starts). */
  windowStartDay: number;
  /** Day of the period's last month the data window closes. */
  windowEndDay: number;
  /** Day the report is due, in the period's last month plus `dueMonthOffset`. */
  dueDay: number;
  dueMonthOffset: number;
  /** First and last year the cycle runs. */
  fromYear: number;
  toYear: number | null;
  receiver: string | null;
  planId: number | null;
  agencyIds: number[];
}

export interface Cycle extends CycleFields {
  id: number;
  uuid: string;
}

export const DEFAULT_CYCLE: Omit<CycleFields, 'title' | 'recurrence' | 'fromYear'> = {
  windowStartDay: 15,
  windowEndDay: 14,
  dueDay: 20,
  dueMonthOffset: 0,
  toYear: null,
  receiver: null,
  planId: null,
  agencyIds: [],
};

export interface ReportOccurrence {
  cycleId: number;
  /** The second half-year's report: the year's report when a yearly cycle runs beside it. */
  secondHalf: boolean;
  /** "Quý II/2025", "6 tháng đầu năm 2025", "Tháng 7/2025", "Năm 2025". */
  periodLabel: string;
  due: string;
  dataFrom: string;
  dataTo: string;
}

const MONTHS_PER_PERIOD: Record<Recurrence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/**
 * The ISO date of a day of a month, clamped to the month's length (31 → 30/4). Many cycles share the same few
 * hundred dates a year, so each string is made once: pure memoisation.
 */
const clampedDates = new Map<number, string>();
function clampDay(year: number, month: number, day: number): string {
  const key = (year * 100 + month) * 100 + day;
  let iso = clampedDates.get(key);
  if (iso === undefined) {
    iso = toIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
    clampedDates.set(key, iso);
  }
  return iso;
}

/** Month arithmetic on (year, month 1–12), as a month index (year × 12 + month − 1). */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

const periodLabels = new Map<string, string>();
/** "Quý II/2025": made once per recurrence and period, like the dates. */
function periodLabel(recurrence: Recurrence, year: number, firstMonth: number): string {
  const key = `${recurrence}${year * 100 + firstMonth}`;
  let label = periodLabels.get(key);
  if (label === undefined) {
    label = periodLabelOf(recurrence, year, firstMonth);
    periodLabels.set(key, label);
  }
  return label;
}

function periodLabelOf(recurrence: Recurrence, year: number, firstMonth: number): string {
  switch (recurrence) {
    case 'monthly':
      return `Tháng ${firstMonth}/${year}`;
    case 'quarterly':
      return `Quý ${['I', 'II', 'III', 'IV'][(firstMonth - 1) / 3]}/${year}`;
    case 'half_yearly':
      return firstMonth === 1 ? `6 tháng đầu năm ${year}` : `Năm ${year} (6 tháng cuối năm)`;
    case 'yearly':
      return `Năm ${year}`;
  }
}

/**
 * The deadlines a cycle generates between two dates (inclusive, by due date).
 * The second half-year's report is the year's report: it is generated once, as
 * "Năm …", when a yearly cycle exists alongside, the caller decides.
 */
export function cycleOccurrences(cycle: Cycle, from: string, to: string): ReportOccurrence[] {
  const step = MONTHS_PER_PERIOD[cycle.recurrence];
  const out: ReportOccurrence[] = [];
  const firstYear = Math.max(cycle.fromYear, Number(from.slice(0, 4)) - 1);
  const lastYear = Math.min(cycle.toYear ?? 2100, Number(to.slice(0, 4)) + 1);
  for (let year = firstYear; year <= lastYear; year++) {
    for (let firstMonth = 1; firstMonth <= 12; firstMonth += step) {
      const lastMonth = firstMonth + step - 1;
      const dueIndex = monthIndex(year, lastMonth) + cycle.dueMonthOffset;
      const due = clampDay(Math.floor(dueIndex / 12), (dueIndex % 12) + 1, cycle.dueDay);
      if (due < from || due > to) continue;
      const windowStart = monthIndex(year, firstMonth) - 1;
      out.push({
        cycleId: cycle.id,
        secondHalf: cycle.recurrence === 'half_yearly' && firstMonth === 7,
        periodLabel: periodLabel(cycle.recurrence, year, firstMonth),
        due,
        dataFrom: clampDay(Math.floor(windowStart / 12), (windowStart % 12) + 1, cycle.windowStartDay),
        dataTo: clampDay(year, lastMonth, cycle.windowEndDay),
      });
    }
  }
  return out;
}

/** A yearly event's date in a given year (29/02 falls back to 28/02). */
export function yearlyDate(startOn: string, year: number): string {
  const month = Number(startOn.slice(5, 7));
  return clampDay(year, month, Number(startOn.slice(8, 10)));
}

/** One thing on the calendar between two dates: an entry (a yearly one once per year) or a generated report deadline. */
export interface Occurrence {
  /** `e12`, `e12@2025` for a yearly event, `c3@2025-06-20` for a report deadline. */
  key: string;
  kind: OccurrenceKind;
  entryId: number | null;
  cycleId: number | null;
  title: string;
  description: string | null;
  start: string;
  /** Inclusive. */
  end: string;
  yearly: boolean;
  time: string | null;
  place: string | null;
  what: string | null;
  sender: string | null;
  receiver: string | null;
  dataFrom: string | null;
  dataTo: string | null;
  planId: number | null;
  agencyIds: number[];
  taskIds: number[];
  /** A deadline on a day off: the warning and the working day before it. */
  warning: string | null;
  suggested: string | null;
}

export interface OccurrenceFilter {
  kinds?: readonly OccurrenceKind[];
  planId?: number | null;
  agencyId?: number | null;
}

function overlaps(start: string, end: string, from: string, to: string): boolean {
  return start <= to && end >= from;
}

/**
 * Expands entries and cycles into what the calendar shows between `from` and
 * `to`, with a warning on every deadline that falls on a day off.
 */
export function expandOccurrences(
  entries: readonly Entry[],
  cycles: readonly Cycle[],
  from: string,
  to: string,
  warn: (date: string) => { message: string; suggested: string } | null,
  filter: OccurrenceFilter = {},
): Occurrence[] {
  const out: Occurrence[] = [];
  // Many deadlines share a day: work out each day's warning once.
  const warnings = new Map<string, { message: string; suggested: string } | null>();
  const warnOnce = (date: string) => {
    if (!warnings.has(date)) warnings.set(date, warn(date));
    return warnings.get(date)!;
  };
  const wanted = (kind: OccurrenceKind, planId: number | null, agencyIds: readonly number[]) =>
    (!filter.kinds || filter.kinds.includes(kind)) &&
    (filter.planId == null || filter.planId === planId) &&
    (filter.agencyId == null || agencyIds.includes(filter.agencyId));

  for (const entry of entries) {
    if (!wanted(entry.kind, entry.planId, entry.agencyIds)) continue;
    const base = {
      kind: entry.kind,
      entryId: entry.id,
      cycleId: null,
      title: entry.title,
      description: entry.description,
      yearly: entry.yearly,
      time: entry.time,
      place: entry.place,
      what: entry.what,
      sender: entry.sender,
      receiver: entry.receiver,
      dataFrom: entry.dataFrom,
      dataTo: entry.dataTo,
      planId: entry.planId,
      agencyIds: entry.agencyIds,
      taskIds: entry.taskIds,
    };
    const years = entry.yearly
      ? Array.from(
          { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
          (_, i) => Number(from.slice(0, 4)) + i,
        ).filter((year) => year >= Number(entry.startOn.slice(0, 4)))
      : [null];
    for (const year of years) {
      const start = year === null ? entry.startOn : yearlyDate(entry.startOn, year);
      const end = year === null ? (entry.endOn ?? entry.startOn) : start;
      if (!overlaps(start, end, from, to)) continue;
      const warning = entry.kind === 'deadline' ? warnOnce(start) : null;
      out.push({
        ...base,
        key: year === null ? `e${entry.id}` : `e${entry.id}@${year}`,
        start,
        end,
        warning: warning?.message ?? null,
        suggested: warning?.suggested ?? null,
      });
    }
  }

  // The second half-year's report is the year's report when the same plan also has a yearly cycle: show it once.
  const yearly = new Set(cycles.filter((cycle) => cycle.recurrence === 'yearly').map((cycle) => cycle.planId));
  for (const cycle of cycles) {
    if (!wanted('report', cycle.planId, cycle.agencyIds)) continue;
    for (const occurrence of cycleOccurrences(cycle, from, to)) {
      if (occurrence.secondHalf && yearly.has(cycle.planId)) continue;
      const warning = warnOnce(occurrence.due);
      out.push({
        key: `c${cycle.id}@${occurrence.due}`,
        kind: 'report',
        entryId: null,
        cycleId: cycle.id,
        title: `${cycle.title} — ${occurrence.periodLabel}`,
        description: null,
        start: occurrence.due,
        end: occurrence.due,
        yearly: false,
        time: null,
        place: null,
        what: cycle.title,
        sender: null,
        receiver: cycle.receiver,
        dataFrom: occurrence.dataFrom,
        dataTo: occurrence.dataTo,
        planId: cycle.planId,
        agencyIds: cycle.agencyIds,
        taskIds: [],
        warning: warning?.message ?? null,
        suggested: warning?.suggested ?? null,
      });
    }
  }
  return byDayThenTitle(out);
}

/**
 * By start day, then by title in Vietnamese order. The titles (an entry's own; a cycle's deadlines go by their
 * cycle's title) are ranked once with the collator, then the sort compares numbers: a thousand cycles due on the
 * same day would otherwise cost half a million collator calls.
 */
function byDayThenTitle(occurrences: Occurrence[]): Occurrence[] {
  const titleOf = (occurrence: Occurrence) =>
    occurrence.cycleId !== null ? (occurrence.what ?? occurrence.title) : occurrence.title;
  const rank = new Map(
    [...new Set(occurrences.map(titleOf))].sort(compareVietnamese).map((title, index) => [title, index]),
  );
  const byDay = new Map<string, Array<{ rank: number; occurrence: Occurrence }>>();
  for (const occurrence of occurrences) {
    const day = byDay.get(occurrence.start);
    const item = { rank: rank.get(titleOf(occurrence))!, occurrence };
    if (day) day.push(item);
    else byDay.set(occurrence.start, [item]);
  }
  const out: Occurrence[] = [];
  for (const day of [...byDay.keys()].sort()) {
    for (const { occurrence } of byDay.get(day)!.sort((a, b) => a.rank - b.rank)) out.push(occurrence);
  }
  return out;
}
