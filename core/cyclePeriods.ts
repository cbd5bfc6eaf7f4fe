/**
 * A report cycle's periods and the register. A cycle (quarterly, half-yearly …)
 * puts a deadline on the calendar for every period; the office tracks who has
 * sent a period's report by opening a report request for it. Once a request
 * tracks a period, the request's deadline stands for it everywhere, so the
 * calendar does not show the same deadline twice.
 */
import { expandOccurrences, type Cycle, type Occurrence } from './calendar';
import { daysBetween } from './dates';
import type { ReportRequest, RequestFields } from './reports';

type Tracker = Pick<ReportRequest, 'cycleId' | 'dueOn' | 'dataTo'>;

/** One cycle's periods due between two dates, as the calendar shows them. */
export function cyclePeriods(cycle: Cycle, from: string, to: string): Occurrence[] {
  return expandOccurrences([], [cycle], from, to, () => null, { kinds: ['report'] });
}

/** "Quý II/2025" of "Báo cáo quý … — Quý II/2025": a period's title is its cycle's (`what`), a dash, the period. */
export function periodName(occurrence: Occurrence): string {
  const prefix = `${occurrence.what ?? ''} — `;
  return occurrence.title.startsWith(prefix) ? occurrence.title.slice(prefix.length) : occurrence.title;
}

/** A cycle's generated deadline (the calendar's `report` occurrences). */
export function isCyclePeriod(occurrence: Occurrence): boolean {
  return occurrence.kind === 'report' && occurrence.cycleId !== null;
}

/** The cycles whose periods these occurrences show: the only ones whose tracking requests can matter to them. */
export function periodCycleIds(occurrences: readonly Occurrence[]): number[] {
  return [...new Set(occurrences.filter(isCyclePeriod).map((occurrence) => occurrence.cycleId!))];
}

/**
 * How far apart the ends of two data windows may lie and still name the same period. The officer may move a
 * request's due date off a holiday, or shift a cycle's window by a day or two (sectors differ: 14th or 15th);
 * a cycle's periods are at least a month apart, so a week never confuses two of them.
 */
const SAME_PERIOD_DAYS = 7;

/** Two requests (or a request and a period) of the same cycle that stand for the same period. */
export function sameCyclePeriod(a: Tracker, b: Tracker): boolean {
  if (a.cycleId === null || a.cycleId !== b.cycleId) return false;
  if (a.dueOn === b.dueOn) return true;
  return a.dataTo !== null && b.dataTo !== null && Math.abs(daysBetween(a.dataTo, b.dataTo)) <= SAME_PERIOD_DAYS;
}

/** The request that tracks a cycle's period, if any. */
export function trackingRequest<T extends Tracker>(occurrence: Occurrence, requests: readonly T[]): T | undefined {
  if (!isCyclePeriod(occurrence)) return undefined;
  const period = { cycleId: occurrence.cycleId, dueOn: occurrence.start, dataTo: occurrence.dataTo };
  return requests.find((request) => sameCyclePeriod(request, period));
}

/**
 * What the calendar shows once a tracked period gives way to its request's deadline. Only when that deadline is
 * itself on show (the same filters and range): otherwise the period stays, so that nothing goes missing.
 */
export function withoutTrackedPeriods(
  occurrences: Occurrence[],
  trackers: ReadonlyArray<Tracker & { calendarEntryId: number | null }>,
): Occurrence[] {
  if (trackers.length === 0) return occurrences;
  const shownEntries = new Set(occurrences.map((occurrence) => occurrence.entryId).filter((id) => id !== null));
  const standIns = trackers.filter(
    (tracker) => tracker.calendarEntryId !== null && shownEntries.has(tracker.calendarEntryId),
  );
  if (standIns.length === 0) return occurrences;
  return occurrences.filter((occurrence) => trackingRequest(occurrence, standIns) === undefined);
}

/** The periods among these that no request tracks yet: nobody is chasing their reports. */
export function untrackedPeriods(occurrences: readonly Occurrence[], trackers: readonly Tracker[]): Occurrence[] {
  return occurrences.filter((occurrence) => isCyclePeriod(occurrence) && !trackingRequest(occurrence, trackers));
}

/**
 * The request that tracks a cycle's period, as the form proposes it: the period's due date, data window, receiver,
 * plan and agencies. It counts as requested from the first day of the data window: an agency may send its report
 * before the office opens the register, never before the period began.
 */
export function requestForPeriod(occurrence: Occurrence): RequestFields {
  if (!isCyclePeriod(occurrence)) throw new Error('Not a report cycle period');
  const requestedOn =
    occurrence.dataFrom && occurrence.dataFrom <= occurrence.start ? occurrence.dataFrom : occurrence.start;
  return {
    title: occurrence.title,
    kind: 'cycle',
    cycleId: occurrence.cycleId,
    requestedOn,
    dueOn: occurrence.start,
    dataFrom: occurrence.dataFrom,
    dataTo: occurrence.dataTo,
    receiver: occurrence.receiver,
    outline: [],
    planId: occurrence.planId,
    agencyIds: [...occurrence.agencyIds],
    exemptAgencyIds: [],
  };
}
