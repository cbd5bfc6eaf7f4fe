/**
 * Reminder speed (issue 5): what is due "at start-up" — `dueReminders` over ten years of report requests, 40
 * required agencies each, a realistic share already submitted (nearly all of the old ones, few of those not yet
 * due), some agencies exempt, some reports supplemented, and the reminder states a running app leaves behind —
 * next to a baseline of one pass over the same requests computing only `daysBetween` (the least any "what is
 * due" must do). Two sizes: the 60 requests a year (600 requests) and 240 a year (2,400 requests).
 * Returns rows for `scenarioTable`; prints nothing.
 */
import { DEFAULT_REMINDER_RULES, dueReminders, type ReminderState } from '../core/reminders';
import { addDays, daysBetween } from '../core/dates';
import type { ReportRequest, Submission } from '../core/reports';
import { keep, measure, measurePair, summarize, timed, type Runs, type Sampler } from './measure';
import { createPrng } from './prng';
import type { Scenario } from './report';

export type Row = Scenario;

const BUDGET_MS = 20;
const TODAY = '2025-06-13';
const FIRST_YEAR = 2016;
const YEARS = 10;
const AGENCIES = 40;
const RUNS: Runs = { warmup: 10, runs: 100 };
/** A pass over budget gets fewer samples, so that `npm run bench` still ends: about this long a scenario. */
const TIME_BOX_MS = 5_000;

const TITLES = [
  'Báo cáo kết quả công tác phòng, chống mua bán người',
  'Báo cáo sơ kết 6 tháng thực hiện Chương trình phòng, chống mua bán người',
  'Báo cáo tổng kết năm',
  'Báo cáo đột xuất về tình hình mua bán người qua biên giới',
  'Báo cáo thống kê số liệu nạn nhân được hỗ trợ',
  'Báo cáo chuyên đề công tác tuyên truyền',
  'Ảnh hưởng của thiên tai tới công tác hỗ trợ nạn nhân: báo cáo nhanh',
];

const minDate = (a: string, b: string) => (a < b ? a : b);

export interface ReminderDataset {
  requests: ReportRequest[];
  submissions: Submission[];
  states: ReminderState[];
}

/** Share of the required agencies that have reported, by how long ago (days) the report was due. */
function submittedShare(daysSinceDue: number): number {
  if (daysSinceDue > 60) return 0.98;
  if (daysSinceDue >= 0) return 0.85;
  if (daysSinceDue >= -7) return 0.35;
  return 0.05;
}

/** Ten years of requests, the same on every run (seeded PRNG), as `listRequests` / `listSubmissions` return them. */
export function reminderDataset(requestsPerYear: number, seed = 138): ReminderDataset {
  const prng = createPrng(seed);
  const agencyIds = Array.from({ length: AGENCIES }, (_, i) => i + 1);
  const requests: ReportRequest[] = [];
  const submissions: Submission[] = [];
  const states: ReminderState[] = [];
  for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
    for (let k = 0; k < requestsPerYear; k++) {
      const id = requests.length + 1;
      const dueOn = addDays(`${year}-01-01`, Math.floor((k * 365) / requestsPerYear) + prng.int(0, 3));
      const requestedOn = addDays(dueOn, -prng.int(15, 45));
      const exemptAgencyIds = agencyIds.filter(() => prng.chance(0.02));
      requests.push({
        id,
        uuid: prng.uuid(),
        title: `${prng.pick(TITLES)} (số ${k + 1}/${year})`,
        kind: prng.chance(0.7) ? 'cycle' : 'ad_hoc',
        cycleId: null,
        requestedOn,
        dueOn,
        dataFrom: null,
        dataTo: null,
        receiver: 'Công an tỉnh (Phòng Tham mưu)',
        outline: [],
        planId: null,
        agencyIds,
        exemptAgencyIds,
        closedOn: null,
      });
      const age = daysBetween(dueOn, TODAY);
      for (const agencyId of agencyIds) {
        if (requestedOn > TODAY || !prng.chance(submittedShare(age))) continue;
        const late = age > 0 && prng.chance(0.2);
        const receivedOn = late
          ? addDays(dueOn, prng.int(1, Math.min(20, age)))
          : minDate(TODAY, addDays(dueOn, -prng.int(0, 10)));
        if (receivedOn < requestedOn) continue;
        const versions = prng.chance(0.05) ? 2 : 1;
        for (let version = 1; version <= versions; version++) {
          const on = version === 1 ? receivedOn : addDays(receivedOn, prng.int(1, 10));
          if (on > TODAY) break;
          const submissionId = submissions.length + 1;
          submissions.push({
            id: submissionId,
            uuid: prng.uuid(),
            requestId: id,
            agencyId,
            receivedOn: on,
            documentNumber: `${prng.int(1, 999)}/BC`,
            documentDate: on,
            note: null,
            version,
            files: [],
          });
        }
      }
      // What a running app recorded: each step before the due date notified; some overdue ones dismissed.
      if (age >= 0) {
        for (const days of DEFAULT_REMINDER_RULES.beforeDays) {
          states.push({ requestId: id, step: `before-${days}`, notified: true, dismissed: false, snoozedUntil: null });
        }
        if (age > 3 && prng.chance(0.5)) {
          states.push({ requestId: id, step: 'overdue-0', notified: true, dismissed: true, snoozedUntil: null });
        }
      }
    }
  }
  // The register is read in date order, as listSubmissions returns it.
  submissions.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.version - b.version);
  return { requests, submissions, states };
}

/** Baseline: one pass over the requests computing only the days left. */
export function daysLeftPass(requests: readonly ReportRequest[], today: string): number[] {
  const out = new Array<number>(requests.length);
  for (let i = 0; i < requests.length; i++) out[i] = daysBetween(today, requests[i]!.dueOn);
  return out;
}

function scenario(requestsPerYear: number, withTarget: boolean): Row {
  const { requests, submissions, states } = reminderDataset(requestsPerYear);
  const run = () => dueReminders(requests, submissions, DEFAULT_REMINDER_RULES, TODAY, states);
  // The first call in the process is the start-up one (JIT cold); it also checks, outside the timing, that the
  // pass finds work of both kinds — a pass that finds nothing would be fast for the wrong reason.
  const first = timed(run);
  const overdue = first.value.filter((reminder) => reminder.daysLeft < 0).length;
  const soon = first.value.length - overdue;
  if (overdue === 0 || soon === 0) {
    throw new Error(`bench/reminders: ${overdue} overdue, ${soon} due soon: the dataset or dueReminders is broken`);
  }
  const missing = first.value.reduce((sum, reminder) => sum + reminder.missingAgencyIds.length, 0);

  const app: Sampler = () => timed(() => keep(run())).ms;
  const baseline: Sampler = () => timed(() => keep(daysLeftPass(requests, TODAY))).ms;
  let stats: Pick<Row, 'app' | 'baseline'>;
  let sampling = '';
  if (first.ms > TIME_BOX_MS) {
    // Far over budget: the cold sample only, so that the bench still ends.
    stats = { app: summarize([first.ms]), baseline: measure(baseline, RUNS) };
    sampling = '; the cold sample only, far over budget';
  } else {
    const warm = Math.max(timed(run).ms, 0.001);
    if (warm * (RUNS.warmup + RUNS.runs) <= TIME_BOX_MS) stats = measurePair(app, baseline, RUNS);
    else {
      // Over budget: as many warm samples as fit the time box.
      const runs = Math.max(1, Math.floor(TIME_BOX_MS / warm));
      stats = { app: measure(app, { warmup: 0, runs }), baseline: measure(baseline, RUNS) };
      sampling = `; ${runs} samples only, over budget`;
    }
  }
  const pairs = requests.length * AGENCIES;
  return {
    name:
      `dueReminders at start-up: ${requests.length.toLocaleString('en-US')} requests (${requestsPerYear} a year × ` +
      `${YEARS} years) × ${AGENCIES} agencies, ${submissions.length.toLocaleString('en-US')} submissions ` +
      `(${((submissions.length / pairs) * 100).toFixed(0)}% of pairs), ${states.length.toLocaleString('en-US')} ` +
      `reminder states, on ${TODAY}: ${overdue} overdue + ${soon} due soon, ${missing.toLocaleString('en-US')} agencies ` +
      `missing; first call ${first.ms.toFixed(1)} ms${sampling}; baseline: daysBetween over the same requests`,
    ...stats,
    target: withTarget ? { kind: 'time', maxMs: BUDGET_MS } : { kind: 'none' },
  };
}

export function benchReminders(): Row[] {
  // The size (60 requests a year for 10 years) has the budget; four times that shows the headroom.
  return [scenario(60, true), scenario(240, false)];
}
