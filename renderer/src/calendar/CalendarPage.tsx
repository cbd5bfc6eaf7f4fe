import { useRef } from 'react';
import { Typography } from 'antd';
import type FullCalendar from '@fullcalendar/react';
import { isoFromDate } from './calendarData';
import { AGENDA_VIEW } from './calendarViews';
import { CalendarDialogs, useCalendarDialogs } from './CalendarDialogs';
import { CalendarFilterBar } from './CalendarFilterBar';
import { CalendarGrid } from './CalendarGrid';
import { CalendarToolbar } from './CalendarToolbar';
import { useCalendarData } from './useCalendarData';
import { useCalendarPrinting } from './useCalendarPrinting';
import './calendar.css';

/** "Lịch công tác": the year's deadlines, campaigns, events, meetings and report cycles, filtered and printed. */
export function CalendarPage() {
  const calendarRef = useRef<FullCalendar>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  useCalendarPrinting(calendarRef, pageRef);
  const data = useCalendarData();
  const dialogs = useCalendarDialogs();
  const { range, filters } = data;

  const newEntryOn = (startOn: string) =>
    dialogs.setEntryTarget({ mode: 'create', startOn, planId: filters.planId, agencyId: filters.agencyId });

  // Today when the view shows it, else the first day of what it shows.
  const addEntry = () => {
    const today = isoFromDate(new Date());
    const inView = range && today >= range.currentFrom && today <= range.currentTo;
    newEntryOn(inView || !range ? today : range.currentFrom);
  };

  const onAgencyChange = (agencyId: number | null) => {
    data.setAgencyId(agencyId);
    if (agencyId) calendarRef.current?.getApi().changeView(AGENDA_VIEW);
  };

  return (
    <div className="cal-page" ref={pageRef}>
      {/* While this screen is open, printing is A4 landscape. */}
      <style>{'@page { size: A4 landscape; margin: 8mm; }'}</style>
      <CalendarToolbar
        range={range}
        filters={filters}
        onGotoMonth={(month) => calendarRef.current?.getApi().gotoDate(month)}
        onAddEntry={addEntry}
        onHolidays={() => dialogs.setHolidaysOpen(true)}
        onCycles={() => dialogs.setCyclesOpen({ focus: null })}
      />
      <CalendarFilterBar data={data} onAgencyChange={onAgencyChange} />
      {data.view.error && (
        <Typography.Text type="danger" className="cal-no-print" style={{ marginBottom: 6 }}>
          {data.view.error}
        </Typography.Text>
      )}
      <div className="cal-print">
        {data.filterSummary && <div className="cal-print-filters">{data.filterSummary}</div>}
        <div className="cal-container" data-testid="calendar" aria-busy={data.view.loading}>
          <CalendarGrid calendarRef={calendarRef} data={data} onNewEntry={newEntryOn} onOpen={dialogs.open} />
        </div>
      </div>
      <CalendarDialogs dialogs={dialogs} data={data} />
    </div>
  );
}
