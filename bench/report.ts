/** Markdown tables for the terminal: aligned when read raw, and pasteable into an issue as they are. */
import type { Stats } from './measure';

export type Target = { kind: 'ratio'; max: number } | { kind: 'time'; maxMs: number; note?: string } | { kind: 'none' };

export interface Scenario {
  name: string;
  app: Stats;
  baseline: Stats;
  target: Target;
}

type Align = 'left' | 'right';

export function markdownTable(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (align[i] === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function targetLabel(target: Target): string {
  switch (target.kind) {
    case 'ratio':
      return `≤ ${target.max}×`;
    case 'time':
      return `< ${target.maxMs} ms${target.note ?? ''}`;
    case 'none':
      return '—';
  }
}

function verdict(scenario: Scenario): string {
  const { target, app, baseline } = scenario;
  switch (target.kind) {
    case 'ratio':
      return app.median / baseline.median <= target.max ? '✓' : '✗';
    case 'time':
      return app.median < target.maxMs ? '✓' : '✗';
    case 'none':
      return '—';
  }
}

export function scenarioTable(scenarios: readonly Scenario[]): string {
  return markdownTable(
    [
      'Scenario',
      'N',
      'App median (ms)',
      'App p95',
      'Baseline median (ms)',
      'Baseline p95',
      'Ratio',
      'Target',
      'Verdict',
    ],
    scenarios.map((scenario) => [
      scenario.name,
      String(scenario.app.runs),
      ms(scenario.app.median),
      ms(scenario.app.p95),
      ms(scenario.baseline.median),
      ms(scenario.baseline.p95),
      `${(scenario.app.median / scenario.baseline.median).toFixed(2)}×`,
      targetLabel(scenario.target),
      verdict(scenario),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
  );
}

export function stepTable(
  steps: ReadonlyArray<{ group: string; step: string; stats: Stats; raw?: Stats | undefined }>,
): string {
  return markdownTable(
    ['Part', 'Step', 'N', 'Median (ms)', 'p95', 'Min', 'Raw SQL median', 'Raw p95'],
    steps.map(({ group, step, stats, raw }) => [
      group,
      step,
      String(stats.runs),
      ms(stats.median),
      ms(stats.p95),
      ms(stats.min),
      raw ? ms(raw.median) : '',
      raw ? ms(raw.p95) : '',
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function bytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MiB`;
  return `${(size / 1024).toFixed(0)} KiB`;
}
