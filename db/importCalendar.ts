/**
 * Writes what a saved import puts on the calendar (core/import/calendarPlan.ts works it out): its entries, report
 * cycles and report requests, inside the import's transaction.
 */
import { planImportCalendar, type SavedTask } from '../core/import/calendarPlan';
import type { ImportDraft } from '../core/import/draft';
import type { PlanSummary } from '../core/plan';
import { listAgencies } from './agencies';
import { createCycle, createEntry } from './calendar';
import type { Store } from './open';
import { createRequest } from './requests';

export function calendarFromImport(store: Store, draft: ImportDraft, plan: PlanSummary, saved: SavedTask[]): void {
  const directory = listAgencies(store.db, { includeInactive: true });
  for (const write of planImportCalendar(draft, plan, saved, directory)) {
    if (write.kind === 'request') createRequest(store, write.fields, write.taskIds);
    else if (write.kind === 'entry') createEntry(store, write.fields, 'import');
    else createCycle(store, write.fields);
  }
}
