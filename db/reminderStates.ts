/** What the officer did with each reminder step (notified, dismissed, snoozed). */
import { inArray, sql } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import type { ReminderState } from '../core/reminders';
import type { AppDb, Store } from './open';
import { getRequest } from './requests';
import { inTransaction } from './transaction';
import { reminderStates } from './schema';

/** The states of these requests' steps (all when no list is given); the ids go in as one JSON parameter. */
export function listReminderStates(db: AppDb, requestIds?: readonly number[]): ReminderState[] {
  return db
    .select()
    .from(reminderStates)
    .where(
      requestIds === undefined
        ? undefined
        : inArray(reminderStates.requestId, sql`(select value from json_each(${JSON.stringify(requestIds)}))`),
    )
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
