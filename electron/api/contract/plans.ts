/** Plans, their outline (sections and tasks), assignments, the matrix and its exports. */
import { z } from 'zod';
import { MATRIX_COLUMN_MODES, type Matrix } from '../../../core/matrix';
import {
  ASSIGNMENT_ROLES,
  PLAN_LEVELS,
  PLAN_STATUSES,
  RECURRENCES,
  TASK_PROGRESS,
  TIMING_KINDS,
  type Assignment,
  type PlanDetail,
  type PlanSummary,
  type Section,
  type Task,
} from '../../../core/plan';
import { command, id, isoDate, optionalText, query, text, year, type ExportedFile } from './schema';

export const planFields = z.object({
  numberSymbol: optionalText(100),
  title: text(1000),
  issuer: text(300),
  issuedOn: isoDate.nullable().default(null),
  signer: optionalText(200),
  level: z.enum(PLAN_LEVELS),
  periodFrom: year,
  periodTo: year,
  implementsPlanId: id.nullable().default(null),
  implementsRef: optionalText(500),
  status: z.enum(PLAN_STATUSES).default('draft'),
});

export const sectionFields = z.object({ label: text(20).default(''), title: text(1000) });

export const taskFields = z.object({
  label: optionalText(20),
  text: text(10000),
  allMembers: z.boolean().default(false),
  timingKind: z.enum(TIMING_KINDS).default('unspecified'),
  dueOn: isoDate.nullable().default(null),
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
  recurrence: z.enum(RECURRENCES).nullable().default(null),
  progress: z.enum(TASK_PROGRESS).default('not_started'),
  note: optionalText(5000),
  lead: z.array(id).max(500).default([]),
  coordinating: z.array(id).max(500).default([]),
});

/** What `plans.delete` would remove for good, and what it would keep but no longer link to the plan. */
export interface PlanDeletionImpact {
  /** Deleted with the plan. */
  sections: number;
  tasks: number;
  assignments: number;
  /** Kept, their link to the plan cleared. */
  requests: number;
  /** Received under those requests; kept with them. */
  submissions: number;
  /** The plan's own calendar entries; a request's deadline entry goes with its request. */
  calendarEntries: number;
  cycles: number;
}

export const planChannels = {
  'plans.list': query<PlanSummary[]>()(z.object({ query: text(200).optional() }).default({})),
  'plans.get': query<PlanDetail>()(z.object({ id })),
  'plans.findByNumber': query<PlanSummary[]>()(z.object({ numberSymbol: text(100) })),
  'plans.create': command<PlanSummary>()(planFields),
  'plans.update': command<PlanSummary>()(z.object({ id, plan: planFields })),
  'plans.deletionImpact': query<PlanDeletionImpact>()(z.object({ id })),
  'plans.delete': command<null>()(z.object({ id })),
  'plans.copyToNextYear': command<PlanSummary>()(z.object({ id })),

  'sections.create': command<Section>()(z.object({ planId: id, parentId: id.nullable(), section: sectionFields })),
  'sections.update': command<Section>()(z.object({ id, section: sectionFields })),
  'sections.delete': command<null>()(z.object({ id })),

  'tasks.create': command<Task>()(z.object({ planId: id, sectionId: id.nullable(), task: taskFields })),
  'tasks.update': command<Task>()(z.object({ id, task: taskFields })),
  'tasks.delete': command<null>()(z.object({ id })),

  'outline.move': command<null>()(
    z.object({
      node: z.object({ kind: z.enum(['section', 'task']), id }),
      parentId: id.nullable(),
      index: z.number().int().min(0),
    }),
  ),

  'assignments.set': command<Assignment | null>()(
    z.object({ taskId: id, agencyId: id, role: z.enum(ASSIGNMENT_ROLES).nullable() }),
  ),

  'matrix.get': query<Matrix>()(
    z.object({
      planId: id,
      columns: z.enum(MATRIX_COLUMN_MODES).default('involved'),
      focusAgencyId: id.nullable().default(null),
    }),
  ),

  'exports.matrixXlsx': query<ExportedFile>()(
    z.object({ planId: id, columns: z.enum(MATRIX_COLUMN_MODES).default('involved') }),
  ),
  'exports.agencyTasks': query<ExportedFile>()(
    z.object({ planId: id, agencyId: id, format: z.enum(['xlsx', 'docx']) }),
  ),
};
