import { useMemo, useState } from 'react';
import type { DatesSetArg } from '@fullcalendar/core';
import type { Agency } from '../../../core/agency';
import { OCCURRENCE_KIND_LABELS, type Cycle, type OccurrenceKind } from '../../../core/calendar';
import { addDays } from '../../../core/dates';
import { planLabel, type PlanSummary } from '../../../core/plan';
import { api } from '../api';
import { useLoad } from '../useLoad';
import { ALL_KINDS, isoFromDate, toEvents } from './calendarData';
import { AGENDA_VIEW, remembered } from './calendarViews';

export interface VisibleRange {
  /** The days on screen (a month view shows some days of the months around it). */
  from: string;
  to: string;
  /** The month or year the view is about. */
  currentFrom: string;
  currentTo: string;
  viewType: string;
}

/** What the calendar filters on; `kinds` is undefined when every kind is shown. */
export interface CalendarFilters {
  kinds: OccurrenceKind[] | undefined;
  planId: number | null;
  agencyId: number | null;
}

// Stable while loading, so the option lists built from them are not rebuilt on every render.
const NO_PLANS: PlanSummary[] = [];
const NO_AGENCIES: Agency[] = [];
const NO_CYCLES: Cycle[] = [];

/** The calendar's range and filters, and everything loaded for them. */
export function useCalendarData() {
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [kinds, setKinds] = useState<OccurrenceKind[]>(ALL_KINDS);
  const [planId, setPlanId] = useState<number | null>(null);
  const [agencyId, setAgencyId] = useState<number | null>(null);

  const filters: CalendarFilters = {
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

  // Printed above the calendar, so a filtered print says what it leaves out.
  const plan = planId ? plans.data?.find((candidate) => candidate.id === planId) : undefined;
  const agency = agencyId ? agencies.data?.find((candidate) => candidate.id === agencyId) : undefined;
  const filterSummary = [
    plan ? `Kế hoạch ${planLabel(plan)}` : null,
    agency ? `Cơ quan: ${agency.name}` : null,
    filters.kinds ? `Loại: ${kinds.map((kind) => OCCURRENCE_KIND_LABELS[kind]).join('; ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return {
    range,
    onDatesSet,
    kinds,
    setKinds,
    setPlanId,
    setAgencyId,
    filters,
    filterSummary,
    view,
    events,
    plans: plans.data ?? NO_PLANS,
    agencies: agencies.data ?? NO_AGENCIES,
    cycles: cycles.data ?? NO_CYCLES,
    visibleYear: Number((range?.currentFrom ?? isoFromDate(new Date())).slice(0, 4)),
  };
}

export type CalendarData = ReturnType<typeof useCalendarData>;
