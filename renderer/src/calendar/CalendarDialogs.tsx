import { useState } from 'react';
import type { Occurrence } from '../../../core/calendar';
import { PeriodRegisterDialog } from '../reports/PeriodRegisterDialog';
import { CyclesDialog } from './CyclesDialog';
import { EntryDialog, type EntryTarget } from './EntryDialog';
import { HolidaysDialog } from './HolidaysDialog';
import { ReportDialog } from './ReportDialog';
import type { CalendarData } from './useCalendarData';

/** Which of the calendar's dialogs is open, and on what. */
export function useCalendarDialogs() {
  const [entryTarget, setEntryTarget] = useState<EntryTarget | null>(null);
  const [report, setReport] = useState<Occurrence | null>(null);
  const [openingPeriod, setOpeningPeriod] = useState<Occurrence | null>(null);
  const [holidaysOpen, setHolidaysOpen] = useState(false);
  const [cyclesOpen, setCyclesOpen] = useState<{ focus: number | null } | null>(null);
  return {
    entryTarget,
    setEntryTarget,
    report,
    setReport,
    openingPeriod,
    setOpeningPeriod,
    holidaysOpen,
    setHolidaysOpen,
    cyclesOpen,
    setCyclesOpen,
    /** An entry opens its form; a generated deadline its summary. */
    open: (occurrence: Occurrence) => {
      if (occurrence.entryId !== null) setEntryTarget({ mode: 'edit', occurrence });
      else setReport(occurrence);
    },
  };
}

type CalendarDialogState = ReturnType<typeof useCalendarDialogs>;

export function CalendarDialogs({ dialogs, data }: { dialogs: CalendarDialogState; data: CalendarData }) {
  const { plans, agencies, cycles, visibleYear } = data;
  return (
    <>
      <EntryDialog
        target={dialogs.entryTarget}
        plans={plans}
        agencies={agencies}
        onClose={() => dialogs.setEntryTarget(null)}
      />
      <ReportDialog
        occurrence={dialogs.report}
        cycles={cycles}
        plans={plans}
        agencies={agencies}
        onClose={() => dialogs.setReport(null)}
        onOpenCycle={(cycleId) => {
          dialogs.setReport(null);
          dialogs.setCyclesOpen({ focus: cycleId });
        }}
        onOpenRegister={(occurrence) => {
          dialogs.setReport(null);
          dialogs.setOpeningPeriod(occurrence);
        }}
      />
      <PeriodRegisterDialog period={dialogs.openingPeriod} onClose={() => dialogs.setOpeningPeriod(null)} />
      <HolidaysDialog
        open={dialogs.holidaysOpen}
        initialYear={visibleYear}
        onClose={() => dialogs.setHolidaysOpen(false)}
      />
      <CyclesDialog
        open={dialogs.cyclesOpen !== null}
        focusCycleId={dialogs.cyclesOpen?.focus ?? null}
        defaultYear={visibleYear}
        plans={plans}
        agencies={agencies}
        onClose={() => dialogs.setCyclesOpen(null)}
      />
    </>
  );
}
