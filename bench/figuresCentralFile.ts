/**
 * The central committee's file for the figures bench (issue 10, item 8): one request whose
 * sources are 34 provinces × 40 agencies = 1,360 agencies, each with 300 cells in each of 5 columns (4 reporting
 * years and the previous period): 2,040,000 rows in `figure_values`. It stands apart from the province's bench
 * because its cost is SQL over one big file, not ExcelJS: the consolidation (`formContext` + `consolidateRequest`,
 * what `figures.consolidate` runs) is held to the one GROUP BY that sums the same cells, and the checks over every
 * source (`requestViolations`) are set beside the plain read of every source's cells.
 *
 * The file holds its rows as the app writes them: one source's figures after another (each template read back is
 * one transaction), so a source's rows sit together in the table and a cell's 1,360 values are spread over it. They
 * go in with one prepared INSERT … SELECT a source (its 1,500 figures as a JSON array), in one transaction; every
 * index of `figure_values` is dropped for the load and put back exactly as the migration wrote it (a unique one
 * checks its rows again as it is built); the uuids sort in insertion order (the app's are random, but no read goes
 * through them). The store is then closed and opened again with openStore, as the app opens it (its page cache is
 * SQLite's default; the OS file cache is warm, the file was just written).
 *
 * The shipped catalogue holds 84 keys (39 reported indicators with their breakdown options), fewer than 300: the
 * office's own indicators, copies of the catalogue's under new codes, make up the rest, as an office adding its own
 * would. The figures are small seeded-random integers, each source near its own level year after year (no jump
 * warnings), every breakdown agreeing with its total and the catalogue's "at most" rules kept: figures entered with
 * care, so the checks run in full and fire rarely.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Breakdown } from '../core/figures/breakdowns';
import { CATALOGUE_RULES } from '../core/figures/catalogue';
import { proposedColumns, type ColumnRole } from '../core/figures/form';
import { foldVietnamese } from '../core/vietnamese';
import { listIndicators } from '../db/indicators';
import { closeStore, DEFAULT_MIGRATIONS_FOLDER, openStore, type Store } from '../db/open';
import { AGENCIES_PER_PROVINCE, SEED } from './figuresShared';
import { summarize, timed, type Stats } from './measure';
import { createPrng, type Prng } from './prng';

export const PROVINCES = 34;
export const CELLS_PER_COLUMN = 300;
/** The central committee's four-year review: a column a year, and the four years before as the previous period. */
const CENTRAL_REQUEST = {
  title: 'Báo cáo sơ kết 4 năm thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025',
  requestedOn: '2025-01-06',
  dueOn: '2025-02-28',
  dataFrom: '2021-01-01',
  dataTo: '2024-12-31',
};
const NOW = '2025-02-20T00:00:00.000Z';
/** Reproducible uuids that sort in insertion order, shaped like the app's (36 characters, so rows keep their size). */
const orderedUuid = (prefix: number, n: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

interface Key {
  code: string;
  part: string;
}

interface FormIndicator {
  code: string;
  breakdowns: readonly Breakdown[];
}

/** The request's form: the catalogue's reported indicators, then the office's copies, until 300 keys exactly. */
function formIndicators(store: Store): { chosen: FormIndicator[]; copies: number; rates: string[] } {
  const catalogue = listIndicators(store.db);
  const reported = catalogue.filter((indicator) => !indicator.computed);
  const chosen: FormIndicator[] = [];
  const insert = store.sqlite.prepare(
    `INSERT INTO indicators (uuid, code, from_year, name, unit, kind, area, aggregation, designated_agency_id,
       breakdowns, position, origin, created_at, updated_at)
     SELECT ?, ?, 0, name || ?, unit, kind, area, aggregation, designated_agency_id, breakdowns,
       (SELECT max(position) FROM indicators) + 10, 'office', ?, ? FROM indicators WHERE code = ?`,
  );
  let left = CELLS_PER_COLUMN;
  let copies = 0;
  for (let round = 1; left > 0; round++) {
    if (round > 10) throw new Error(`bench/figures: the catalogue cannot make up ${CELLS_PER_COLUMN} keys`);
    for (const indicator of reported) {
      const keys = 1 + indicator.breakdowns.reduce((sum, breakdown) => sum + breakdown.options.length, 0);
      if (keys > left) continue;
      let code = indicator.code;
      if (round > 1) {
        code = `${indicator.code}B${round}`;
        insert.run(orderedUuid(3, ++copies), code, ` (bảng ${round})`, NOW, NOW, indicator.code);
      }
      chosen.push({ code, breakdowns: indicator.breakdowns as Breakdown[] });
      left -= keys;
      if (left === 0) break;
    }
  }
  const codes = new Set(chosen.map((indicator) => indicator.code));
  const rates = catalogue
    .filter((rate) => rate.computed && codes.has(rate.numerator!) && codes.has(rate.denominator!))
    .map((rate) => rate.code);
  return { chosen, copies, rates };
}

/** The catalogue's "at most" rules between two indicators' totals (TG02 ≤ TG01…): kept by the drawn figures. */
function atMostPairs(): Array<{ part: string; whole: string }> {
  return CATALOGUE_RULES.filter(
    (rule) => rule.operator === '<=' && rule.left.operands.length === 1 && rule.right.operands.length === 1,
  ).map((rule) => ({ part: rule.left.operands[0]!, whole: rule.right.operands[0]! }));
}

/**
 * One source's figures, column after column (300 each): a level per indicator drawn once, each year near it (no
 * jump warnings), the previous period about four years of it, each breakdown made to agree with its total.
 */
function drawSource(
  indicators: readonly FormIndicator[],
  roles: readonly ColumnRole[],
  pairs: ReadonlyArray<{ part: string; whole: string }>,
  random: Prng,
  out: Int32Array,
): void {
  const level = indicators.map(() => random.int(0, 40));
  let at = 0;
  for (const role of roles) {
    const totals = new Map<string, number>();
    indicators.forEach((indicator, index) => {
      const base = role === 'previous' ? 4 * level[index]! : level[index]!;
      const spread = Math.floor(base / 3);
      let total = base + random.int(-spread, spread);
      for (const { part, whole } of pairs) {
        if (part === indicator.code && totals.has(whole)) total = Math.min(total, totals.get(whole)!);
        if (whole === indicator.code && totals.has(part)) total = Math.max(total, totals.get(part)!);
      }
      totals.set(indicator.code, total);
      out[at++] = total;
      for (const breakdown of indicator.breakdowns) {
        let left = total;
        breakdown.options.forEach((_, option) => {
          if (breakdown.kind === 'of_which') out[at++] = random.int(0, total);
          else {
            const share = option === breakdown.options.length - 1 ? left : random.int(0, left);
            out[at++] = share;
            left -= share;
          }
        });
      }
    });
  }
}

function keysOf(indicators: readonly FormIndicator[]): Key[] {
  return indicators.flatMap((indicator) => [
    { code: indicator.code, part: '' },
    ...indicator.breakdowns.flatMap((breakdown) =>
      breakdown.options.map((option) => ({ code: indicator.code, part: `${breakdown.code}=${option.code}` })),
    ),
  ]);
}

export interface Central {
  store: Store;
  requestId: number;
  sources: number;
  figures: number;
  indicators: number;
  copies: number;
  fileBytes: number;
  steps: Array<{ group: string; step: string; stats: Stats }>;
}

type Sqlite = Store['sqlite'];

/** The other 33 provinces' agencies, the request asked of all 1,360, its columns and its form. */
function centralRequest(store: Store): {
  requestId: number;
  sourceIds: number[];
  columnIds: number[];
  form: ReturnType<typeof formIndicators>;
} {
  const { sqlite } = store;
  // The first province is the seeded directory (its police, procuracy and court the designated sources of the case
  // figures); each other province has the same 40 agencies under its own name.
  const directory = sqlite
    .prepare(`SELECT id, name FROM agencies WHERE active = 1 ORDER BY id LIMIT ?`)
    .all(AGENCIES_PER_PROVINCE) as Array<{ id: number; name: string }>;
  if (directory.length !== AGENCIES_PER_PROVINCE) throw new Error('bench/figures: the seeded directory is short');
  const addAgency = sqlite.prepare(
    `INSERT INTO agencies (uuid, name, kind, search_text, name_key, created_at, updated_at)
     VALUES (?, ?, 'department', ?, ?, ?, ?)`,
  );
  const sourceIds = directory.map((agency) => agency.id);
  for (let province = 2; province <= PROVINCES; province++) {
    for (const agency of directory) {
      const name = `${agency.name} (tỉnh thứ ${province})`;
      const folded = foldVietnamese(name);
      sourceIds.push(
        Number(addAgency.run(orderedUuid(1, sourceIds.length), name, folded, folded, NOW, NOW).lastInsertRowid),
      );
    }
  }
  const requestId = Number(
    sqlite
      .prepare(
        `INSERT INTO report_requests (uuid, title, kind, requested_on, due_on, data_from, data_to, receiver, created_at,
           updated_at) VALUES (?, ?, 'ad_hoc', ?, ?, ?, ?, 'Bộ Công an (Văn phòng Thường trực BCĐ 138/CP)', ?, ?)`,
      )
      .run(
        orderedUuid(2, 0),
        CENTRAL_REQUEST.title,
        CENTRAL_REQUEST.requestedOn,
        CENTRAL_REQUEST.dueOn,
        CENTRAL_REQUEST.dataFrom,
        CENTRAL_REQUEST.dataTo,
        NOW,
        NOW,
      ).lastInsertRowid,
  );
  const link = sqlite.prepare(
    `INSERT INTO report_request_agencies (uuid, request_id, agency_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  // Every source has entered its figures, none accepted yet: the consolidation is a draft, checks shown.
  const entered = sqlite.prepare(
    `INSERT INTO figure_sources (uuid, request_id, agency_id, status, status_on, created_at, updated_at)
     VALUES (?, ?, ?, 'entered', '2025-02-20', ?, ?)`,
  );
  sourceIds.forEach((agencyId, index) => {
    link.run(orderedUuid(4, index), requestId, agencyId, NOW, NOW);
    entered.run(orderedUuid(5, index), requestId, agencyId, NOW, NOW);
  });
  const column = sqlite.prepare(
    `INSERT INTO request_columns (uuid, request_id, position, label, role, period_from, period_to, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const columnIds = proposedColumns(CENTRAL_REQUEST).map((proposed, position) =>
    Number(
      column.run(
        orderedUuid(6, position),
        requestId,
        position,
        proposed.label,
        proposed.role,
        proposed.periodFrom,
        proposed.periodTo,
        NOW,
        NOW,
      ).lastInsertRowid,
    ),
  );
  if (columnIds.length !== 5) throw new Error(`bench/figures: ${columnIds.length} columns, not 4 years + previous`);
  const form = formIndicators(store);
  const asked = sqlite.prepare(
    `INSERT INTO request_indicators (uuid, request_id, indicator_code, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  [...form.chosen.map((indicator) => indicator.code), ...form.rates].forEach((code, position) =>
    asked.run(orderedUuid(7, position), requestId, code, position, NOW, NOW),
  );
  return { requestId, sourceIds, columnIds, form };
}

/** Every source's figures, one INSERT … SELECT a source, in the template's order (each indicator row, its columns). */
function insertFigures(
  sqlite: Sqlite,
  requestId: number,
  sourceIds: readonly number[],
  columnIds: readonly number[],
  form: ReturnType<typeof formIndicators>,
): number {
  const random = createPrng(SEED);
  const roles = proposedColumns(CENTRAL_REQUEST).map((column) => column.role);
  const pairs = atMostPairs();
  const perSource = columnIds.length * CELLS_PER_COLUMN;
  const drawn = new Int32Array(perSource);
  const cells = keysOf(form.chosen).flatMap((key, at) =>
    columnIds.map((columnId, column) => ({ columnId, ...key, at: column * CELLS_PER_COLUMN + at })),
  );
  sqlite.exec('CREATE TEMP TABLE bench_cells (position INTEGER PRIMARY KEY, column_id INTEGER, code TEXT, part TEXT)');
  const cell = sqlite.prepare('INSERT INTO temp.bench_cells VALUES (?, ?, ?, ?)');
  cells.forEach((item, position) => cell.run(position, item.columnId, item.code, item.part));
  const insert = sqlite.prepare(
    `INSERT INTO figure_values (uuid, request_id, agency_id, column_id, indicator_code, part, value, created_at,
       updated_at)
     SELECT printf('00000008-0000-4000-8000-%012x', ? + v.key), ?, ?, c.column_id, c.code, c.part, v.value, ?, ?
     FROM json_each(?) AS v JOIN temp.bench_cells AS c ON c.position = v.key ORDER BY v.key`,
  );
  const values = new Array<number>(cells.length);
  let figures = 0;
  for (const agencyId of sourceIds) {
    drawSource(form.chosen, roles, pairs, random, drawn);
    cells.forEach((item, position) => (values[position] = drawn[item.at]!));
    figures += insert.run(figures, requestId, agencyId, NOW, NOW, JSON.stringify(values)).changes;
  }
  sqlite.exec('DROP TABLE temp.bench_cells');
  return figures;
}

export function loadCentral(dir: string): Central {
  const dbPath = path.join(dir, 'figures-central.db');
  const opened = timed(() => openStore({ path: dbPath, migrationsFolder: DEFAULT_MIGRATIONS_FOLDER }));
  const { sqlite } = opened.value;
  // A bench file, thrown away at the end: no journal while two million rows go in, and all of them in the cache.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('temp_store = MEMORY');
  const indexes = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
    .all('figure_values') as Array<{ name: string; sql: string }>;
  const request = timed(() => sqlite.transaction(() => centralRequest(opened.value)).immediate());
  const { requestId, sourceIds, columnIds, form } = request.value;
  const inserted = timed(() =>
    sqlite
      .transaction(() => {
        for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
        return insertFigures(sqlite, requestId, sourceIds, columnIds, form);
      })
      .immediate(),
  );
  const indexed = timed(() =>
    sqlite
      .transaction(() => {
        for (const index of indexes) sqlite.exec(index.sql);
      })
      .immediate(),
  );
  closeStore(opened.value);
  const reopened = timed(() => openStore({ path: dbPath, migrationsFolder: DEFAULT_MIGRATIONS_FOLDER }));
  const step = (name: string, ms: number) => ({ group: 'Central file', step: name, stats: summarize([ms]) });
  const total = opened.ms + request.ms + inserted.ms + indexed.ms + reopened.ms;
  return {
    store: reopened.value,
    requestId,
    sources: sourceIds.length,
    figures: inserted.value,
    indicators: form.chosen.length,
    copies: form.copies,
    fileBytes: fs.statSync(dbPath).size,
    steps: [
      step('openStore: empty file, migrations + seeds', opened.ms),
      step(
        `${(sourceIds.length - AGENCIES_PER_PROVINCE).toLocaleString('en-US')} agencies, the request, ` +
          `${sourceIds.length.toLocaleString('en-US')} links and figure sources, its form (${form.copies} office indicators)`,
        request.ms,
      ),
      step(
        `${inserted.value.toLocaleString('en-US')} figure_values rows (INSERT … SELECT a source, one transaction)`,
        inserted.ms,
      ),
      step(`${indexes.length} indexes of figure_values built`, indexed.ms),
      step('closeStore + openStore again', reopened.ms),
      step('Total', total),
    ],
  };
}
