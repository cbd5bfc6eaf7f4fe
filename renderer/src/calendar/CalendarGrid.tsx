import type { RefObject } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import multiMonthPlugin from '@fullcalendar/multimonth';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import type { EventClickArg, EventContentArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import type { Agency } from '../../../core/agency';
import type { Occurrence } from '../../../core/calendar';
import { addDays, daysBetween, formatDisplayDate } from '../../../core/dates';
import { agencyNames } from '../components/options';
import { useAction } from '../useAction';
import { invalidate } from '../useLoad';
import { api } from '../api';
import { dateRangeText, entryStartOn, isoFromDate, occurrenceTooltip, type OccurrenceEventProps } from './calendarData';
import { AGENDA_VIEW, MONTH_VIEW, remembered, VIETNAMESE_CALENDAR, VIEW_OPTIONS, YEAR_VIEW } from './calendarViews';
import type { CalendarData } from './useCalendarData';
import { useDayOffCheck } from './useDayOffCheck';

interface CalendarGridProps {
  calendarRef: RefObject<FullCalendar | null>;
  data: CalendarData;
  onNewEntry: (startOn: string) => void;
  /** An entry opens its form; a generated deadline (a report cycle's) opens its summary. */
  onOpen: (occurrence: Occurrence) => void;
}

const occurrenceOf = (event: { extendedProps: unknown }) =>
  (event.extendedProps as Partial<OccurrenceEventProps>).occurrence;

/** FullCalendar with the office's three views; dragging an entry moves it, clicking a day adds one. */
export function CalendarGrid({ calendarRef, data, onNewEntry, onOpen }: CalendarGridProps) {
  const { run } = useAction();
  const checkDayOff = useDayOffCheck();
  const { view, events, agencies, onDatesSet } = data;

  const onEventClick = (arg: EventClickArg) => {
    const occurrence = occurrenceOf(arg.event);
    if (!occurrence) return;
    arg.jsEvent.preventDefault();
    onOpen(occurrence);
  };

  const onEventDrop = async (info: EventDropArg) => {
    const occurrence = occurrenceOf(info.event);
    if (!occurrence || occurrence.entryId === null || !info.event.start) {
      info.revert();
      return;
    }
    const entryId = occurrence.entryId;
    const newStart = isoFromDate(info.event.start);
    const moved = await run(
      async () => {
        // A yearly entry moves by the same number of days from its own first year.
        const entryStart = await entryStartOn(occurrence);
        return api.calendar.move({
          id: entryId,
          startOn: addDays(entryStart, daysBetween(occurrence.start, newStart)),
        });
      },
      {
        success: (entry) => `Đã dời “${entry.title}” sang ngày ${formatDisplayDate(newStart)}.`,
        after: async (entry) => {
          await invalidate('calendar');
          await checkDayOff(entry);
        },
      },
    );
    if (!moved) info.revert();
  };

  const onEventDidMount = (arg: EventMountArg) => {
    const occurrence = occurrenceOf(arg.event);
    arg.el.title = occurrence ? occurrenceTooltip(occurrence) : arg.event.title;
  };

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={[dayGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin]}
      {...VIETNAMESE_CALENDAR}
      initialView={remembered.view}
      initialDate={remembered.date}
      height="100%"
      headerToolbar={{
        left: 'prev,next today',
        center: 'title',
        right: `${MONTH_VIEW},${YEAR_VIEW},${AGENDA_VIEW}`,
      }}
      views={VIEW_OPTIONS}
      events={events}
      eventDurationEditable={false}
      dateClick={(arg: DateClickArg) => onNewEntry(isoFromDate(arg.date))}
      eventClick={onEventClick}
      eventDrop={onEventDrop}
      eventDidMount={onEventDidMount}
      eventContent={(arg) => agendaContent(arg, agencies)}
      datesSet={onDatesSet}
      dayCellClassNames={(arg) =>
        view.data?.makeUpWorkdays.includes(isoFromDate(arg.date)) ? ['cal-make-up-day'] : []
      }
    />
  );
}

/**
 * The agenda says, under each title, who receives it, the data window, the place and the agencies. Elsewhere
 * `true`: FullCalendar draws the event itself.
 */
function agendaContent(arg: EventContentArg, agencies: Agency[]) {
  const occurrence = occurrenceOf(arg.event);
  if (arg.view.type !== AGENDA_VIEW || !occurrence) return true;
  const details = [
    occurrence.receiver && `Nơi nhận: ${occurrence.receiver}`,
    (occurrence.dataFrom || occurrence.dataTo) && `Số liệu: ${dateRangeText(occurrence.dataFrom, occurrence.dataTo)}`,
    occurrence.place && `Địa điểm: ${occurrence.place}`,
    occurrence.agencyIds.length > 0 && `Cơ quan: ${agencyNames(agencies, occurrence.agencyIds)}`,
  ].filter(Boolean);
  return (
    <>
      <span className="cal-list-title">{arg.event.title}</span>
      {details.length > 0 && <span className="cal-list-detail">{details.join(' · ')}</span>}
    </>
  );
}
