/**
 * Plan import speed: `parsePlan` on a 100-page plan (the seed documents
 * repeated until ≈ 300,000 characters), as written and flattened into one
 * line, next to a baseline of one regex pass over the same text (outline
 * markers and dates: the least any parser of these documents must read).
 * Returns rows for `scenarioTable`; prints nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePlan } from '../core/import/parsePlan';
import type { DirectoryEntry } from '../core/import/types';
import { AGENCY_SEEDS } from '../db/seed/agencyDirectory';
import { SEEDS_DIR } from '../tests/fixtures/seeds';
import { keep, measurePair, timed, type Runs, type Sampler } from './measure';
import type { Scenario } from './report';

export type Row = Scenario;

const SEED_FILES = [
  'central-plan-2024-19-KH-BCD138.txt',
  'provincial-review-plan-2025-836-KH-UBND.txt',
  'provincial-plan-summary-2022.txt',
];

/** A page of an A4 plan in 13–14 pt Times: about 3,000 characters. */
const PAGE_CHARS = 3_000;
const PAGES = 100;
const BUDGET_MS = 100;
const FALLBACK_YEAR = 2026;
/** A parse takes tens of ms: enough runs for a steady median, the whole file under ~10 s. */
const RUNS: Runs = { warmup: 3, runs: 20 };

/** One pass that finds outline markers (I., 2.1., a), đ), dashes) and dd/mm/yyyy dates. */
const BASELINE_PATTERN = /(?:^|\n)\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|-)\s|\d{1,2}\/\d{1,2}\/\d{4}/g;

/** The shipped agency directory, as the app hands it to the parser (ids in seed order). */
export function seededDirectory(): DirectoryEntry[] {
  return AGENCY_SEEDS.map((seed, index) => ({
    id: index + 1,
    name: seed.name,
    shortName: seed.shortName,
    aliases: seed.aliases,
    kind: seed.kind,
    active: seed.mergedIntoSeedKey === undefined,
  }));
}

/**
 * The seeds one after another (central plan, 836/KH-UBND, 2022 summary), repeated, and ended at the first line break
 * past `pages` pages: one long document as pasted, with nothing renumbered.
 */
export function longPlan(pages = PAGES): string {
  const texts = SEED_FILES.map((name) => {
    const file = path.join(SEEDS_DIR, name);
    if (!fs.existsSync(file)) throw new Error(`bench/parse: seed document not found: ${file}`);
    return fs.readFileSync(file, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  });
  const copy = texts.join('\n\n');
  const wanted = pages * PAGE_CHARS;
  const text = Array.from({ length: Math.ceil(wanted / copy.length) + 1 }, () => copy).join('\n\n');
  const end = text.indexOf('\n', wanted);
  return end < 0 ? text : text.slice(0, end);
}

/** The same text as a web or PDF copy: every line break gone (as the unit tests flatten it). */
export function flatten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function baselinePass(text: string): number {
  const pattern = new RegExp(BASELINE_PATTERN.source, BASELINE_PATTERN.flags);
  let found = 0;
  while (pattern.exec(text) !== null) found++;
  return found;
}

function scenario(label: string, text: string, directory: readonly DirectoryEntry[]): Row {
  const options = { directory, fallbackYear: FALLBACK_YEAR };
  // Checked once, outside the timing: a parse that finds nothing would be fast for the wrong reason.
  const result = parsePlan(text, options);
  const tasks = result.nodes.filter((node) => node.type === 'task').length;
  if (tasks === 0) throw new Error(`bench/parse: parsePlan found no task in the ${label} text`);
  const matches = baselinePass(text);

  const app: Sampler = () => timed(() => keep(parsePlan(text, options))).ms;
  const baseline: Sampler = () => timed(() => keep(baselinePass(text))).ms;
  const stats = measurePair(app, baseline, RUNS);
  const pages = Math.round(text.length / PAGE_CHARS);
  return {
    name:
      `parsePlan: ${pages}-page plan, ${label} (${text.length.toLocaleString('en-US')} chars, ` +
      `${tasks} tasks, ${result.dates.length} dates; baseline regex: ${matches} matches)`,
    ...stats,
    target: { kind: 'time', maxMs: BUDGET_MS },
  };
}

export async function benchParse(): Promise<Row[]> {
  const directory = seededDirectory();
  const text = longPlan();
  return [scenario('as written', text, directory), scenario('flattened to one line', flatten(text), directory)];
}
