/**
 * What the calendar screen draws: occurrences and days off turned into
 * FullCalendar events, and the small date helpers the dialogs share.
 */
import type { EventInput } from '@fullcalendar/core';
import {
  OCCURRENCE_KIND_COLORS,
  OCCURRENCE_KIND_LABELS,
  type EntryFields,
  type EntryKind,
  type Occurrence,
  type OccurrenceKind,
} from '../../../core/calendar';
import { addDays, formatDisplayDate, toIsoDate } from '../../../core/dates';
import type { CalendarView } from '../../../electron/api/contract';
import { api } from '../api';

export const ALL_KINDS: OccurrenceKind[] = ['deadline', 'period', 'event', 'meeting', 'report'];

/** Short names for the filter, which doubles as the colour legend (the full names are in the tooltips). */
export const KIND_SHORT_LABELS: Record<OccurrenceKind, string> = {
  deadline: 'Hạn gửi, hoàn thành',
  period: 'Đợt, chiến dịch',
  event: 'Sự kiện, kỷ niệm',
  meeting: 'Hội nghị, họp',
  report: 'Báo cáo định kỳ',
};

/** A local Date (what FullCalendar hands out) as ISO `YYYY-MM-DD`. */
export function isoFromDate(date: Date): string {
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayName(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/** `Thứ Sáu, 18/07/2025`. */
export function longDate(iso: string): string {
  return `${weekdayName(iso)}, ${formatDisplayDate(iso)}`;
}

export function dateRangeText(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (from === to || !to) return formatDisplayDate(from);
  if (!from) return `đến ${formatDisplayDate(to)}`;
  return `${formatDisplayDate(from)} – ${formatDisplayDate(to)}`;
}

const DAY_OFF_COLOR = '#ffe9e7';
const MAKE_UP_COLOR = '#e3eeff';

export interface OccurrenceEventProps {
  occurrence: Occurrence;
}

/** A tooltip for an occurrence: kind, dates, what/who, the warning. */
export function occurrenceTooltip(occurrence: Occurrence): string {
  const lines = [
    `${OCCURRENCE_KIND_LABELS[occurrence.kind]}: ${occurrence.title}`,
    dateRangeText(occurrence.start, occurrence.end) + (occurrence.time ? `, ${occurrence.time}` : ''),
  ];
  if (occurrence.place) lines.push(`Địa điểm: ${occurrence.place}`);
  if (occurrence.receiver) lines.push(`Nơi nhận: ${occurrence.receiver}`);
  if (occurrence.dataFrom || occurrence.dataTo)
    lines.push(`Số liệu: ${dateRangeText(occurrence.dataFrom, occurrence.dataTo)}`);
  if (occurrence.warning) lines.push(`⚠ ${occurrence.warning}`);
  return lines.join('\n');
}

/**
 * The events of one view. In the agenda (list) view a period is listed once,
 * on its first visible day, with its dates in the title, instead of on every
 * day it covers.
 */
export function toEvents(view: CalendarView | undefined, listView: boolean, visibleFrom: string | null): EventInput[] {
  if (!view) return [];
  const events: EventInput[] = [];
  for (const occurrence of view.occurrences) {
    const color = OCCURRENCE_KIND_COLORS[occurrence.kind];
    const span = occurrence.end !== occurrence.start;
    let start = occurrence.start;
    let end = addDays(occurrence.end, 1);
    let title = occurrence.title;
    if (occurrence.time) title = `${occurrence.time} ${title}`;
    if (listView && span) {
      start = visibleFrom && start < visibleFrom ? visibleFrom : start;
      end = addDays(start, 1);
      title = `${title} (${dateRangeText(occurrence.start, occurrence.end)})`;
    }
    if (occurrence.warning) title = `⚠ ${title}`;
    const movable = occurrence.entryId !== null;
    events.push({
      id: occurrence.key,
      title,
      start,
      end,
      allDay: true,
      backgroundColor: color,
      borderColor: color,
      textColor: '#fff',
      startEditable: movable,
      durationEditable: false,
      classNames: [
        `cal-kind-${occurrence.kind}`,
        span ? 'cal-span' : 'cal-single',
        ...(occurrence.warning ? ['cal-warning'] : []),
      ],
      extendedProps: { occurrence } satisfies OccurrenceEventProps,
    });
  }
  if (!listView) {
    for (const day of view.daysOff) {
      events.push({
        id: `off-${day.date}`,
        title: day.name,
        start: day.date,
        end: addDays(day.date, 1),
        allDay: true,
        display: 'background',
        backgroundColor: DAY_OFF_COLOR,
        classNames: ['cal-day-off'],
      });
    }
    for (const date of view.makeUpWorkdays) {
      events.push({
        id: `makeup-${date}`,
        title: 'Ngày làm bù',
        start: date,
        end: addDays(date, 1),
        allDay: true,
        display: 'background',
        backgroundColor: MAKE_UP_COLOR,
        classNames: ['cal-make-up'],
      });
    }
  }
  return events;
}

/**
 * The entry's own first day. A yearly occurrence carries the date of its year;
 * the entry starts at its earliest occurrence, looked up over the 20 years before.
 */
export async function entryStartOn(occurrence: Occurrence): Promise<string> {
  if (!occurrence.yearly || occurrence.entryId === null) return occurrence.start;
  const year = Number(occurrence.start.slice(0, 4));
  const view = await api.calendar.list({
    from: `${Math.max(1900, year - 20)}-01-01`,
    to: occurrence.start,
    kinds: [occurrence.kind],
  });
  const starts = view.occurrences
    .filter((other) => other.entryId === occurrence.entryId)
    .map((other) => other.start)
    .sort();
  return starts[0] ?? occurrence.start;
}

/** The stored fields of the entry an occurrence comes from. */
export function fieldsFromOccurrence(occurrence: Occurrence, startOn: string): EntryFields {
  const kind = occurrence.kind as EntryKind;
  return {
    kind,
    title: occurrence.title,
    description: occurrence.description,
    startOn,
    endOn: kind === 'period' ? occurrence.end : null,
    yearly: occurrence.yearly,
    time: occurrence.time,
    place: occurrence.place,
    what: occurrence.what,
    sender: occurrence.sender,
    receiver: occurrence.receiver,
    dataFrom: occurrence.dataFrom,
    dataTo: occurrence.dataTo,
    planId: occurrence.planId,
    agencyIds: occurrence.agencyIds,
    taskIds: occurrence.taskIds,
  };
}
