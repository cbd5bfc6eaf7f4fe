import { useMemo } from 'react';
import { Checkbox, Select } from 'antd';
import { OCCURRENCE_KIND_COLORS, OCCURRENCE_KIND_LABELS, type OccurrenceKind } from '../../../core/calendar';
import { agencyOptions, agencySearch, planOptions } from '../components/options';
import { ALL_KINDS, KIND_SHORT_LABELS } from './calendarData';
import type { CalendarData } from './useCalendarData';

interface CalendarFilterBarProps {
  data: CalendarData;
  /** Choosing an agency also switches to the agenda: everything that agency owes, as a list. */
  onAgencyChange: (agencyId: number | null) => void;
}

/** Which kinds of entries, which plan, which agency. */
export function CalendarFilterBar({ data, onAgencyChange }: CalendarFilterBarProps) {
  const { kinds, setKinds, filters, setPlanId, plans, agencies } = data;
  const planChoices = useMemo(() => planOptions(plans), [plans]);
  const agencyChoices = useMemo(
    () => agencyOptions(agencies, filters.agencyId ? [filters.agencyId] : []),
    [agencies, filters.agencyId],
  );

  return (
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
        value={filters.planId ?? undefined}
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
        value={filters.agencyId ?? undefined}
        onChange={(value?: number) => onAgencyChange(value ?? null)}
        options={agencyChoices}
        showSearch={agencySearch}
        popupMatchSelectWidth={320}
      />
    </div>
  );
}
