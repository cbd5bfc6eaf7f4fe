/** What the officer did with each reminder step (notified, dismissed, snoozed). */
import { nowTimestamp } from '../core/dates';
import type { ReminderState } from '../core/reminders';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { inTransaction } from './transaction';
import { reminderStates } from './schema';

export function listReminderStates(db: AppDb): ReminderState[] {
  return db
    .select()
    .from(reminderStates)
    .all()
    .map((row) => ({
      requestId: row.requestId,
      step: row.step,
      notified: row.notified,
      dismissed: row.dismissed,
      snoozedUntil: row.snoozedUntil,
    }));
}

export function setReminderState(
  store: Store,
  requestId: number,
  step: string,
  change: Partial<Pick<ReminderState, 'notified' | 'dismissed' | 'snoozedUntil'>>,
): void {
  inTransaction(store, () => {
    getRequest(store.db, requestId);
    const now = nowTimestamp();
    store.db
      .insert(reminderStates)
      .values({ uuid: crypto.randomUUID(), requestId, step, ...change, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [reminderStates.requestId, reminderStates.step],
        set: { ...change, updatedAt: now },
      })
      .run();
  });
}
