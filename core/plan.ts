/** Plans (kế hoạch), their outline of sections, tasks and the agencies assigned to each task. */

export const PLAN_LEVELS = ['central', 'province', 'commune'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
export const PLAN_LEVEL_LABELS: Record<PlanLevel, string> = {
  central: 'Trung ương',
  province: 'Tỉnh',
  commune: 'Cấp xã',
};

export const PLAN_STATUSES = ['draft', 'issued', 'reviewed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Ban hành',
  reviewed: 'Đã tổng kết',
};

export const TIMING_KINDS = ['ongoing', 'due', 'period', 'recurring', 'unspecified'] as const;
export type TimingKind = (typeof TIMING_KINDS)[number];
export const TIMING_KIND_LABELS: Record<TimingKind, string> = {
  ongoing: 'Thường xuyên',
  due: 'Có hạn',
  period: 'Trong khoảng thời gian',
  recurring: 'Định kỳ',
  unspecified: 'Chưa xác định',
};

export const RECURRENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  half_yearly: '6 tháng',
  yearly: 'Hằng năm',
};

export const TASK_PROGRESS = ['not_started', 'in_progress', 'done', 'paused'] as const;
export type TaskProgress = (typeof TASK_PROGRESS)[number];
export const TASK_PROGRESS_LABELS: Record<TaskProgress, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  paused: 'Tạm dừng',
};

export const ASSIGNMENT_ROLES = ['lead', 'coordinating'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
};
/** The letters printed in the matrix and its Excel annex. */
export const ASSIGNMENT_ROLE_MARKS: Record<AssignmentRole, string> = { lead: 'C', coordinating: 'P' };

export interface PlanFields {
  numberSymbol: string | null;
  title: string;
  issuer: string;
  issuedOn: string | null;
  signer: string | null;
  level: PlanLevel;
  periodFrom: number;
  periodTo: number;
  implementsPlanId: number | null;
  implementsRef: string | null;
  status: PlanStatus;
}

export interface Plan extends PlanFields {
  id: number;
  uuid: string;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSummary extends Plan {
  taskCount: number;
  implementsPlanLabel: string | null;
}

/** What a heading holds: the plan's content, its objectives, the report outline (đề cương) it asks for, or other parts. */
export const SECTION_ROLES = ['content', 'objectives', 'report_outline', 'other'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];
export const SECTION_ROLE_LABELS: Record<SectionRole, string> = {
  content: 'Nội dung, nhiệm vụ',
  objectives: 'Mục tiêu, yêu cầu',
  report_outline: 'Đề cương báo cáo',
  other: 'Khác',
};

export interface Section {
  id: number;
  uuid: string;
  planId: number;
  parentId: number | null;
  label: string;
  title: string;
  role: SectionRole;
  position: number;
}

export interface TaskTiming {
  timingKind: TimingKind;
  dueOn: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  recurrence: Recurrence | null;
}

export interface Task extends TaskTiming {
  id: number;
  uuid: string;
  planId: number;
  sectionId: number | null;
  label: string | null;
  text: string;
  allMembers: boolean;
  progress: TaskProgress;
  note: string | null;
  position: number;
}

export interface SectionFields {
  label: string;
  title: string;
}

export interface TaskFields extends TaskTiming {
  label: string | null;
  text: string;
  allMembers: boolean;
  progress: TaskProgress;
  note: string | null;
  /** Agencies that lead (chủ trì) and coordinate (phối hợp); they replace the task's assignments. */
  lead: number[];
  coordinating: number[];
}

export interface Assignment {
  id: number;
  uuid: string;
  taskId: number;
  agencyId: number;
  role: AssignmentRole;
}

export interface PlanDetail {
  plan: PlanSummary;
  sections: Section[];
  tasks: Task[];
  assignments: Assignment[];
}

/** "61/KH-UBND" or, for a draft without a number yet, its title. */
export function planLabel(plan: Pick<PlanFields, 'numberSymbol' | 'title'>): string {
  return plan.numberSymbol?.trim() || plan.title;
}

export function planPeriodLabel(plan: Pick<PlanFields, 'periodFrom' | 'periodTo'>): string {
  return plan.periodFrom === plan.periodTo ? String(plan.periodFrom) : `${plan.periodFrom}–${plan.periodTo}`;
}
