/**
 * Where the time of the matrix and of an open goes: the app's pieces timed one
 * by one (the same drizzle queries `getPlanDetail` and `listAgencies` run), next
 * to raw equivalents, so a missed target points at a cause with a number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { buildMatrix } from '../core/matrix';
import { compareVietnamese } from '../core/vietnamese';
import { listAgencies, toAgency } from '../db/agencies';
import { applyMigrations, planMigrations, readMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_FOLDER, type Store } from '../db/open';
import { getPlanDetail, getPlanSummary, toAssignment, toSection, toTask } from '../db/plans';
import * as schema from '../db/schema';
import { applyAgencySeeds } from '../db/seed/applySeeds';
import { migrationStatements, openRaw, rawCreateSchema, rawReader } from './baseline';
import { keep, measure, measurePair, timed, type Runs, type Sampler, type Stats } from './measure';

export interface Step {
  group: string;
  step: string;
  stats: Stats;
  /** The raw better-sqlite3 equivalent, sampled alternately with the app's piece. */
  raw?: Stats;
}

const { agencies, assignments, sections, tasks } = schema;

const sampleOf =
  (work: () => unknown): Sampler =>
  () =>
    timed(() => keep(work())).ms;

/** Pieces of the warm matrix read, on an open store, each next to the raw query that returns the same rows. */
export function matrixSteps(store: Store, planId: number, runs: Runs): Step[] {
  const db = store.db;
  const raw = rawReader(store.sqlite);
  const steps: Step[] = [];
  const add = (step: string, work: () => unknown, rawWork?: () => unknown) => {
    if (!rawWork) {
      steps.push({ group: 'matrix read', step, stats: measure(sampleOf(work), runs) });
      return;
    }
    const pair = measurePair(sampleOf(work), sampleOf(rawWork), runs);
    steps.push({ group: 'matrix read', step, stats: pair.app, raw: pair.baseline });
  };

  add(
    'getPlanSummary (plan row + task count)',
    () => getPlanSummary(db, planId),
    () => raw.plan(planId),
  );
  add(
    'sections: drizzle select + toSection',
    () =>
      db
        .select()
        .from(sections)
        .where(eq(sections.planId, planId))
        .orderBy(asc(sections.position))
        .all()
        .map(toSection),
    () => raw.sections(planId),
  );
  add(
    'tasks: drizzle select + toTask',
    () => db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position)).all().map(toTask),
    () => raw.tasks(planId),
  );
  const preparedTasks = db
    .select()
    .from(tasks)
    .where(eq(tasks.planId, sql.placeholder('planId')))
    .orderBy(asc(tasks.position))
    .prepare();
  add('  tasks: same query, drizzle .prepare() reused', () => preparedTasks.all({ planId }).map(toTask));
  const rawTasks = store.sqlite.prepare('SELECT * FROM tasks WHERE plan_id = ? ORDER BY position');
  add('  tasks: raw SELECT * (all 17 columns), no mapping', () => rawTasks.all(planId));
  add(
    'assignments: drizzle join + toAssignment',
    () =>
      db
        .select({
          id: assignments.id,
          uuid: assignments.uuid,
          taskId: assignments.taskId,
          agencyId: assignments.agencyId,
          role: assignments.role,
        })
        .from(assignments)
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .where(eq(tasks.planId, planId))
        .all()
        .map(toAssignment),
    () => raw.assignments(planId),
  );

  add(
    'listAgencies (includeInactive)',
    () => listAgencies(db, { includeInactive: true }),
    () => raw.matrixAgencies(),
  );
  const agencyRows = db.select().from(agencies).orderBy(asc(agencies.id)).all();
  add('  agencies: drizzle select only', () => db.select().from(agencies).orderBy(asc(agencies.id)).all());
  add('  agencies: toAgency (JSON.parse aliases)', () => agencyRows.map(toAgency));
  const agencyList = agencyRows.map(toAgency);
  add('  agencies: sort by Vietnamese collator', () =>
    [...agencyList].sort((a, b) => compareVietnamese(a.name, b.name)),
  );

  const detail = getPlanDetail(db, planId);
  const directory = listAgencies(db, { includeInactive: true });
  add('buildMatrix (pure, no DB)', () => buildMatrix(detail, directory, { columns: 'involved' }));
  return steps;
}

/** Pieces of `openStore` on an up-to-date file, each on a fresh connection where it matters. */
export function openSteps(dbPath: string, runs: Runs): Step[] {
  const steps: Step[] = [];
  const add = (step: string, sample: () => number) => steps.push({ group: 'open', step, stats: measure(sample, runs) });

  add('new Database + 4 pragmas', () => {
    const { ms, value } = timed(() => openRaw(dbPath));
    value.close();
    return ms;
  });
  add(
    'readMigrations (read SQL files, hash them)',
    () => timed(() => keep(readMigrations(DEFAULT_MIGRATIONS_FOLDER))).ms,
  );
  const migrations = readMigrations(DEFAULT_MIGRATIONS_FOLDER);
  add('planMigrations (first query on a new connection)', () => {
    const sqlite = openRaw(dbPath);
    const { ms } = timed(() => keep(planMigrations(sqlite, migrations)));
    sqlite.close();
    return ms;
  });
  add('drizzle(sqlite, { schema })', () => {
    const sqlite = openRaw(dbPath);
    const { ms } = timed(() => keep(drizzle(sqlite, { schema })));
    sqlite.close();
    return ms;
  });
  add('applyAgencySeeds (all applied: a check)', () => {
    const sqlite = openRaw(dbPath);
    const db = drizzle(sqlite, { schema });
    const { ms } = timed(() => keep(applyAgencySeeds(db)));
    sqlite.close();
    return ms;
  });
  return steps;
}

/** Pieces of a first launch, each on a new empty file: the migration, then the seeds. */
export function firstLaunchSteps(dir: string, runs: Runs): Step[] {
  let n = 0;
  const fresh = () => path.join(dir, `pieces-${n++}.db`);
  const remove = (dbPath: string) => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  };
  const migrations = readMigrations(DEFAULT_MIGRATIONS_FOLDER);
  const statements = migrationStatements(DEFAULT_MIGRATIONS_FOLDER).length;
  return [
    {
      group: 'first launch',
      step: `applyMigrations on an empty file (${statements} statements, FK check)`,
      stats: measure(() => {
        const target = fresh();
        const sqlite = openRaw(target);
        const { ms } = timed(() => applyMigrations(sqlite, planMigrations(sqlite, migrations).pending));
        sqlite.close();
        remove(target);
        return ms;
      }, runs),
    },
    {
      group: 'first launch',
      step: 'applyAgencySeeds on an empty directory (drizzle, row by row)',
      stats: measure(() => {
        const target = fresh();
        const sqlite = rawCreateSchema(target, DEFAULT_MIGRATIONS_FOLDER);
        const db = drizzle(sqlite, { schema });
        const { ms } = timed(() => applyAgencySeeds(db));
        sqlite.close();
        remove(target);
        return ms;
      }, runs),
    },
  ];
}

/**
 * What an open with a pending migration adds on this dataset: the `VACUUM INTO`
 * backup `openStore` takes first. Not measurable end to end today (there is one
 * migration, so a file with data has none pending), hence this piece on its own.
 */
export function backupStep(dbPath: string, dir: string, runs: Runs): Step {
  const sqlite = openRaw(dbPath);
  let n = 0;
  const stats = measure(() => {
    const target = path.join(dir, `backup-${n++}.db`);
    const { ms } = timed(() => sqlite.prepare('VACUUM INTO ?').run(target));
    fs.rmSync(target, { force: true });
    return ms;
  }, runs);
  sqlite.close();
  return { group: 'upgrade', step: 'VACUUM INTO backup of the dataset (pending-migration path)', stats };
}
