/**
 * The baseline: the same rows the app reads, with hand-written SQL on raw
 * better-sqlite3 prepared statements (prepared once per connection, columns
 * aliased to the app's field names so no mapping pass is needed). It is the
 * floor the app's drizzle-based read is compared with.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Agency } from '../core/agency';
import { buildMatrix, type Matrix, type MatrixOptions } from '../core/matrix';
import { planLabel, type Assignment, type PlanDetail, type PlanSummary, type Section, type Task } from '../core/plan';

/** The pragmas `openStore` sets, so a raw open pays for the same journal and sync settings. */
const PRAGMAS = ['journal_mode = WAL', 'busy_timeout = 5000', 'synchronous = FULL', 'foreign_keys = ON'];

export function openRaw(dbPath: string): Database.Database {
  const sqlite = new Database(dbPath);
  for (const pragma of PRAGMAS) sqlite.pragma(pragma);
  return sqlite;
}

const PLAN_SQL = `
  SELECT id, uuid, number_symbol AS numberSymbol, title, issuer, issued_on AS issuedOn, signer, level,
         period_from AS periodFrom, period_to AS periodTo, implements_plan_id AS implementsPlanId,
         implements_ref AS implementsRef, status, created_at AS createdAt, updated_at AS updatedAt,
         (SELECT count(*) FROM tasks WHERE tasks.plan_id = plans.id) AS taskCount
  FROM plans WHERE id = ?`;
const PARENT_SQL = `SELECT number_symbol AS numberSymbol, title FROM plans WHERE id = ?`;
const SECTIONS_SQL = `
  SELECT id, uuid, plan_id AS planId, parent_id AS parentId, label, title, role, position
  FROM sections WHERE plan_id = ? ORDER BY position`;
const TASKS_SQL = `
  SELECT id, uuid, plan_id AS planId, section_id AS sectionId, label, text, all_members AS allMembers,
         timing_kind AS timingKind, due_on AS dueOn, period_from AS periodFrom, period_to AS periodTo,
         recurrence, progress, note, position
  FROM tasks WHERE plan_id = ? ORDER BY position`;
const ASSIGNMENTS_SQL = `
  SELECT a.id, a.uuid, a.task_id AS taskId, a.agency_id AS agencyId, a.role
  FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE t.plan_id = ?`;
/** Only the columns the matrix reads: a hand-written matrix query would not fetch or parse aliases. */
const MATRIX_AGENCIES_SQL = `SELECT id, name, short_name AS shortName, kind, active FROM agencies ORDER BY id`;

type RawPlan = Omit<PlanSummary, 'implementsPlanLabel'>;
type RawTask = Omit<Task, 'allMembers'> & { allMembers: number | boolean };
type MatrixAgency = Pick<Agency, 'id' | 'name' | 'shortName' | 'kind'> & { active: number | boolean };

export interface RawReader {
  plan: (planId: number) => PlanSummary;
  sections: (planId: number) => Section[];
  tasks: (planId: number) => Task[];
  assignments: (planId: number) => Assignment[];
  detail: (planId: number) => PlanDetail;
  matrixAgencies: () => Agency[];
  matrix: (planId: number, options: MatrixOptions) => Matrix;
}

export function rawReader(sqlite: Database.Database): RawReader {
  const plan = sqlite.prepare(PLAN_SQL);
  const parent = sqlite.prepare(PARENT_SQL);
  const sections = sqlite.prepare(SECTIONS_SQL);
  const tasks = sqlite.prepare(TASKS_SQL);
  const assignments = sqlite.prepare(ASSIGNMENTS_SQL);
  const agencies = sqlite.prepare(MATRIX_AGENCIES_SQL);

  const readPlan = (planId: number): PlanSummary => {
    const planRow = plan.get(planId) as RawPlan | undefined;
    if (!planRow) throw new Error(`plan ${planId} not found`);
    const parentRow =
      planRow.implementsPlanId === null
        ? undefined
        : (parent.get(planRow.implementsPlanId) as Parameters<typeof planLabel>[0] | undefined);
    return { ...planRow, implementsPlanLabel: parentRow ? planLabel(parentRow) : null };
  };
  const readSections = (planId: number) => sections.all(planId) as Section[];
  const readTasks = (planId: number): Task[] => {
    const rows = tasks.all(planId) as RawTask[];
    // SQLite has no boolean: the one flag is converted in place, the only JS pass over the rows.
    for (const row of rows) row.allMembers = row.allMembers === 1;
    return rows as Task[];
  };
  const readAssignments = (planId: number) => assignments.all(planId) as Assignment[];
  const detail = (planId: number): PlanDetail => ({
    plan: readPlan(planId),
    sections: readSections(planId),
    tasks: readTasks(planId),
    assignments: readAssignments(planId),
  });

  const matrixAgencies = (): Agency[] => {
    const rows = agencies.all() as MatrixAgency[];
    for (const row of rows) row.active = row.active === 1;
    // buildMatrix reads only these fields; the cast states that, instead of fetching columns it ignores.
    return rows as unknown as Agency[];
  };

  return {
    plan: readPlan,
    sections: readSections,
    tasks: readTasks,
    assignments: readAssignments,
    detail,
    matrixAgencies,
    matrix: (planId, options) => buildMatrix(detail(planId), matrixAgencies(), options),
  };
}

/** The SQL statements of the migrations, read straight from the files drizzle-kit writes. */
export function migrationStatements(migrationsFolder: string): string[] {
  return fs
    .readdirSync(migrationsFolder)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .flatMap((name) => fs.readFileSync(path.join(migrationsFolder, name), 'utf8').split('--> statement-breakpoint'))
    .filter((statement) => statement.trim() !== '');
}

/** Floor of a first launch: raw open, the pragmas, the schema SQL in one transaction; no bookkeeping, no seeds. */
export function rawCreateSchema(dbPath: string, migrationsFolder: string): Database.Database {
  const sqlite = openRaw(dbPath);
  const statements = migrationStatements(migrationsFolder);
  sqlite.transaction(() => {
    for (const statement of statements) sqlite.exec(statement);
  })();
  return sqlite;
}
