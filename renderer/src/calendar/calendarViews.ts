import type { CalendarApi, CalendarOptions } from '@fullcalendar/core';
import viLocale from '@fullcalendar/core/locales/vi';

export const MONTH_VIEW = 'dayGridMonth';
export const YEAR_VIEW = 'multiMonthYear';
export const AGENDA_VIEW = 'listYear';

/** The view and date the officer last looked at, kept while the app runs. */
export const remembered: { view: string; date: string | undefined } = { view: MONTH_VIEW, date: undefined };

interface FormatArg {
  date: { year: number; month: number; day: number; marker: Date };
}

const pad = (value: number) => String(value).padStart(2, '0');
const ddmmyyyy = ({ date }: FormatArg) => `${pad(date.day)}/${pad(date.month + 1)}/${date.year}`;
const monthTitle = ({ date }: FormatArg) => `Tháng ${date.month + 1}/${date.year}`;
const yearTitle = ({ date }: FormatArg) => `Năm ${date.year}`;
const monthName = ({ date }: FormatArg) => `Tháng ${date.month + 1}`;
const WEEKDAY_LONG = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAY_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const weekdayLong = ({ date }: FormatArg) => WEEKDAY_LONG[date.marker.getUTCDay()]!;
const weekdayShort = ({ date }: FormatArg) => WEEKDAY_SHORT[date.marker.getUTCDay()]!;

/**
 * Every text FullCalendar draws in Vietnamese, weeks from Monday. Its `vi` locale translates the buttons and little else: the rest
 * (the agenda's column headers "Time"/"Event", the popover's "Close", the hints on links) falls back to English, and
 * its dates read "30 tháng 7, 2025" where the office writes 30/07/2025.
 */
export const VIETNAMESE_CALENDAR = {
  locale: viLocale,
  firstDay: 1,
  // Only `today`: each view names its own button, and a text for prev/next would replace their arrow icons.
  buttonText: { today: 'Hôm nay' },
  buttonHints: { prev: 'Kỳ trước', next: 'Kỳ sau', today: 'Về hôm nay' },
  allDayText: 'Cả ngày',
  timeHint: 'Thời gian',
  eventHint: 'Nội dung',
  closeHint: 'Đóng',
  weekText: 'Tuần',
  weekTextLong: 'Tuần',
  moreLinkText: (count: number) => `+${count} mục`,
  moreLinkHint: (count: number) => `Xem thêm ${count} mục của ngày này`,
  navLinkHint: (_: string, date: Date) => `Xem tháng ${date.getMonth() + 1}/${date.getFullYear()}`,
  noEventsText: 'Không có mục lịch nào trong thời gian này.',
  dayPopoverFormat: (arg: FormatArg) => `${weekdayLong(arg)}, ${ddmmyyyy(arg)}`,
} satisfies CalendarOptions;

/** The three views: the month, the year as twelve small months, and the agenda (a list of the year). */
export const VIEW_OPTIONS: CalendarOptions['views'] = {
  [MONTH_VIEW]: {
    buttonText: 'Tháng',
    titleFormat: monthTitle,
    dayHeaderFormat: weekdayLong,
    dayMaxEvents: true,
    fixedWeekCount: false,
  },
  [YEAR_VIEW]: {
    // Twelve small months in two rows; each entry is a thin bar in its kind's colour
    // (details in the tooltip), a day number opens that month.
    buttonText: 'Năm',
    titleFormat: yearTitle,
    multiMonthTitleFormat: monthName,
    multiMonthMaxColumns: 6,
    multiMonthMinWidth: 160,
    dayHeaderFormat: weekdayShort,
    // Taller small months than FullCalendar's default, so a day holds a few bars.
    aspectRatio: 0.75,
    navLinks: true,
    navLinkDayClick(this: CalendarApi, date: Date) {
      this.changeView(MONTH_VIEW, date);
    },
  },
  [AGENDA_VIEW]: {
    buttonText: 'Danh sách',
    titleFormat: yearTitle,
    listDayFormat: ddmmyyyy,
    listDaySideFormat: weekdayLong,
  },
};
