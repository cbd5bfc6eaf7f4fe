/** The line under an annex's title that ties it to its plan, shared by every export of a plan. */
import { formatDisplayDate } from '../../../core/dates';
import type { PlanSummary } from '../../../core/plan';

/**
 * `Kèm theo Kế hoạch số 61/KH-UBND ngày 27/03/2024 của Ủy ban nhân dân tỉnh`. A draft has no
 * number yet, so it is named by its title and marked as a draft rather than printed with a blank number.
 */
export function planLine(plan: Pick<PlanSummary, 'numberSymbol' | 'title' | 'issuedOn' | 'issuer'>): string {
  const numberSymbol = plan.numberSymbol?.trim();
  const parts = [
    numberSymbol ? `Kèm theo Kế hoạch số ${numberSymbol}` : `Kèm theo Dự thảo Kế hoạch ${plan.title.trim()}`,
  ];
  const issuedOn = formatDisplayDate(plan.issuedOn);
  if (issuedOn) parts.push(`ngày ${issuedOn}`);
  const issuer = plan.issuer.trim();
  if (issuer) parts.push(`của ${issuer}`);
  return parts.join(' ');
}
