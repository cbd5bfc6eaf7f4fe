/** Plan import: reading a document into a draft for review, and saving the reviewed draft. */
import { z } from 'zod';
import { AGENCY_KINDS } from '../../../core/agency';
import type { ImportDraft } from '../../../core/import/draft';
import type { ParseResult } from '../../../core/import/types';
import { base64Length, LIMITS, megabytes } from '../../../core/limits';
import { RECURRENCES, SECTION_ROLES, TIMING_KINDS, type PlanSummary } from '../../../core/plan';
import { planFields } from './plans';
import { command, id, isoDate, optionalText, query, text } from './schema';

const agencyRef = z.union([z.object({ agencyId: id }).strict(), z.object({ newKey: text(40) }).strict()]);

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** The reviewed import, as the review screen sends it to be saved (core/import/draft.ts). */
export const importDraft = z.object({
  source: z.object({
    fileName: optionalText(260),
    text: text(LIMITS.planTextChars),
    encoding: optionalText(40),
    legacyFont: optionalText(20),
  }),
  plan: planFields,
  nodes: z
    .array(
      z.object({
        key: text(40),
        parentKey: text(40).nullable(),
        type: z.enum(['section', 'task']),
        label: text(20),
        text: text(10000),
        role: z.enum(SECTION_ROLES),
        lead: z.array(agencyRef).max(500),
        coordinating: z.array(agencyRef).max(500),
        allMembers: z.boolean(),
        timing: z.object({
          timingKind: z.enum(TIMING_KINDS),
          dueOn: isoDate.nullable(),
          periodFrom: isoDate.nullable(),
          periodTo: isoDate.nullable(),
          recurrence: z.enum(RECURRENCES).nullable(),
        }),
        source: span.nullable(),
      }),
    )
    .max(LIMITS.planNodes, `tối đa ${LIMITS.planNodes.toLocaleString('vi-VN')} mục`),
  newAgencies: z.array(z.object({ key: text(40), name: text(300), kind: z.enum(AGENCY_KINDS) })).max(500),
  // Kept as extracted, for the calendar and the report (core/import/dates/, core/import/types.ts).
  dates: z
    .array(
      z.object({
        kind: z.enum(['deadline', 'period', 'range', 'recurring', 'yearly']),
        text: z.string().max(5000),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
        due: isoDate.nullable(),
        what: z.string().max(1000).nullable(),
        sender: z.string().max(1000).nullable(),
        receiver: z.string().max(1000).nullable(),
        recurrence: z.array(z.enum(RECURRENCES)),
        adHoc: z.boolean(),
        monthDay: z.string().max(5).nullable(),
        confidence: z.number().min(0).max(1),
      }),
    )
    .max(LIMITS.planDates, `tối đa ${LIMITS.planDates.toLocaleString('vi-VN')} mốc thời gian`),
  targets: z
    .array(
      z.object({
        text: z.string().max(5000),
        span,
        percent: z.number().min(0).max(100),
        comparator: z.enum(['above', 'at_least', 'equal']),
      }),
    )
    .max(500),
});

/** What reading a document gives the review screen. */
export interface ImportPreview {
  fileName: string | null;
  /** utf-8, utf-16le, windows-1258, docx, pasted … */
  encoding: string;
  legacyFont: string | null;
  /** Vietnamese sentence to show when the text was converted (TCVN3, VNI). */
  notice: string | null;
  result: ParseResult;
  draft: ImportDraft;
}

export const importChannels = {
  /** Reads a document; nothing is saved (a query, though it takes a file). */
  'imports.parse': query<ImportPreview>()(
    z.union([
      z
        .object({
          fileName: text(260),
          // Generous here: readDocument refuses anything over the limit with the file's own size in the message.
          base64: z
            .string()
            .max(
              base64Length(LIMITS.planFileBytes * 4),
              `Tệp quá lớn: một kế hoạch thường dưới 2 MB, Plan Desk nhận tệp tới ${megabytes(LIMITS.planFileBytes)}. ` +
                'Hãy kiểm tra lại tệp.',
            ),
        })
        .strict(),
      z.object({ text: z.string().min(1, 'Hãy dán nội dung văn bản.').max(LIMITS.planTextChars) }).strict(),
    ]),
  ),
  'imports.save': command<PlanSummary>()(importDraft),
};
