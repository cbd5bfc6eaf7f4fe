/**
 * Calendar speed (issue 4): (a) computing a year's holidays, lunar calendar
 * included, for a year not computed before in the process, next to a loop
 * that makes as many solar dates with plain Date arithmetic; (b) 1,000 report
 * cycles (monthly, quarterly, half-yearly, yearly) expanded over 10 years with
 * a working-day warning on every deadline, as `calendar.list` does, next to a
 * loop that makes as many ISO date strings. Returns rows for `scenarioTable`;
 * prints nothing.
 */
import { expandOccurrences, type Cycle } from '../core/calendar';
import { computeHolidays } from '../core/holidays';
import type { Recurrence } from '../core/plan';
import { deadlineWarning, workCalendarFor } from '../core/workdays';
import { keep, measurePair, timed, type Runs, type Sampler } from './measure';
import type { Scenario } from './report';

export type Row = Scenario;

const BUDGET_MS = 50;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Every sample needs a year the holiday cache has not seen: 1900–2100 holds 201, warm-up included. */
const HOLIDAY_RUNS: Runs = { warmup: 10, runs: 150 };
const CYCLE_RUNS: Runs = { warmup: 5, runs: 40 };

const CYCLES = 1_000;
const RANGE = { from: '2025-01-01', to: '2034-12-31' };
const RECURRENCES: readonly Recurrence[] = ['monthly', 'quarterly', 'half_yearly', 'yearly'];

/** n solar dates of `year` with Date arithmetic: the least any holiday list costs. */
export function solarDates(year: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(new Date(Date.UTC(year, 0, 1 + i * 27)).toISOString().slice(0, 10));
  return out;
}

function holidayScenario(): Row {
  // Years handed out in order, one per sample, shared by both sides so each computes "its" year once.
  let nextYear = FIRST_YEAR;
  let lastCount = 0;
  const years = () => {
    if (nextYear > LAST_YEAR) throw new Error('bench/calendar: ran out of uncomputed years (1900–2100)');
    return nextYear++;
  };
  const app: Sampler = () => {
    const year = years();
    const { ms, value } = timed(() => computeHolidays(year));
    if (value.length < 11) throw new Error(`bench/calendar: only ${value.length} holidays in ${year}`);
    lastCount = value.length;
    keep(value);
    return ms;
  };
  const baseline: Sampler = () => timed(() => keep(solarDates(nextYear - 1, lastCount))).ms;
  const stats = measurePair(app, baseline, HOLIDAY_RUNS);
  return {
    name:
      `computeHolidays: one year's days off (lunar Tết and Giỗ Tổ, nghỉ bù), a year not computed before ` +
      `(${FIRST_YEAR}–${nextYear - 1}); baseline: as many solar dates with Date`,
    ...stats,
    target: { kind: 'time', maxMs: BUDGET_MS },
  };
}

/** 1,000 cycles, the four recurrences in turn; a few with edited windows and due dates, as sectors differ. */
export function benchCycles(count = CYCLES): Cycle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    uuid: `bench-cycle-${i + 1}`,
    title: `Báo cáo định kỳ số ${i + 1} về công tác phòng, chống mua bán người`,
    recurrence: RECURRENCES[i % RECURRENCES.length]!,
    windowStartDay: i % 10 === 0 ? 1 : 15,
    windowEndDay: i % 10 === 0 ? 31 : 14,
    dueDay: i % 7 === 0 ? 25 : 20,
    dueMonthOffset: i % 10 === 0 ? 1 : 0,
    fromYear: 2020,
    toYear: null,
    receiver: 'Công an tỉnh (Phòng Tham mưu)',
    planId: (i % 20) + 1,
    agencyIds: [(i % 30) + 1],
  }));
}

function yearsOf(from: string, to: string): number[] {
  const first = Number(from.slice(0, 4)) - 1;
  return Array.from({ length: Number(to.slice(0, 4)) + 1 - first + 1 }, (_, i) => first + i);
}

/** What `calendar.list` does for the range: the working calendar of its years, then the expansion with warnings. */
export function expandWithWarnings(cycles: readonly Cycle[], from: string, to: string) {
  const calendar = workCalendarFor(yearsOf(from, to));
  return expandOccurrences([], cycles, from, to, (date) => deadlineWarning(date, calendar));
}

/** n ISO date strings, one a day from `from`: the least any list of n deadlines costs. */
export function isoDates(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(new Date(start + (i % 3653) * 86_400_000).toISOString().slice(0, 10));
  return out;
}

function cycleScenario(count: number, withTarget: boolean): Row {
  const cycles = benchCycles(count);
  // Checked once, outside the timing: an expansion that finds nothing would be fast for the wrong reason.
  const occurrences = expandWithWarnings(cycles, RANGE.from, RANGE.to);
  const warned = occurrences.filter((o) => o.warning !== null).length;
  if (occurrences.length < count * 10 || warned === 0) {
    throw new Error(`bench/calendar: ${occurrences.length} occurrences, ${warned} warned: the expansion is broken`);
  }
  const n = occurrences.length;
  const app: Sampler = () => timed(() => keep(expandWithWarnings(cycles, RANGE.from, RANGE.to))).ms;
  const baseline: Sampler = () => timed(() => keep(isoDates(RANGE.from, n))).ms;
  const stats = measurePair(app, baseline, CYCLE_RUNS);
  return {
    name:
      `expandOccurrences: ${count.toLocaleString('en-US')} report cycles over 10 years with working-day warnings ` +
      `(${n.toLocaleString('en-US')} deadlines, ${warned.toLocaleString('en-US')} warned); baseline: as many ISO date strings`,
    ...stats,
    target: withTarget ? { kind: 'time', maxMs: BUDGET_MS } : { kind: 'none' },
  };
}

/** About as many cycles as give 1,000 deadlines in 10 years (a mix averages 4.75 deadlines a cycle a year). */
const CYCLES_FOR_1000_DEADLINES = 21;

export function benchCalendar(): Row[] {
  // The budget is for 1,000 recurring deadlines over 10 years; 1,000 cycles (~47,500 deadlines) shows the headroom.
  return [holidayScenario(), cycleScenario(CYCLES_FOR_1000_DEADLINES, true), cycleScenario(CYCLES, false)];
}
