/**
 * Reports owed: what the office asked the agencies for (report requests), what
 * arrived (submissions), each agency's status, and the reporting rates —
 * completeness (submitted / expected) and timeliness (on time / expected), as
 * in DHIS2's reporting-rate summary.
 */
import { daysBetween } from './dates';

export const REQUEST_KINDS = ['cycle', 'ad_hoc'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const SUBMISSION_STATUSES = ['missing', 'on_time', 'late', 'supplemented', 'exempt'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  missing: 'Chưa nộp',
  on_time: 'Đã nộp đúng hạn',
  late: 'Nộp muộn',
  supplemented: 'Đã nộp bổ sung',
  exempt: 'Được miễn',
};

export interface RequestFields {
  title: string;
  kind: RequestKind;
  cycleId: number | null;
  /** When the request was made: a submission cannot be older. ISO. */
  requestedOn: string;
  dueOn: string;
  dataFrom: string | null;
  dataTo: string | null;
  /** Who receives, as written: "Công an tỉnh (Phòng Tham mưu)". */
  receiver: string | null;
  /** The headings the report must follow (Đề cương). */
  outline: string[];
  planId: number | null;
  /** The agencies required to submit. */
  agencyIds: number[];
  /** Required agencies excused from this report. */
  exemptAgencyIds: number[];
}

export interface ReportRequest extends RequestFields {
  id: number;
  uuid: string;
  /**
   * The day the office stopped chasing it (the report was consolidated without the last ones, or given up): from
   * then on no reminder. A late report can still be recorded; the rates still count the request.
   */
  closedOn: string | null;
}

/** Whether the office still chases this request on `today`. */
export function isOpen(request: Pick<ReportRequest, 'closedOn'>, today: string): boolean {
  return request.closedOn === null || request.closedOn > today;
}

export interface SubmissionFile {
  id: number;
  uuid: string;
  sha256: string;
  fileName: string;
  size: number;
}

export interface Submission {
  id: number;
  uuid: string;
  requestId: number;
  agencyId: number;
  receivedOn: string;
  /** The agency's own document: "125/BC-STP" of 15/06/2025. */
  documentNumber: string | null;
  documentDate: string | null;
  note: string | null;
  /** 1 for the first report; a later version supersedes the earlier one, both are kept. */
  version: number;
  files: SubmissionFile[];
}

export interface AgencyReportStatus {
  agencyId: number;
  status: SubmissionStatus;
  /** The first submission's date, and how many days after the due date it came (0 when on time). */
  receivedOn: string | null;
  daysLate: number;
  versions: number;
}

/** Submissions by request, then by agency, each list in version order: built once, read per agency. */
export type SubmissionIndex = Map<number, Map<number, Submission[]>>;

export function indexSubmissions(submissions: readonly Submission[]): SubmissionIndex {
  const index: SubmissionIndex = new Map();
  for (const submission of submissions) {
    let byAgency = index.get(submission.requestId);
    if (!byAgency) index.set(submission.requestId, (byAgency = new Map()));
    const list = byAgency.get(submission.agencyId);
    if (list) list.push(submission);
    else byAgency.set(submission.agencyId, [submission]);
  }
  for (const byAgency of index.values()) {
    for (const list of byAgency.values()) {
      list.sort((a, b) => a.version - b.version || a.receivedOn.localeCompare(b.receivedOn));
    }
  }
  return index;
}

function asIndex(submissions: readonly Submission[] | SubmissionIndex): SubmissionIndex {
  return submissions instanceof Map ? submissions : indexSubmissions(submissions);
}

export function agencyStatus(
  request: ReportRequest,
  submissions: readonly Submission[] | SubmissionIndex,
  agencyId: number,
): AgencyReportStatus {
  const own = asIndex(submissions).get(request.id)?.get(agencyId) ?? [];
  if (request.exemptAgencyIds.includes(agencyId)) {
    return { agencyId, status: 'exempt', receivedOn: own[0]?.receivedOn ?? null, daysLate: 0, versions: own.length };
  }
  const first = own[0];
  if (!first) return { agencyId, status: 'missing', receivedOn: null, daysLate: 0, versions: 0 };
  const daysLate = Math.max(0, daysBetween(request.dueOn, first.receivedOn));
  const status: SubmissionStatus = own.length > 1 ? 'supplemented' : daysLate > 0 ? 'late' : 'on_time';
  return { agencyId, status, receivedOn: first.receivedOn, daysLate, versions: own.length };
}

export function requestStatuses(
  request: ReportRequest,
  submissions: readonly Submission[] | SubmissionIndex,
): AgencyReportStatus[] {
  const index = asIndex(submissions);
  return request.agencyIds.map((agencyId) => agencyStatus(request, index, agencyId));
}

/** The agencies that still owe the report (required, not excused, nothing received). */
export function missingAgencies(
  request: ReportRequest,
  submissions: readonly Submission[] | SubmissionIndex,
): number[] {
  // Read on every start-up for every request due or overdue: existence only, no dates worked out.
  const received = asIndex(submissions).get(request.id);
  const exempt = new Set(request.exemptAgencyIds);
  return request.agencyIds.filter((agencyId) => !exempt.has(agencyId) && !received?.get(agencyId)?.length);
}

export interface Rate {
  expected: number;
  submitted: number;
  onTime: number;
  /** submitted / expected, 0..1 (1 when nothing is expected). */
  completeness: number;
  /** on time / expected, 0..1. */
  timeliness: number;
}

/** The rates of counted reports (the store counts them in SQL; `rate` below counts statuses in memory). */
export function rateOf({ expected, submitted, onTime }: Pick<Rate, 'expected' | 'submitted' | 'onTime'>): Rate {
  return {
    expected,
    submitted,
    onTime,
    completeness: expected === 0 ? 1 : submitted / expected,
    timeliness: expected === 0 ? 1 : onTime / expected,
  };
}

function rate(statuses: readonly AgencyReportStatus[]): Rate {
  const counted = statuses.filter((status) => status.status !== 'exempt');
  return rateOf({
    expected: counted.length,
    submitted: counted.filter((status) => status.status !== 'missing').length,
    // A report supplemented later counts as on time when its first version was.
    onTime: counted.filter((status) => status.receivedOn !== null && status.daysLate === 0).length,
  });
}

export interface ReportingRates {
  byRequest: Array<{ requestId: number } & Rate>;
  byAgency: Array<{ agencyId: number } & Rate>;
  byYear: Array<{ year: number } & Rate>;
  overall: Rate;
}

/** Rates over the requests due up to `asOf` (a request not yet due is not counted as missing). */
export function reportingRates(
  requests: readonly ReportRequest[],
  submissions: readonly Submission[] | SubmissionIndex,
  asOf: string,
): ReportingRates {
  const index = asIndex(submissions);
  const due = requests.filter((request) => request.dueOn <= asOf);
  const statuses = new Map(due.map((request) => [request.id, requestStatuses(request, index)]));
  const all = due.flatMap((request) => statuses.get(request.id)!.map((status) => ({ request, status })));
  const group = <K>(key: (item: (typeof all)[number]) => K) => {
    const map = new Map<K, AgencyReportStatus[]>();
    for (const item of all) {
      const list = map.get(key(item));
      if (list) list.push(item.status);
      else map.set(key(item), [item.status]);
    }
    return map;
  };
  return {
    byRequest: due.map((request) => ({ requestId: request.id, ...rate(statuses.get(request.id)!) })),
    byAgency: [...group((item) => item.status.agencyId)].map(([agencyId, statuses]) => ({
      agencyId,
      ...rate(statuses),
    })),
    byYear: [...group((item) => Number(item.request.dueOn.slice(0, 4)))]
      .sort(([a], [b]) => a - b)
      .map(([year, statuses]) => ({ year, ...rate(statuses) })),
    overall: rate(all.map((item) => item.status)),
  };
}
