/** Office settings, one JSON value per key: reminder rules, the reminder letter's template. */
import { eq } from 'drizzle-orm';
import { nowTimestamp } from '../core/dates';
import type { AppDb, Store } from './open';
import { inTransaction } from './transaction';
import { settings } from './schema';

export function getSetting<T>(db: AppDb, key: string, fallback: T): T {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function setSetting(store: Store, key: string, value: unknown): void {
  inTransaction(store, () => {
    const now = nowTimestamp();
    store.db
      .insert(settings)
      .values({ key, uuid: crypto.randomUUID(), value: JSON.stringify(value), createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: now } })
      .run();
  });
}
