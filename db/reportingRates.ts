/**
 * Completeness and timeliness over every request due by a day, counted in SQL from the derived
 * `first_received_on` of each required agency (migration 0006): one pass over the links per grouping, nothing of
 * the register loaded. Same numbers as core/reports.ts `reportingRates` (tests/integration/reportingRates.test.ts
 * holds them together): exempt agencies are not counted, a report is on time when its first version was.
 */
import { rateOf, type ReportingRates } from '../core/reports';
import type { AppDb } from './open';

interface Counts {
  expected: number;
  submitted: number;
  onTime: number;
}

const COUNTS = `count(ra.id) AS expected, count(ra.first_received_on) AS submitted,
  coalesce(sum(ra.first_received_on <= r.due_on), 0) AS onTime`;

export function reportingRatesAsOf(db: AppDb, asOf: string): ReportingRates {
  const sqlite = db.$client;
  const byRequest = sqlite
    .prepare(
      `SELECT r.id AS requestId, substr(r.due_on, 1, 4) AS year, ${COUNTS}
       FROM report_requests r
       LEFT JOIN report_request_agencies ra ON ra.request_id = r.id AND ra.exempt = 0
       WHERE r.due_on <= ?
       GROUP BY r.id
       ORDER BY r.due_on, r.id`,
    )
    .all(asOf) as Array<Counts & { requestId: number; year: string }>;
  const byAgency = sqlite
    .prepare(
      `SELECT ra.agency_id AS agencyId, ${COUNTS}
       FROM report_request_agencies ra
       JOIN report_requests r ON r.id = ra.request_id
       WHERE r.due_on <= ? AND ra.exempt = 0
       GROUP BY ra.agency_id
       ORDER BY ra.agency_id`,
    )
    .all(asOf) as Array<Counts & { agencyId: number }>;
  const years = new Map<number, Counts>();
  const overall: Counts = { expected: 0, submitted: 0, onTime: 0 };
  for (const row of byRequest) {
    const year = years.get(Number(row.year)) ?? { expected: 0, submitted: 0, onTime: 0 };
    for (const sum of [year, overall]) {
      sum.expected += row.expected;
      sum.submitted += row.submitted;
      sum.onTime += row.onTime;
    }
    years.set(Number(row.year), year);
  }
  return {
    byRequest: byRequest.map(({ requestId, ...counts }) => ({ requestId, ...rateOf(counts) })),
    byAgency: byAgency.map(({ agencyId, ...counts }) => ({ agencyId, ...rateOf(counts) })),
    byYear: [...years].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...rateOf(counts) })),
    overall: rateOf(overall),
  };
}
