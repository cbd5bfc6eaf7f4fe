import { createEvents, type EventAttributes } from 'ics';
import { expandOccurrences, OCCURRENCE_KIND_LABELS, type Occurrence } from '../../../core/calendar';
import { periodCycleIds, withoutTrackedPeriods } from '../../../core/cyclePeriods';
import { formatDisplayDate } from '../../../core/dates';
import { refoldIcs } from '../../../core/icalendar';
import { AppError } from '../../../core/errors';
import { computeHolidays } from '../../../core/holidays';
import { addWorkingDays, deadlineWarning, holidaysFor, workCalendarFor } from '../../../core/workdays';
import { listAgencies } from '../../../db/agencies';
import {
  createCycle,
  createEntry,
  deleteCycle,
  deleteEntry,
  editHoliday,
  holidayEditsFor,
  listCycles,
  listEntries,
  moveEntry,
  updateCycle,
  updateEntry,
} from '../../../db/calendar';
import type { Store } from '../../../db/open';
import { listCycleTrackers } from '../../../db/requests';
import type { CalendarView, ExportedFile, HolidayYear, ParsedInput } from '../contract';
import { exportFileName } from './matrix';
import type { HandlerMap } from './types';

function yearsBetween(from: string, to: string): number[] {
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

/** The working-day calendar of the years a range touches (one year each side, for deadlines near New Year). */
function workCalendar(store: Store, from: string, to: string) {
  const years = yearsBetween(from, to);
  return workCalendarFor([years[0]! - 1, ...years, years.at(-1)! + 1], holidayEditsFor(store.db));
}

export function calendarView(store: Store, range: ParsedInput<'calendar.list'>): CalendarView {
  const calendar = workCalendar(store, range.from, range.to);
  const expanded = expandOccurrences(
    listEntries(store.db, range.from, range.to),
    listCycles(store.db),
    range.from,
    range.to,
    (date) => deadlineWarning(date, calendar),
    { kinds: range.kinds, planId: range.planId, agencyId: range.agencyId },
  );
  const occurrences = withoutTrackedPeriods(expanded, listCycleTrackers(store.db, periodCycleIds(expanded)));
  const edits = holidayEditsFor(store.db);
  const daysOff = holidaysFor(yearsBetween(range.from, range.to), edits)
    .filter((holiday) => holiday.date >= range.from && holiday.date <= range.to)
    .map((holiday) => ({
      date: holiday.date,
      name: holiday.name,
      lunar: holiday.lunar,
      source: (edits.added ?? []).some((added) => added.date === holiday.date)
        ? ('edited' as const)
        : ('computed' as const),
    }));
  const makeUpWorkdays = (edits.makeUp ?? []).filter((date) => date >= range.from && date <= range.to);
  return { occurrences, daysOff, makeUpWorkdays };
}

export function holidayYear(store: Store, year: number): HolidayYear {
  const all = holidayEditsFor(store.db);
  const inThisYear = (date: string) => date.startsWith(`${year}-`);
  const edits = {
    added: (all.added ?? []).filter((holiday) => inThisYear(holiday.date)),
    removed: (all.removed ?? []).filter(inThisYear),
    makeUp: (all.makeUp ?? []).filter(inThisYear),
  };
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const added = new Set((edits.added ?? []).map((holiday) => holiday.date));
  const computed = computeHolidays(year);
  return {
    year,
    daysOff: holidaysFor([year], edits).map((holiday) => ({
      date: holiday.date,
      name: holiday.name,
      lunar: holiday.lunar,
      source: added.has(holiday.date) ? 'edited' : 'computed',
    })),
    removed: computed
      .filter((holiday) => (edits.removed ?? []).includes(holiday.date))
      .map((holiday) => ({ date: holiday.date, name: holiday.name })),
    makeUpWorkdays: (edits.makeUp ?? []).filter(inYear),
  };
}

function icsDate(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function dayAfter(iso: string): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The calendar as iCalendar, for Outlook or Thunderbird on the same PC: all-day events, yearly ones repeating. */
export function calendarIcs(store: Store, range: ParsedInput<'calendar.exportIcs'>): ExportedFile {
  const { occurrences } = calendarView(store, range);
  const names = new Map(listAgencies(store.db, { includeInactive: true }).map((agency) => [agency.id, agency.name]));
  // A yearly event is exported once, with its rule, not once per year of the range.
  const seen = new Set<string>();
  const events: EventAttributes[] = [];
  for (const occurrence of occurrences) {
    const id = occurrence.entryId !== null ? `e${occurrence.entryId}` : occurrence.key;
    if (occurrence.yearly && seen.has(id)) continue;
    seen.add(id);
    events.push(toIcsEvent(occurrence, names));
  }
  if (events.length === 0) {
    throw new AppError('INVALID_INPUT', 'Không có mục lịch nào trong khoảng đã chọn để xuất.');
  }
  const { error, value } = createEvents(events, { productId: 'Plan Desk', calName: 'Lịch công tác Plan Desk' });
  if (error || !value) {
    throw new AppError('INTERNAL', `Không tạo được tệp lịch: ${error?.message ?? 'lỗi không rõ'}`);
  }
  const subject = `${formatDisplayDate(range.from)} - ${formatDisplayDate(range.to)}`;
  return {
    fileName: exportFileName('Lich cong tac', subject, 'ics'),
    mimeType: 'text/calendar',
    // The package folds at 75 characters; RFC 5545 wants 75 octets, which Vietnamese text passes long before.
    base64: Buffer.from(refoldIcs(value), 'utf8').toString('base64'),
  };
}

function toIcsEvent(occurrence: Occurrence, names: Map<number, string>): EventAttributes {
  const lines = [
    OCCURRENCE_KIND_LABELS[occurrence.kind],
    occurrence.what && `Nội dung: ${occurrence.what}`,
    occurrence.sender && `Bên gửi: ${occurrence.sender}`,
    occurrence.receiver && `Nơi nhận: ${occurrence.receiver}`,
    occurrence.dataFrom && occurrence.dataTo
      ? `Kỳ số liệu: ${formatDisplayDate(occurrence.dataFrom)} – ${formatDisplayDate(occurrence.dataTo)}`
      : null,
    occurrence.agencyIds.length > 0
      ? `Cơ quan: ${occurrence.agencyIds.map((id) => names.get(id) ?? '?').join(', ')}`
      : null,
    occurrence.time && `Giờ: ${occurrence.time}`,
    occurrence.warning,
    occurrence.description,
  ].filter((line): line is string => Boolean(line));
  return {
    uid: `${occurrence.entryId !== null ? `entry-${occurrence.entryId}` : occurrence.key}@plan-desk`,
    title: occurrence.title,
    description: lines.join('\n'),
    location: occurrence.place ?? undefined,
    start: icsDate(occurrence.start),
    end: icsDate(dayAfter(occurrence.end)),
    // The ics package joins categories with commas and escapes none inside one: a label's own comma is escaped here.
    categories: [OCCURRENCE_KIND_LABELS[occurrence.kind].replace(/,/g, '\\,')],
    ...(occurrence.yearly ? { recurrenceRule: 'FREQ=YEARLY' } : {}),
  };
}

export const calendarHandlers = {
  'calendar.list': ({ store }, range) => calendarView(store, range),
  'calendar.create': ({ store }, entry) => createEntry(store, entry),
  'calendar.update': ({ store }, { id, entry }) => updateEntry(store, id, entry),
  'calendar.delete': ({ store }, { id }) => {
    deleteEntry(store, id);
    return null;
  },
  'calendar.move': ({ store }, { id, startOn }) => moveEntry(store, id, startOn),
  'calendar.exportIcs': ({ store }, range) => calendarIcs(store, range),
} satisfies HandlerMap<'calendar'>;

export const cycleHandlers = {
  'cycles.list': ({ store }) => listCycles(store.db),
  'cycles.create': ({ store }, cycle) => createCycle(store, cycle),
  'cycles.update': ({ store }, { id, cycle }) => updateCycle(store, id, cycle),
  'cycles.delete': ({ store }, { id }) => {
    deleteCycle(store, id);
    return null;
  },
} satisfies HandlerMap<'cycles'>;

export const holidayHandlers = {
  'holidays.year': ({ store }, { year }) => holidayYear(store, year),
  'holidays.edit': ({ store }, { date, change, name }) => {
    editHoliday(store, date, change, name);
    return holidayYear(store, Number(date.slice(0, 4)));
  },
} satisfies HandlerMap<'holidays'>;

export const workdayHandlers = {
  'workdays.add': ({ store }, { date, days }) => {
    // Enough years either side for the count: 366 working days run over about a year and a half.
    const year = Number(date.slice(0, 4));
    const reach = Math.ceil(Math.abs(days) / 200) + 1;
    const years = Array.from({ length: 2 * reach + 1 }, (_, i) => year - reach + i);
    const calendar = workCalendarFor(years, holidayEditsFor(store.db));
    const result = addWorkingDays(date, days, calendar);
    return { date: result, warning: deadlineWarning(date, calendar)?.message ?? null };
  },
} satisfies HandlerMap<'workdays'>;
