/**
 * Timing and statistics. The app and its baseline are sampled alternately
 * (app, baseline, app, …) so that a noisy neighbour or a CPU frequency change
 * hits both sides alike instead of skewing one of them.
 */

export interface Timed<T> {
  ms: number;
  value: T;
}

export function timed<T>(work: () => T): Timed<T> {
  const start = process.hrtime.bigint();
  const value = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile: with few runs it is a real sample, never an interpolation. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { runs: sorted.length, median, p95: percentile(sorted, 95), min: sorted[0]!, max: sorted.at(-1)! };
}

/**
 * One sample: returns the milliseconds that count. A sample times only its
 * own part, so set-up (copying a file) and tear-down (closing) stay outside.
 */
export type Sampler = () => number;

export interface Runs {
  warmup: number;
  runs: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Full GC between scenarios when node runs with --expose-gc, so one scenario's garbage is not billed to the next. */
export function settle(): void {
  collectGarbage?.();
}

export function measure(sample: Sampler, runs: Runs): Stats {
  settle();
  for (let i = 0; i < runs.warmup; i++) sample();
  const samples: number[] = [];
  for (let i = 0; i < runs.runs; i++) samples.push(sample());
  return summarize(samples);
}

export function measurePair(app: Sampler, baseline: Sampler, runs: Runs): { app: Stats; baseline: Stats } {
  settle();
  for (let i = 0; i < runs.warmup; i++) {
    app();
    baseline();
  }
  const appSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs.runs; i++) {
    appSamples.push(app());
    baselineSamples.push(baseline());
  }
  return { app: summarize(appSamples), baseline: summarize(baselineSamples) };
}

/** Keeps results reachable so the engine cannot drop work whose result is unused. */
export const sink: unknown[] = [];
export function keep(value: unknown): void {
  sink[0] = value;
}

export async function timedAsync(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  keep(await work());
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** measurePair for work that awaits (ExcelJS reads and writes through promises): alternately, after the warm-ups. */
export async function measurePairAsync(
  app: () => Promise<number>,
  baseline: () => Promise<number>,
  runs: Runs,
): Promise<{ app: Stats; baseline: Stats }> {
  settle();
  for (let i = 0; i < runs.warmup; i++) {
    await app();
    await baseline();
  }
  const appSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs.runs; i++) {
    appSamples.push(await app());
    baselineSamples.push(await baseline());
  }
  return { app: summarize(appSamples), baseline: summarize(baselineSamples) };
}
