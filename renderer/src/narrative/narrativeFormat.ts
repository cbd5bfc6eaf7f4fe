/** Small shared pieces of "Báo cáo tổng hợp": the query key, how headings, times, matches and origins read. */
import dayjs from 'dayjs';
import type { Contribution, MergedDraft, NarrativeSource, NarrativeWorkspace } from '../../../electron/api/contract';

/**
 * Under the 'request' prefix: recording a report in the register or editing the request (its outline, its
 * agencies) reloads the workspace with the rest of the request's screen.
 */
export function workspaceKey(requestId: number): readonly unknown[] {
  return ['request', requestId, 'narrative'];
}

export { numberedHeading as headingLabel } from '../../../core/narrative/report';
export { toRoman as roman } from '../../../core/outline';

/** The value "Chuyển sang mục…" uses for "Khác" (a select's value cannot be null). */
export const OTHER_VALUE = -1;
export const OTHER_LABEL = 'Khác – chưa xếp';

/** `14:05 18/06/2025`, in the office's time. */
export function dateTimeText(iso: string): string {
  return dayjs(iso).format('HH:mm DD/MM/YYYY');
}

/** `14:05`. */
export function timeText(iso: string): string {
  return dayjs(iso).format('HH:mm');
}

/** A match's score, "khớp 85%". */
export function scoreText(score: number): string {
  return `khớp ${Math.round(score * 100)}%`;
}

/** Where a section sits in the agency's report: its heading as written, or the text before any heading. */
export function sectionPlace(heading: string | null, unstructured: boolean): string {
  if (heading !== null) return `mục “${heading}”`;
  return unstructured ? 'toàn văn (báo cáo không có đề mục)' : 'phần đầu báo cáo (trước đề mục thứ nhất)';
}

/** "Đã đọc từ tệp “bao-cao.docx” lúc 14:05 18/06/2025". */
export function readingText(reading: NonNullable<NarrativeSource['reading']>): string {
  const from = reading.origin === 'pasted' ? 'nội dung đã dán' : `tệp “${reading.fileName ?? ''}”`;
  return `Đã đọc từ ${from} lúc ${dateTimeText(reading.readAt)}`;
}

/** The agencies whose report had no heading at all. */
export function unstructuredAgencies(draft: MergedDraft): Set<number> {
  return new Set(draft.sources.filter((source) => source.unstructured).map((source) => source.agencyId));
}

/** Consecutive contributions of one agency, together (the draft lists them in the request's order of sources). */
export function byAgency(contributions: readonly Contribution[]): Array<{ agency: string; items: Contribution[] }> {
  const groups: Array<{ agencyId: number; agency: string; items: Contribution[] }> = [];
  for (const item of contributions) {
    const last = groups.at(-1);
    if (last && last.agencyId === item.agencyId) last.items.push(item);
    else groups.push({ agencyId: item.agencyId, agency: item.agency, items: [item] });
  }
  return groups;
}

/** Whose a section is, by its UUID: for "Đã chép từ …" under the office's text. */
export function agencyOfSection(workspace: NarrativeWorkspace): Map<string, string> {
  const map = new Map<string, string>();
  for (const text of workspace.texts) {
    for (const item of text.taken) if (item.agency) map.set(item.sectionUuid, item.agency);
  }
  for (const item of [
    ...workspace.draft.headings.flatMap((heading) => heading.contributions),
    ...workspace.draft.other,
  ])
    map.set(item.sectionUuid, item.agency);
  return map;
}
