/**
 * The central committee's side of the figures bench (issue 10, item 8), on the file `figuresCentralFile.ts` builds:
 * the consolidation (`formContext` + `consolidateRequest`, what `figures.consolidate` runs) held to the one GROUP BY
 * that sums the same cells, and the checks over every source (`requestViolations`) beside the plain read of every
 * source's cells.
 */
import fs from 'node:fs';
import type { RequestConsolidation } from '../core/figures/records';
import { consolidateRequest, requestViolations } from '../db/figureConsolidation';
import { formContext } from '../db/figureForms';
import { closeStore, type Store } from '../db/open';
import { CELLS_PER_COLUMN, loadCentral, PROVINCES } from './figuresCentralFile';
import { AGENCIES_PER_PROVINCE } from './figuresShared';
import { keep, measurePair, timed, type Runs } from './measure';
import { bytes, stepTable, type Scenario } from './report';

const CONSOLIDATE_MAX_RATIO = 2;
/** Seconds a run over two million rows: the fewest runs that give a median, no warm-up (the file was just written). */
const CONSOLIDATE_RUNS: Runs = { warmup: 0, runs: 3 };
/** No goal set; 40 sources take a fraction of a second, so a median of three. */
const VIOLATIONS_RUNS: Runs = { warmup: 0, runs: 3 };
/** One run: the consolidation with every indicator listed by source, shown beside the goal's, has no goal. */
const EVERY_SOURCE_RUNS: Runs = { warmup: 0, runs: 1 };

/**
 * The consolidation must hold the GROUP BY's sums, or its time means nothing: every summed indicator's column
 * against the baseline's row for its total. Checked once, on the samples' own results.
 */
function consolidationDifferences(
  store: Store,
  requestId: number,
  result: Omit<RequestConsolidation, 'violations'>,
  rows: ReadonlyArray<[number, string, string, number]>,
): string[] {
  const context = formContext(store.db, requestId);
  const sums = new Map(rows.map(([column, code, part, sum]) => [`${column}|${code}|${part}`, sum]));
  const differences: string[] = [];
  for (const value of result.values) {
    if (value.aggregation !== 'sum') continue;
    context.columns.forEach((column, index) => {
      const expected = sums.get(`${column.id}|${value.indicator}|`) ?? null;
      if (value.columns[index] !== expected) {
        differences.push(`${value.indicator}, ${column.label}: app ${value.columns[index]}, GROUP BY ${expected}`);
      }
    });
  }
  if (result.values.length === 0) differences.push('the consolidation has no values');
  return differences;
}

export function centralScenarios(dir: string): Scenario[] {
  const central = loadCentral(dir);
  const { store, requestId } = central;
  try {
    console.log(
      `Central committee: ${PROVINCES} provinces × ${AGENCIES_PER_PROVINCE} agencies = ` +
        `${central.sources.toLocaleString('en-US')} sources × ${CELLS_PER_COLUMN} cells × 5 columns = ` +
        `${central.figures.toLocaleString('en-US')} figures (${central.indicators} indicators, ${central.copies} of ` +
        `them the office's copies of the catalogue's); file ${bytes(central.fileBytes)}, built in ` +
        `${(central.steps.at(-1)!.stats.median / 1000).toFixed(1)} s:\n`,
    );
    console.log(stepTable(central.steps));
    const grouped = store.sqlite.prepare(
      `select column_id, indicator_code, part, sum(value) from figure_values where request_id = ?
       group by column_id, indicator_code, part`,
    );
    let rows: Array<[number, string, string, number]> = [];
    let result: Omit<RequestConsolidation, 'violations'> | undefined;
    const consolidation = measurePair(
      () => {
        const run = timed(() =>
          consolidateRequest(store.db, formContext(store.db, requestId), { bySource: 'designated' }),
        );
        result = run.value;
        return run.ms;
      },
      () => {
        const run = timed(() => grouped.raw().all(requestId) as Array<[number, string, string, number]>);
        rows = run.value;
        return run.ms;
      },
      CONSOLIDATE_RUNS,
    );
    const differences = consolidationDifferences(store, requestId, result!, rows);
    keep(result);
    // The same with every indicator listed source by source (1,360 × every indicator): what the screen shows.
    const everySource = measurePair(
      () => timed(() => keep(consolidateRequest(store.db, formContext(store.db, requestId), { bySource: 'all' }))).ms,
      () => timed(() => keep(grouped.raw().all(requestId))).ms,
      EVERY_SOURCE_RUNS,
    );

    // The checks cost the same for every source (its own cells, its own rules): one province's 40 of them, so the
    // bench stays under two minutes; the whole request is 34 times that.
    const whole = formContext(store.db, requestId);
    const context = { ...whole, sources: whole.sources.slice(0, AGENCIES_PER_PROVINCE) };
    const read = store.sqlite.prepare(
      `select column_id, indicator_code, part, value from figure_values indexed by figure_values_cell_uq
       where agency_id = ? and request_id = ?`,
    );
    let violations = 0;
    const checks = measurePair(
      () => {
        const run = timed(() => requestViolations(store.db, context));
        violations = run.value.length;
        return run.ms;
      },
      () =>
        timed(() => {
          for (const source of context.sources) keep(read.raw().all(source.agencyId, requestId));
        }).ms,
      VIOLATIONS_RUNS,
    );
    console.log(
      `\nConsolidation: ${result!.values.length} indicators and ${result!.rates.length} rates over ` +
        `${result!.sources.length.toLocaleString('en-US')} sources; the GROUP BY returns ${rows.length.toLocaleString('en-US')} sums. ` +
        `Checks over ${context.sources.length} sources: ${violations.toLocaleString('en-US')} violations.`,
    );
    if (differences.length === 0) console.log("Consolidated totals checked equal to the GROUP BY's sums.\n");
    else {
      // Timing goes on, but the run fails: one side sums the wrong rows.
      console.log(
        `⚠ Consolidation and GROUP BY disagree (${differences.length}):\n` +
          `${differences
            .slice(0, 5)
            .map((line) => `  - ${line}`)
            .join('\n')}\n`,
      );
      process.exitCode = 1;
    }
    return [
      {
        name: `Consolidation (formContext + consolidateRequest), ${central.sources.toLocaleString('en-US')} sources; baseline: its GROUP BY`,
        ...consolidation,
        target: { kind: 'ratio', max: CONSOLIDATE_MAX_RATIO },
      },
      {
        name: 'The same, every indicator also listed source by source (the screen); baseline: the GROUP BY',
        ...everySource,
        target: { kind: 'none' },
      },
      {
        name: `Checks over one province's ${AGENCIES_PER_PROVINCE} sources (requestViolations; the request: 34×); baseline: their cells read`,
        ...checks,
        target: { kind: 'none' },
      },
    ];
  } finally {
    closeStore(store);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${store.path}${suffix}`, { force: true });
  }
}
