/**
 * The reports owed on a real database file at two scales (issue 9): a province — 40 agencies × 2,400 requests
 * over ten years — and the central committee's PC, which holds 34 provinces' registers: 81,600 requests, each to
 * the 40 agencies of its province, 1,360 agencies in all. Measured through the real handlers: the to-do list (what is overdue or due soon, who is
 * missing), one request's page (statuses and rates), and the rates over every request; each beside a hand-written
 * SQL query returning the same facts in the same run.
 *
 * The file is bulk-loaded with INSERT … SELECT (ten million rows through JavaScript would take minutes): the
 * triggers that keep `first_received_on` are dropped for the load, the column is set in one UPDATE, and the
 * triggers are put back exactly as migration 0006 wrote them, so the measured file is what the app keeps.
 * Shares follow bench/reminders.ts: nearly every old report received, fewer of the recent ones, a fifth late.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeStore, DEFAULT_MIGRATIONS_FOLDER, openStore, type Store } from '../db/open';
import { requestDetail, todoList } from '../electron/api/handlers/reports';
import { reportingRatesAsOf } from '../db/reportingRates';
import { keep, measurePair, timed, type Runs, type Sampler } from './measure';
import type { Scenario } from './report';

const TODAY = '2025-06-13';
const FIRST_YEAR = 2016;
const YEARS = 10;
const REQUESTS = 2_400;
const BUDGET_MS = 50;
const RUNS: Runs = { warmup: 5, runs: 30 };
// Seconds a run at the central scale and no goal set: one sample shows the order of magnitude.
const RATES_RUNS: Runs = { warmup: 0, runs: 1 };

export interface OwedScale {
  label: string;
  /** Registers held on the PC: 1 at a province, 34 at the central committee. */
  provinces: number;
}

/** Each province's register: its 40 agencies asked for 2,400 reports over ten years. */
const AGENCIES_PER_PROVINCE = 40;

export const SCALES: readonly OwedScale[] = [
  { label: 'province: 40 agencies', provinces: 1 },
  { label: 'central: 34 provinces × 40 agencies', provinces: 34 },
];

/** A number in [0, 1000) from two ids, the same on every run: the bulk load's dice. */
const DICE = (a: string, b: string) => `((${a} * 2654435761 + ${b} * 40503 + 12345) % 1000)`;

interface SchemaObject {
  name: string;
  sql: string;
}

/** The triggers and the non-unique indexes: dropped for the bulk load, put back exactly as the migrations wrote them. */
function droppable(sqlite: Store['sqlite']): { triggers: SchemaObject[]; indexes: SchemaObject[] } {
  const objects = (type: string) =>
    sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND tbl_name IN (?, ?)`)
      .all(type, 'report_request_agencies', 'submissions') as SchemaObject[];
  // The unique indexes stay: rows go in in their order, so they only grow at the end.
  const secondary = objects('index').filter((index) => !/^CREATE UNIQUE/i.test(index.sql));
  return { triggers: objects('trigger'), indexes: secondary };
}

interface Loaded {
  store: Store;
  requests: number;
  links: number;
  submissions: number;
  load: number;
}

export function load(dir: string, scale: OwedScale): Loaded {
  const dbPath = path.join(dir, `owed-${scale.provinces}.db`);
  const start = timed(() => openStore({ path: dbPath, migrationsFolder: DEFAULT_MIGRATIONS_FOLDER, seed: false }));
  const store = start.value;
  const { sqlite } = store;
  const { triggers, indexes } = droppable(sqlite);
  const agencies = scale.provinces * AGENCIES_PER_PROVINCE;
  const requests = scale.provinces * REQUESTS;
  // A bench file, thrown away at the end: no journal to keep while ten million rows go in.
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  const built = timed(() =>
    sqlite
      .transaction(() => {
        for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
        for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
        const now = "'2025-06-13T00:00:00.000Z'";
        sqlite.exec(`
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${agencies})
          INSERT INTO agencies (uuid, name, kind, search_text, name_key, created_at, updated_at)
          SELECT 'agency-' || i, 'Đơn vị ' || i, 'department', 'don vi ' || i, 'don vi ' || i, ${now}, ${now} FROM n;`);
        // Each province's requests spread evenly over ten years, each asked 15–45 days before it is due.
        sqlite.exec(`
          WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${requests - 1})
          INSERT INTO report_requests (uuid, title, kind, requested_on, due_on, created_at, updated_at)
          SELECT printf('request-%06d', i), 'Báo cáo số ' || (i % ${REQUESTS} + 1), 'ad_hoc',
            date('${FIRST_YEAR}-01-01', printf('%+d days', (i % ${REQUESTS}) * ${YEARS * 365} / ${REQUESTS} - 15 - i % 31)),
            date('${FIRST_YEAR}-01-01', printf('%+d days', (i % ${REQUESTS}) * ${YEARS * 365} / ${REQUESTS})),
            ${now}, ${now} FROM n;`);
        // The office closes a request once it has consolidated it, one to three months after it was due; one in fifty
        // is never closed (forgotten) and stays on the to-do list for good.
        sqlite.exec(`
          UPDATE report_requests SET closed_on = date(due_on, printf('+%d days', 30 + ${DICE('id', '11')} % 60))
          WHERE julianday('${TODAY}') - julianday(due_on) > 90 AND ${DICE('id', '5')} >= 20;`);
        // A province's request goes to its own 40 agencies. Who has reported, and when, is drawn once per link by how
        // long ago the report was due (bench/reminders.ts submittedShare), then written to both tables: the link
        // with its derived first day, the submission itself.
        const share = `CASE
            WHEN julianday('${TODAY}') - julianday(r.due_on) > 60 THEN 980
            WHEN julianday('${TODAY}') - julianday(r.due_on) >= 0 THEN 850
            WHEN julianday('${TODAY}') - julianday(r.due_on) >= -7 THEN 350
            ELSE 50 END`;
        sqlite.exec(`
          CREATE TEMP TABLE drawn AS
          WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < ${AGENCIES_PER_PROVINCE}),
          pairs AS (
            SELECT r.id AS requestId, ((r.id - 1) / ${REQUESTS}) * ${AGENCIES_PER_PROVINCE} + k.j AS agencyId,
              r.due_on, r.requested_on
            -- CROSS JOIN keeps this order of the loops: rows come out by request, then agency, as the links' UUIDs sort.
            FROM report_requests r CROSS JOIN k)
          SELECT requestId, agencyId, printf('%06d-%05d', requestId, agencyId) AS uuid,
            ${DICE('requestId', 'agencyId')} < 20 AS exempt,
            CASE WHEN r.requested_on <= '${TODAY}' AND ${DICE('requestId + 3', 'agencyId')} < ${share}
              THEN min('${TODAY}', date(r.due_on, printf('%+d days',
                CASE WHEN ${DICE('agencyId', 'requestId')} < 200 THEN 1 ELSE -1 END * (${DICE('requestId + 7', 'agencyId')} % 10))))
            END AS receivedOn
          FROM pairs AS r;`);
        sqlite.exec(`
          INSERT INTO report_request_agencies (uuid, request_id, agency_id, exempt, first_received_on, created_at, updated_at)
          SELECT uuid, requestId, agencyId, exempt, receivedOn, ${now}, ${now} FROM drawn;
          INSERT INTO submissions (uuid, request_id, agency_id, received_on, version, created_at, updated_at)
          SELECT uuid, requestId, agencyId, receivedOn, 1, ${now}, ${now} FROM drawn WHERE receivedOn IS NOT NULL;
          DROP TABLE drawn;`);
        for (const index of indexes) sqlite.exec(index.sql);
        for (const trigger of triggers) sqlite.exec(trigger.sql);
      })
      .immediate(),
  );
  sqlite.pragma('synchronous = NORMAL');
  // Bounded, as `PRAGMA optimize` does: statistics from a sample, not a read of ten million rows.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.exec('ANALYZE');
  const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    store,
    requests,
    links: count('report_request_agencies'),
    submissions: count('submissions'),
    load: start.ms + built.ms,
  };
}

/** The least SQL that answers "what is due or overdue, and who is missing": the to-do list's baseline. */
function rawTodo(store: Store): Sampler {
  const statement = store.sqlite.prepare(
    `SELECT r.id, r.title, r.due_on, m.agency_id FROM report_requests r
     JOIN report_request_agencies m ON m.request_id = r.id AND m.first_received_on IS NULL AND m.exempt = 0
     WHERE r.due_on <= date(?, '+7 days') AND r.closed_on IS NULL`,
  );
  return () => timed(() => keep(statement.all(TODAY))).ms;
}

/** One request's statuses: each required agency with its first received day and its number of versions. */
function rawRequest(store: Store, id: number): Sampler {
  const statement = store.sqlite.prepare(
    `SELECT ra.agency_id, ra.exempt, min(s.received_on) AS first, count(s.id) AS versions, r.due_on
     FROM report_request_agencies ra JOIN report_requests r ON r.id = ra.request_id
     LEFT JOIN submissions s ON s.request_id = ra.request_id AND s.agency_id = ra.agency_id
     WHERE ra.request_id = ? GROUP BY ra.agency_id`,
  );
  return () => timed(() => keep(statement.all(id))).ms;
}

/** Completeness over every request due: one GROUP BY, the rates' baseline. */
function rawRates(store: Store): Sampler {
  const statement = store.sqlite.prepare(
    `SELECT ra.request_id, count(*), count(ra.first_received_on), sum(ra.first_received_on <= r.due_on)
     FROM report_request_agencies ra JOIN report_requests r ON r.id = ra.request_id
     WHERE r.due_on <= ? AND ra.exempt = 0 GROUP BY ra.request_id`,
  );
  return () => timed(() => keep(statement.all(TODAY))).ms;
}

function scaleScenarios(dir: string, scale: OwedScale): Scenario[] {
  const loaded = load(dir, scale);
  const { store } = loaded;
  try {
    const first = todoList(store, TODAY);
    const missing = first.reminders.reduce((sum, reminder) => sum + reminder.missingAgencyIds.length, 0);
    if (first.reminders.length === 0) throw new Error('bench/owed: no reminders: the dataset is broken');
    // The request due last before today: the one an officer opens most.
    const requestId = store.sqlite
      .prepare(`SELECT id FROM report_requests WHERE due_on <= ? ORDER BY due_on DESC LIMIT 1`)
      .pluck()
      .get(TODAY) as number;
    const shape =
      `${scale.label}: ${loaded.requests.toLocaleString('en-US')} requests × ${AGENCIES_PER_PROVINCE} agencies = ` +
      `${loaded.links.toLocaleString('en-US')} required reports, ${loaded.submissions.toLocaleString('en-US')} received`;
    console.log(
      `${shape}; file loaded in ${(loaded.load / 1000).toFixed(1)} s; to-do on ${TODAY}: ` +
        `${first.reminders.length} reminders, ${missing.toLocaleString('en-US')} agencies missing.`,
    );
    const app =
      (work: () => unknown): Sampler =>
      () =>
        timed(() => keep(work())).ms;
    return [
      {
        name: `To-do list (reminders.todo), ${scale.label}`,
        ...measurePair(
          app(() => todoList(store, TODAY)),
          rawTodo(store),
          RUNS,
        ),
        target: { kind: 'time', maxMs: BUDGET_MS },
      },
      {
        name: `One request's statuses and rates (requests.get), ${scale.label}`,
        ...measurePair(
          app(() => requestDetail(store, requestId)),
          rawRequest(store, requestId),
          RUNS,
        ),
        target: { kind: 'time', maxMs: BUDGET_MS },
      },
      {
        name: `Rates over every request due (requests.rates), ${scale.label}`,
        ...measurePair(
          app(() => reportingRatesAsOf(store.db, TODAY)),
          rawRates(store),
          RATES_RUNS,
        ),
        target: { kind: 'none' },
      },
    ];
  } finally {
    closeStore(store);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${store.path}${suffix}`, { force: true });
  }
}

export function benchOwed(dir: string): Scenario[] {
  return SCALES.flatMap((scale) => scaleScenarios(dir, scale));
}
