import type { PlanDeletionImpact } from '../../../electron/api/contract';

/** "a, b và c": how a Vietnamese sentence lists things. */
function listed(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** Counts worth saying: "0 phân công" tells the officer nothing. */
function counted(items: Array<[number, string]>): string[] {
  return items.filter(([count]) => count > 0).map(([count, what]) => `${count.toLocaleString('vi-VN')} ${what}`);
}

/**
 * The delete confirmation, said exactly: what goes for good, and what stays but loses its link to the plan
 * (requests, the reports received under them, calendar entries and report cycles are ON DELETE SET NULL).
 */
export function deletionImpactText(planLabel: string, impact: PlanDeletionImpact): string {
  const removed = counted([
    [impact.sections, 'mục'],
    [impact.tasks, 'nhiệm vụ'],
    [impact.assignments, 'phân công'],
  ]);
  const kept = counted([
    [impact.requests, 'yêu cầu báo cáo'],
    [impact.submissions, 'báo cáo đã nhận'],
    [impact.calendarEntries, 'mục lịch'],
    [impact.cycles, 'chu kỳ báo cáo định kỳ'],
  ]);
  const head =
    removed.length > 0
      ? `Xoá vĩnh viễn ${planLabel} cùng ${listed(removed)}`
      : `Xoá vĩnh viễn ${planLabel} (chưa có mục, nhiệm vụ nào)`;
  return kept.length > 0
    ? `${head}; ${listed(kept)} vẫn được giữ, nhưng không còn gắn với kế hoạch này.`
    : `${head}. Không có báo cáo hay mục lịch nào gắn với kế hoạch này.`;
}
