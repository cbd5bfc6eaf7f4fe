/**
 * Rows that link one record to others (an entry's agencies, a task's assignments, a request's agencies) are
 * edited in place: a link kept keeps its row and UUID, a changed one is updated, only a removed one is deleted and
 * only a new one is inserted. Deleting and re-inserting them all would give every link a new UUID on each save,
 * which another office receiving the records would read as deletions and creations (docs/architecture.md,
 * "Records keep their identity").
 */
import type { AppDb } from './open';

interface LinkSpec {
  table: string;
  /** The column naming the record the links belong to. */
  owner: string;
  /** The column naming what it links to. */
  target: string;
  /** Columns carried by the link (the role of an assignment, the exemption of a required agency). */
  fields: readonly string[];
}

/** The link tables, named once here: the only identifiers this module puts into SQL. */
export const LINKS = {
  entryAgencies: { table: 'calendar_entry_agencies', owner: 'entry_id', target: 'agency_id', fields: [] },
  entryTasks: { table: 'calendar_entry_tasks', owner: 'entry_id', target: 'task_id', fields: [] },
  cycleAgencies: { table: 'report_cycle_agencies', owner: 'cycle_id', target: 'agency_id', fields: [] },
  requestAgencies: { table: 'report_request_agencies', owner: 'request_id', target: 'agency_id', fields: ['exempt'] },
  assignments: { table: 'assignments', owner: 'task_id', target: 'agency_id', fields: ['role'] },
} as const satisfies Record<string, LinkSpec>;

type FieldValue = string | number | null;

export interface WantedLink {
  target: number;
  fields?: Record<string, FieldValue>;
}

export interface LinkChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

/** Makes the owner's links exactly `wanted`, touching only the rows that differ. */
export function syncLinks(db: AppDb, spec: LinkSpec, ownerId: number, wanted: readonly WantedLink[]): LinkChanges {
  const sqlite = db.$client;
  const fieldList = spec.fields.map((field) => `, "${field}"`).join('');
  const existing = sqlite
    .prepare(`SELECT id, "${spec.target}" AS target${fieldList} FROM "${spec.table}" WHERE "${spec.owner}" = ?`)
    .all(ownerId) as Array<{ id: number; target: number } & Record<string, FieldValue>>;
  const byTarget = new Map(existing.map((row) => [row.target, row]));
  const wantedTargets = new Set(wanted.map((link) => link.target));
  const now = new Date().toISOString();
  const changes: LinkChanges = { inserted: 0, updated: 0, deleted: 0 };

  const remove = sqlite.prepare(`DELETE FROM "${spec.table}" WHERE id = ?`);
  for (const row of existing) {
    if (!wantedTargets.has(row.target)) {
      remove.run(row.id);
      changes.deleted++;
    }
  }
  const columns = ['uuid', spec.owner, spec.target, ...spec.fields, 'created_at', 'updated_at'];
  const insert = sqlite.prepare(
    `INSERT INTO "${spec.table}" (${columns.map((column) => `"${column}"`).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const update =
    spec.fields.length > 0
      ? sqlite.prepare(
          `UPDATE "${spec.table}" SET ${spec.fields.map((field) => `"${field}" = ?`).join(', ')}, updated_at = ? ` +
            'WHERE id = ?',
        )
      : null;
  for (const link of wanted) {
    const values = spec.fields.map((field) => link.fields?.[field] ?? null);
    const row = byTarget.get(link.target);
    if (!row) {
      insert.run(crypto.randomUUID(), ownerId, link.target, ...values, now, now);
      changes.inserted++;
    } else if (update && spec.fields.some((field, index) => row[field] !== values[index])) {
      update.run(...values, now, row.id);
      changes.updated++;
    }
  }
  return changes;
}
