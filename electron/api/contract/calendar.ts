/** The calendar: entries, report cycles, days off and working days, and its iCalendar export. */
import { z } from 'zod';
import { ENTRY_KINDS, OCCURRENCE_KINDS, type Cycle, type Entry, type Occurrence } from '../../../core/calendar';
import { HOLIDAY_CHANGES } from '../../../core/workdays';
import { RECURRENCES } from '../../../core/plan';
import { command, id, isoDate, none, optionalText, query, text, year, type ExportedFile } from './schema';

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ không hợp lệ (định dạng HH:MM).')
  .nullable()
  .default(null);

export const entryFields = z
  .object({
    kind: z.enum(ENTRY_KINDS),
    title: text(500),
    description: optionalText(5000),
    startOn: isoDate,
    endOn: isoDate.nullable().default(null),
    yearly: z.boolean().default(false),
    time,
    place: optionalText(300),
    what: optionalText(500),
    sender: optionalText(500),
    receiver: optionalText(500),
    dataFrom: isoDate.nullable().default(null),
    dataTo: isoDate.nullable().default(null),
    planId: id.nullable().default(null),
    agencyIds: z.array(id).max(500).default([]),
    taskIds: z.array(id).max(500).default([]),
  })
  .refine((entry) => entry.endOn === null || entry.endOn >= entry.startOn, {
    message: 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.',
    path: ['endOn'],
  })
  .refine((entry) => entry.dataFrom === null || entry.dataTo === null || entry.dataTo >= entry.dataFrom, {
    message: 'Kỳ số liệu: ngày cuối phải sau ngày đầu.',
    path: ['dataTo'],
  });

export const cycleFields = z.object({
  title: text(300),
  recurrence: z.enum(RECURRENCES),
  windowStartDay: z.number().int().min(1).max(31).default(15),
  windowEndDay: z.number().int().min(1).max(31).default(14),
  dueDay: z.number().int().min(1).max(31).default(20),
  dueMonthOffset: z.number().int().min(0).max(3).default(0),
  fromYear: year,
  toYear: year.nullable().default(null),
  receiver: optionalText(300),
  planId: id.nullable().default(null),
  agencyIds: z.array(id).max(500).default([]),
});

const calendarRange = z
  .object({
    from: isoDate,
    to: isoDate,
    kinds: z.array(z.enum(OCCURRENCE_KINDS)).optional(),
    planId: id.nullable().optional(),
    agencyId: id.nullable().optional(),
  })
  .refine((range) => range.from <= range.to, { message: 'Khoảng ngày không hợp lệ: “từ” sau “đến”.', path: ['to'] })
  .refine((range) => Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) <= 20, {
    message: 'Khoảng ngày quá dài (tối đa 20 năm).',
    path: ['to'],
  });

export interface CalendarView {
  occurrences: Occurrence[];
  /** Days off in the range (computed holidays with the officer's edits), for shading. */
  daysOff: HolidayDay[];
  /** Weekend days that are working days. */
  makeUpWorkdays: string[];
}

export interface HolidayDay {
  date: string;
  name: string;
  lunar: boolean;
  /** computed: from the law; edited: the officer's change. */
  source: 'computed' | 'edited';
}

export interface HolidayYear {
  year: number;
  daysOff: HolidayDay[];
  /** Computed days off the officer marked as working days. */
  removed: Array<{ date: string; name: string }>;
  makeUpWorkdays: string[];
}

export const calendarChannels = {
  'calendar.list': query<CalendarView>()(calendarRange),
  'calendar.create': command<Entry>()(entryFields),
  'calendar.update': command<Entry>()(z.object({ id, entry: entryFields })),
  'calendar.delete': command<null>()(z.object({ id })),
  /** Drag and drop: the entry keeps its length. */
  'calendar.move': command<Entry>()(z.object({ id, startOn: isoDate })),
  'calendar.exportIcs': query<ExportedFile>()(calendarRange),

  'cycles.list': query<Cycle[]>()(none),
  'cycles.create': command<Cycle>()(cycleFields),
  'cycles.update': command<Cycle>()(z.object({ id, cycle: cycleFields })),
  'cycles.delete': command<null>()(z.object({ id })),

  'holidays.year': query<HolidayYear>()(z.object({ year })),
  /** change null: back to the computed day. */
  'holidays.edit': command<HolidayYear>()(
    z.object({ date: isoDate, change: z.enum(HOLIDAY_CHANGES).nullable(), name: optionalText(200) }),
  ),
  'workdays.add': query<{ date: string; warning: string | null }>()(
    z.object({ date: isoDate, days: z.number().int().min(-366).max(366) }),
  ),
};
