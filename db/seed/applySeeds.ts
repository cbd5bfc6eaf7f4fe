/**
 * Applies the agency directory shipped with the app. A seed is applied once:
 * later versions add the seeds they bring, but never touch an agency the user
 * edited, and never bring back one the user deleted (seed_log remembers).
 */
import { eq, inArray } from 'drizzle-orm';
import { nowTimestamp } from '../../core/dates';
import { foldVietnamese } from '../../core/vietnamese';
import { agencySearchText } from '../../core/agency';
import type { AppDb } from '../open';
import { agencies, seedLog } from '../schema';
import { AGENCY_SEEDS, type AgencySeed } from './agencyDirectory';

export function applyAgencySeeds(db: AppDb, seeds: readonly AgencySeed[] = AGENCY_SEEDS): number {
  const appliedKeys = (reader: Pick<AppDb, 'select'>) =>
    new Set(
      reader
        .select({ key: seedLog.seedKey })
        .from(seedLog)
        .all()
        .map((row) => row.key),
    );
  // Read first without a lock: on every start but the first, there is nothing to do.
  const seen = appliedKeys(db);
  if (seeds.every((seed) => seen.has(seed.seedKey))) return 0;

  return db.transaction(
    (tx) => {
      // Again under the write lock: another process opening the same file may have just applied them.
      const applied = appliedKeys(tx);
      const fresh = seeds.filter((seed) => !applied.has(seed.seedKey));
      if (fresh.length === 0) return 0;
      const now = nowTimestamp();
      const takenNames = new Set(
        tx
          .select({ key: agencies.nameKey })
          .from(agencies)
          .all()
          .map((row) => row.key),
      );
      let inserted = 0;
      for (const seed of fresh) {
        const nameKey = foldVietnamese(seed.name);
        // The user already keeps an agency of that name: theirs wins.
        if (!takenNames.has(nameKey)) {
          tx.insert(agencies)
            .values({
              uuid: crypto.randomUUID(),
              name: seed.name,
              shortName: seed.shortName,
              aliases: JSON.stringify(seed.aliases),
              kind: seed.kind,
              active: !seed.mergedIntoSeedKey,
              mergedOn: seed.mergedOn ?? null,
              seedKey: seed.seedKey,
              searchText: foldVietnamese(agencySearchText({ ...seed, aliases: [...seed.aliases] })),
              nameKey,
              createdAt: now,
              updatedAt: now,
            })
            .run();
          takenNames.add(nameKey);
          inserted++;
        }
        tx.insert(seedLog).values({ seedKey: seed.seedKey, appliedAt: now }).run();
      }

      // Links between seeds are set once both ends exist, and only on rows just inserted.
      const idByKey = new Map(
        tx
          .select({ id: agencies.id, key: agencies.seedKey })
          .from(agencies)
          .where(
            inArray(
              agencies.seedKey,
              seeds.map((seed) => seed.seedKey),
            ),
          )
          .all()
          .map((row) => [row.key, row.id]),
      );
      for (const seed of fresh) {
        const id = idByKey.get(seed.seedKey);
        if (id === undefined) continue;
        const parentId = seed.parentSeedKey ? (idByKey.get(seed.parentSeedKey) ?? null) : null;
        const mergedIntoId = seed.mergedIntoSeedKey ? (idByKey.get(seed.mergedIntoSeedKey) ?? null) : null;
        if (parentId !== null || mergedIntoId !== null) {
          tx.update(agencies).set({ parentId, mergedIntoId }).where(eq(agencies.id, id)).run();
        }
      }
      return inserted;
    },
    { behavior: 'immediate' },
  );
}
