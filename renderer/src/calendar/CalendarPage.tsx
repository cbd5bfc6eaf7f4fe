import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Checkbox, DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { CalendarOutlined, ExportOutlined, PlusOutlined, PrinterOutlined, ScheduleOutlined } from '@ant-design/icons';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import multiMonthPlugin from '@fullcalendar/multimonth';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import viLocale from '@fullcalendar/core/locales/vi';
import type { DatesSetArg, EventClickArg, EventContentArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import {
  OCCURRENCE_KIND_COLORS,
  OCCURRENCE_KIND_LABELS,
  type Occurrence,
  type OccurrenceKind,
} from '../../../core/calendar';
import { addDays, daysBetween, formatDisplayDate } from '../../../core/dates';
import { planLabel } from '../../../core/plan';
import { api, errorMessage } from '../api';
import { saveExportedFile } from '../download';
import { invalidate, useLoad } from '../useLoad';
import {
  ALL_KINDS,
  KIND_SHORT_LABELS,
  dateRangeText,
  entryStartOn,
  isoFromDate,
  occurrenceTooltip,
  toEvents,
  type OccurrenceEventProps,
} from './calendarData';
import { PeriodRegisterDialog } from '../reports/PeriodRegisterDialog';
import { CyclesDialog } from './CyclesDialog';
import { EntryDialog, type EntryTarget } from './EntryDialog';
import { HolidaysDialog } from './HolidaysDialog';
import { ReportDialog } from './ReportDialog';
import { agencyNames, agencyOptions, agencySearch, planOptions } from '../components/options';
import { useDayOffCheck } from './useDayOffCheck';
import './calendar.css';

const MONTH_VIEW = 'dayGridMonth';
const YEAR_VIEW = 'multiMonthYear';
const AGENDA_VIEW = 'listYear';

/** The view and date the officer last looked at, kept while the app runs. */
const remembered: { view: string; date: string | undefined } = { view: MONTH_VIEW, date: undefined };

interface VisibleRange {
  /** The days on screen (a month view shows some days of the months around it). */
  from: string;
  to: string;
  /** The month or year the view is about. */
  currentFrom: string;
  currentTo: string;
  viewType: string;
}

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

export function CalendarPage() {
  const { message } = App.useApp();
  const checkDayOff = useDayOffCheck();
  const calendarRef = useRef<FullCalendar>(null);
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [kinds, setKinds] = useState<OccurrenceKind[]>(ALL_KINDS);
  const [planId, setPlanId] = useState<number | null>(null);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [entryTarget, setEntryTarget] = useState<EntryTarget | null>(null);
  const [report, setReport] = useState<Occurrence | null>(null);
  const [openingPeriod, setOpeningPeriod] = useState<Occurrence | null>(null);
  const [holidaysOpen, setHolidaysOpen] = useState(false);
  const [cyclesOpen, setCyclesOpen] = useState<{ focus: number | null } | null>(null);
  const [exporting, setExporting] = useState(false);

  // Printing. FullCalendar lays itself out for paper (natural heights, no scrollers) only when told;
  // the month keeps its screen layout (campaigns as continuous bars), measured at the page's size.
  const pageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const api = () => calendarRef.current?.getApi();
    const before = () => {
      if (api()?.view.type === MONTH_VIEW) {
        pageRef.current?.classList.add('cal-printing');
        api()?.updateSize();
      } else {
        api()?.trigger('_beforeprint');
      }
    };
    const after = () => {
      pageRef.current?.classList.remove('cal-printing');
      api()?.trigger('_afterprint');
      api()?.updateSize();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const filters = {
    kinds: kinds.length === ALL_KINDS.length ? undefined : kinds,
    planId,
    agencyId,
  };
  const view = useLoad(['calendar', range?.from, range?.to, filters.kinds?.join(','), planId, agencyId], () =>
    range
      ? api.calendar.list({ from: range.from, to: range.to, ...filters })
      : Promise.resolve({ occurrences: [], daysOff: [], makeUpWorkdays: [] }),
  );
  const plans = useLoad(['plans'], () => api.plans.list({}));
  const agencies = useLoad(['agencies'], () => api.agencies.list({ includeInactive: true }));
  const cycles = useLoad(['cycles'], () => api.cycles.list());

  const isAgenda = range?.viewType === AGENDA_VIEW;
  const events = useMemo(() => toEvents(view.data, isAgenda, range?.from ?? null), [view.data, isAgenda, range?.from]);
  const planChoices = useMemo(() => planOptions(plans.data ?? []), [plans.data]);
  const agencyChoices = useMemo(
    () => agencyOptions(agencies.data ?? [], agencyId ? [agencyId] : []),
    [agencies.data, agencyId],
  );
  const visibleYear = Number((range?.currentFrom ?? isoFromDate(new Date())).slice(0, 4));

  const onDatesSet = (arg: DatesSetArg) => {
    const next: VisibleRange = {
      from: isoFromDate(arg.view.activeStart),
      to: addDays(isoFromDate(arg.view.activeEnd), -1),
      currentFrom: isoFromDate(arg.view.currentStart),
      currentTo: addDays(isoFromDate(arg.view.currentEnd), -1),
      viewType: arg.view.type,
    };
    remembered.view = next.viewType;
    remembered.date = next.currentFrom;
    setRange((previous) =>
      previous &&
      previous.from === next.from &&
      previous.to === next.to &&
      previous.viewType === next.viewType &&
      previous.currentFrom === next.currentFrom
        ? previous
        : next,
    );
  };

  const newEntryOn = (startOn: string) => setEntryTarget({ mode: 'create', startOn, planId, agencyId });

  const addEntry = () => {
    const today = isoFromDate(new Date());
    const inView = range && today >= range.currentFrom && today <= range.currentTo;
    newEntryOn(inView || !range ? today : range.currentFrom);
  };

  const onDateClick = (arg: DateClickArg) => newEntryOn(isoFromDate(arg.date));

  const onEventClick = (arg: EventClickArg) => {
    const occurrence = (arg.event.extendedProps as Partial<OccurrenceEventProps>).occurrence;
    if (!occurrence) return;
    arg.jsEvent.preventDefault();
    if (occurrence.entryId !== null) setEntryTarget({ mode: 'edit', occurrence });
    else setReport(occurrence);
  };

  const onEventDrop = async (info: EventDropArg) => {
    const occurrence = (info.event.extendedProps as Partial<OccurrenceEventProps>).occurrence;
    if (!occurrence || occurrence.entryId === null || !info.event.start) {
      info.revert();
      return;
    }
    const newStart = isoFromDate(info.event.start);
    try {
      // A yearly entry moves by the same number of days from its own first year.
      const entryStart = await entryStartOn(occurrence);
      const entry = await api.calendar.move({
        id: occurrence.entryId,
        startOn: addDays(entryStart, daysBetween(occurrence.start, newStart)),
      });
      message.success(`Đã dời “${entry.title}” sang ngày ${formatDisplayDate(newStart)}.`);
      await invalidate('calendar');
      await checkDayOff(entry);
    } catch (error) {
      info.revert();
      message.error(errorMessage(error));
    }
  };

  const onEventDidMount = (arg: EventMountArg) => {
    const occurrence = (arg.event.extendedProps as Partial<OccurrenceEventProps>).occurrence;
    arg.el.title = occurrence ? occurrenceTooltip(occurrence) : arg.event.title;
  };

  // The agenda says, under each title, who receives it, the data window, the place and the agencies.
  const renderEventContent = (arg: EventContentArg) => {
    const occurrence = (arg.event.extendedProps as Partial<OccurrenceEventProps>).occurrence;
    if (arg.view.type !== AGENDA_VIEW || !occurrence) return true;
    const details = [
      occurrence.receiver && `Nơi nhận: ${occurrence.receiver}`,
      (occurrence.dataFrom || occurrence.dataTo) && `Số liệu: ${dateRangeText(occurrence.dataFrom, occurrence.dataTo)}`,
      occurrence.place && `Địa điểm: ${occurrence.place}`,
      occurrence.agencyIds.length > 0 && `Cơ quan: ${agencyNames(agencies.data ?? [], occurrence.agencyIds)}`,
    ].filter(Boolean);
    return (
      <>
        <span className="cal-list-title">{arg.event.title}</span>
        {details.length > 0 && <span className="cal-list-detail">{details.join(' · ')}</span>}
      </>
    );
  };

  const onAgencyChange = (value: number | undefined) => {
    setAgencyId(value ?? null);
    // The per-agency view: everything that agency owes, as a list.
    if (value) calendarRef.current?.getApi().changeView(AGENDA_VIEW);
  };

  const exportIcs = async () => {
    if (!range) return;
    setExporting(true);
    try {
      const file = await api.calendar.exportIcs({ from: range.currentFrom, to: range.currentTo, ...filters });
      saveExportedFile(file);
      message.success(`Đã xuất lịch ${dateRangeText(range.currentFrom, range.currentTo)} ra tệp ${file.fileName}.`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  const plan = planId ? plans.data?.find((candidate) => candidate.id === planId) : undefined;
  const agency = agencyId ? agencies.data?.find((candidate) => candidate.id === agencyId) : undefined;
  const filterSummary = [
    plan ? `Kế hoạch ${planLabel(plan)}` : null,
    agency ? `Cơ quan: ${agency.name}` : null,
    filters.kinds ? `Loại: ${kinds.map((kind) => OCCURRENCE_KIND_LABELS[kind]).join('; ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="cal-page" ref={pageRef}>
      {/* While this screen is open, printing is A4 landscape. */}
      <style>{'@page { size: A4 landscape; margin: 8mm; }'}</style>
      <div className="page-header cal-no-print">
        <Space size={16} align="center">
          <h1>Lịch công tác</h1>
          <DatePicker
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            aria-label="Đến tháng"
            placeholder="Đến tháng"
            style={{ width: 130 }}
            value={range ? dayjs(range.currentFrom) : null}
            onChange={(month) => month && calendarRef.current?.getApi().gotoDate(month.startOf('month').toDate())}
          />
        </Space>
        <Space wrap size={8}>
          <Button type="primary" icon={<PlusOutlined />} onClick={addEntry}>
            Thêm mục lịch
          </Button>
          <Button icon={<CalendarOutlined />} onClick={() => setHolidaysOpen(true)}>
            Ngày nghỉ…
          </Button>
          <Button icon={<ScheduleOutlined />} onClick={() => setCyclesOpen({ focus: null })}>
            Báo cáo định kỳ…
          </Button>
          <Button icon={<ExportOutlined />} onClick={exportIcs} loading={exporting} disabled={!range}>
            Xuất .ics
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            In
          </Button>
        </Space>
      </div>
      <div className="cal-filters cal-no-print">
        <Checkbox.Group
          className="cal-kinds"
          value={kinds}
          onChange={(values) => setKinds(values as OccurrenceKind[])}
          options={ALL_KINDS.map((kind) => ({
            value: kind,
            label: KIND_SHORT_LABELS[kind],
            title: OCCURRENCE_KIND_LABELS[kind],
            style: { '--cal-kind-color': OCCURRENCE_KIND_COLORS[kind] } as React.CSSProperties,
          }))}
        />
        <Select
          allowClear
          placeholder="Tất cả kế hoạch"
          aria-label="Lọc theo kế hoạch"
          style={{ width: 190 }}
          value={planId ?? undefined}
          onChange={(value?: number) => setPlanId(value ?? null)}
          options={planChoices}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={360}
        />
        <Select
          allowClear
          placeholder="Tất cả cơ quan"
          aria-label="Lọc theo cơ quan"
          style={{ width: 200 }}
          value={agencyId ?? undefined}
          onChange={onAgencyChange}
          options={agencyChoices}
          showSearch={agencySearch}
          popupMatchSelectWidth={320}
        />
      </div>
      {view.error && (
        <Typography.Text type="danger" className="cal-no-print" style={{ marginBottom: 6 }}>
          {view.error}
        </Typography.Text>
      )}
      <div className="cal-print">
        {filterSummary && <div className="cal-print-filters">{filterSummary}</div>}
        <div className="cal-container" data-testid="calendar" aria-busy={view.loading}>
          <FullCalendar
            ref={calendarRef}
            plugins={[dayGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin]}
            locale={viLocale}
            firstDay={1}
            initialView={remembered.view}
            initialDate={remembered.date}
            height="100%"
            headerToolbar={{
              left: 'prev,next today',
              center: 'title',
              right: `${MONTH_VIEW},${YEAR_VIEW},${AGENDA_VIEW}`,
            }}
            buttonText={{ today: 'Hôm nay' }}
            buttonHints={{ prev: 'Kỳ trước', next: 'Kỳ sau', today: 'Về hôm nay' }}
            views={{
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
                navLinkDayClick: (date: Date) => calendarRef.current?.getApi().changeView(MONTH_VIEW, date),
              },
              [AGENDA_VIEW]: {
                buttonText: 'Danh sách',
                titleFormat: yearTitle,
                listDayFormat: ddmmyyyy,
                listDaySideFormat: weekdayLong,
              },
            }}
            events={events}
            eventDurationEditable={false}
            dateClick={onDateClick}
            eventClick={onEventClick}
            eventDrop={onEventDrop}
            eventDidMount={onEventDidMount}
            eventContent={renderEventContent}
            datesSet={onDatesSet}
            moreLinkText={(count) => `+${count} mục`}
            noEventsText="Không có mục lịch nào trong thời gian này."
            dayCellClassNames={(arg) =>
              view.data?.makeUpWorkdays.includes(isoFromDate(arg.date)) ? ['cal-make-up-day'] : []
            }
          />
        </div>
      </div>

      <EntryDialog
        target={entryTarget}
        plans={plans.data ?? []}
        agencies={agencies.data ?? []}
        onClose={() => setEntryTarget(null)}
      />
      <ReportDialog
        occurrence={report}
        cycles={cycles.data ?? []}
        plans={plans.data ?? []}
        agencies={agencies.data ?? []}
        onClose={() => setReport(null)}
        onOpenCycle={(cycleId) => {
          setReport(null);
          setCyclesOpen({ focus: cycleId });
        }}
        onOpenRegister={(occurrence) => {
          setReport(null);
          setOpeningPeriod(occurrence);
        }}
      />
      <PeriodRegisterDialog period={openingPeriod} onClose={() => setOpeningPeriod(null)} />
      <HolidaysDialog open={holidaysOpen} initialYear={visibleYear} onClose={() => setHolidaysOpen(false)} />
      <CyclesDialog
        open={cyclesOpen !== null}
        focusCycleId={cyclesOpen?.focus ?? null}
        defaultYear={visibleYear}
        plans={plans.data ?? []}
        agencies={agencies.data ?? []}
        onClose={() => setCyclesOpen(null)}
      />
    </div>
  );
}
