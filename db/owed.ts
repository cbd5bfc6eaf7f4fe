/**
 * What is still owed, read for the to-do list and the reminders without touching the register: the agencies that
 * have sent nothing are the links whose derived `first_received_on` is null (kept by triggers, migration 0006),
 * under a partial index that holds only those. So the cost follows what is missing, not ten years of requests
 * times every agency (docs/architecture.md, "Derived columns").
 */
import type { OwedRequest } from '../core/reminders';
import type { AppDb } from './open';

interface OwedRow {
  id: number;
  title: string;
  dueOn: string;
  closedOn: string | null;
  /** The missing agencies' ids, comma-separated, in id order. */
  missing: string;
}

/**
 * Requests still chased on `today` (not closed by then), due by `dueBy`, that some agency still owes. Read from
 * the chased requests only (index on closed_on, due_on: ten years of closed registers are never touched) and
 * grouped in SQL: one row per request, not one per missing agency, which at the central committee's scale is
 * the difference between 15,000 rows and 1,600 (bench/owed.ts).
 */
export function owedRequests(db: AppDb, today: string, dueBy: string): OwedRequest[] {
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.title, r.due_on AS dueOn, r.closed_on AS closedOn,
         group_concat(m.agency_id ORDER BY m.agency_id) AS missing
       FROM report_requests r INDEXED BY report_requests_chased_idx
       JOIN report_request_agencies m INDEXED BY report_request_agencies_missing_idx
         ON m.request_id = r.id AND m.first_received_on IS NULL AND m.exempt = 0
       WHERE r.due_on <= ? AND (r.closed_on IS NULL OR r.closed_on > ?)
       GROUP BY r.id
       ORDER BY r.id`,
    )
    .all(dueBy, today) as OwedRow[];
  return rows.map(({ missing, ...request }) => ({ ...request, missingAgencyIds: missing.split(',').map(Number) }));
}

export interface UpcomingRequest {
  requestId: number;
  title: string;
  dueOn: string;
  missing: number;
}

/** The next requests due from `today` on that some agency still owes, soonest first, with how many owe them. */
export function upcomingOwed(db: AppDb, today: string, limit: number): UpcomingRequest[] {
  return db.$client
    .prepare(
      `SELECT r.id AS requestId, r.title, r.due_on AS dueOn,
         (SELECT count(*) FROM report_request_agencies m INDEXED BY report_request_agencies_missing_idx
          WHERE m.request_id = r.id AND m.first_received_on IS NULL AND m.exempt = 0) AS missing
       FROM report_requests r
       WHERE r.due_on >= ? AND (r.closed_on IS NULL OR r.closed_on > ?) AND missing > 0
       ORDER BY r.due_on, r.id
       LIMIT ?`,
    )
    .all(today, today, limit) as UpcomingRequest[];
}
