/** Small shared pieces of the report screens: labels, colours, dates. */
import type { Agency } from '../../../core/agency';
import { agencySearchKey, type AgencySearchKey } from '../../../core/agencySearch';
import { formatDisplayDate } from '../../../core/dates';
import { vietnamDate } from '../../../core/reminders';
import type { RequestKind, ReportRequest, SubmissionStatus } from '../../../core/reports';
import { compareVietnamese } from '../../../core/vietnamese';

export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  ad_hoc: 'Đột xuất',
  cycle: 'Định kỳ',
};

export const STATUS_COLORS: Record<SubmissionStatus, string> = {
  missing: 'red',
  on_time: 'green',
  late: 'orange',
  supplemented: 'blue',
  exempt: 'default',
};

/** Order in which the register lists agencies: who is missing first. */
export const STATUS_ORDER: Record<SubmissionStatus, number> = {
  missing: 0,
  late: 1,
  supplemented: 2,
  on_time: 3,
  exempt: 4,
};

/** Today in the office (Vietnam time), ISO. */
export function todayIso(): string {
  return vietnamDate(new Date());
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** `Thứ Sáu, 13/06/2025`. */
export function longDate(iso: string): string {
  return `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}, ${formatDisplayDate(iso)}`;
}

/** `Quá hạn 3 ngày`, `Hạn hôm nay`, `Còn 7 ngày`. */
export function dueText(daysLeft: number): string {
  if (daysLeft < 0) return `Quá hạn ${-daysLeft} ngày`;
  if (daysLeft === 0) return 'Hạn hôm nay';
  return `Còn ${daysLeft} ngày`;
}

export function dueColor(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= 3) return 'orange';
  return 'gold';
}

/** `09/02/2021 – 15/06/2025`, or an empty string when the request gives none. */
export function dataWindow(request: Pick<ReportRequest, 'dataFrom' | 'dataTo'>): string {
  if (!request.dataFrom && !request.dataTo) return '';
  if (!request.dataFrom) return `đến ${formatDisplayDate(request.dataTo)}`;
  if (!request.dataTo) return `từ ${formatDisplayDate(request.dataFrom)}`;
  return `${formatDisplayDate(request.dataFrom)} – ${formatDisplayDate(request.dataTo)}`;
}

export function percent(ratio: number): number {
  return Math.round(ratio * 100);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export function agencyNameMap(agencies: readonly Agency[] | undefined): Map<number, string> {
  return new Map((agencies ?? []).map((agency) => [agency.id, agency.name]));
}

export interface AgencyOption {
  value: number;
  label: string;
  search: AgencySearchKey;
}

/** Select options for agencies: the active ones, plus inactive ones already chosen (old requests keep old names). */
export function agencyOptions(agencies: readonly Agency[], keep: readonly number[] = []): AgencyOption[] {
  const kept = new Set(keep);
  return agencies
    .filter((agency) => agency.active || kept.has(agency.id))
    .map((agency) => ({
      value: agency.id,
      label: agency.active ? agency.name : `${agency.name} (ngừng hoạt động)`,
      search: agencySearchKey(agency),
    }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

/** Reads a chosen file as base64, for the API (files cross it as base64). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Every screen that shows reports, to reload after an edit. */
export function reportKeys(): string[] {
  return ['todo', 'requests', 'request', 'rates', 'request-rates', 'calendar'];
}
