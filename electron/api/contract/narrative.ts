/**
 * The province's consolidated report (docs/narrative.md): each source's report read and placed under the
 * request's outline, the merged draft, the office's text per heading, the report's settings, and the report as
 * .docx and .xlsx.
 */
import { z } from 'zod';
import type { MergedDraft } from '../../../core/narrative/draft';
import type { ReportHeader } from '../../../core/narrative/report';
import type { NarrativeOrigin } from '../../../core/narrative/sections';
import { base64Length, LIMITS, megabytes } from '../../../core/limits';
import { command, id, isoDate, query, text, type ExportedFile } from './schema';

export type * from '../../../core/narrative/draft';
export type { ReportHeader } from '../../../core/narrative/report';

const outlineIndex = z.number().int().min(0);

/** Where the source's report is read from: a file of the register, a file chosen now, or text pasted. */
const reportOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileId: id }),
  z.object({
    kind: z.literal('upload'),
    fileName: text(260).trim().min(1),
    base64: z
      .string()
      .max(base64Length(LIMITS.planFileBytes), `Tệp quá lớn (tối đa ${megabytes(LIMITS.planFileBytes)}).`),
  }),
  z.object({
    kind: z.literal('pasted'),
    text: text(LIMITS.planFileBytes).trim().min(1, 'Hãy dán nội dung báo cáo của cơ quan.'),
  }),
]);

export const narrativeReadInput = z.object({ requestId: id, agencyId: id, from: reportOrigin });

export interface NarrativeSplit {
  agencyId: number;
  agency: string;
  origin: NarrativeOrigin;
  fileName: string | null;
  /** Set when the text was converted from a legacy font. */
  notice: string | null;
  /** No heading found: the whole report goes under "Khác" for the officer to place. */
  unstructured: boolean;
  sections: Array<{
    position: number;
    heading: string | null;
    paragraphs: string[];
    outlineIndex: number | null;
    outlineHeading: string | null;
    score: number;
  }>;
}

export interface NarrativeSourceFile {
  submissionId: number;
  fileId: number;
  fileName: string;
  receivedOn: string;
  version: number;
}

export interface NarrativeSource {
  agencyId: number;
  agency: string;
  /** The last reading of its report; null when none was read. */
  reading: { origin: NarrativeOrigin; fileName: string | null; readAt: string } | null;
  /** The .docx and .txt files the register holds for it, newest first: what "Đọc báo cáo" reads. */
  files: NarrativeSourceFile[];
}

export interface NarrativeText {
  outlineIndex: number;
  body: string;
  /** The agencies' paragraphs copied into it, with whose they are. */
  taken: Array<{ sectionUuid: string; paragraph: number; agency: string | null }>;
  updatedAt: string;
  /** The outline heading was changed after the text was written. */
  headingChanged: boolean;
}

export interface ReportSettings {
  header: Omit<ReportHeader, 'on'>;
  /** Outline indexes the figures tables go under. */
  figuresHeadings: number[];
  excludedIndicators: string[];
  /** False while nothing is stored: what is shown is proposed from the office's letter template. */
  saved: boolean;
}

export interface NarrativeWorkspace {
  request: { id: number; uuid: string; title: string; outline: string[] };
  draft: MergedDraft;
  texts: NarrativeText[];
  sources: NarrativeSource[];
  settings: ReportSettings;
  /** The request's figures, for choosing which tables go in the report; empty without a figures form. */
  indicators: Array<{ code: string; name: string; computed: boolean }>;
}

const headerInput = z.object({
  issuerParent: text(200).trim(),
  issuer: text(200).trim().min(1, 'Hãy nhập tên cơ quan ban hành báo cáo.'),
  numberSymbol: text(100),
  place: text(100).trim(),
  subject: text(500).trim().min(1, 'Hãy nhập trích yếu của báo cáo.'),
  recipients: z.array(text(300).trim().min(1)).max(60),
  signerAuthority: text(200).trim(),
  signerTitle: text(200).trim().min(1, 'Hãy nhập chức vụ người ký.'),
  signerName: text(200).trim(),
});

const takenParagraph = z.object({ sectionUuid: z.uuid(), paragraph: z.number().int().min(0) });

export const narrativeChannels = {
  'narrative.workspace': query<NarrativeWorkspace>()(z.object({ requestId: id })),
  /** The split and the proposed matches of one source's report; nothing is saved. */
  'narrative.preview': query<NarrativeSplit>()(narrativeReadInput),
  /** Reads the source's report and keeps its sections, replacing an earlier reading (officer's placings kept). */
  'narrative.read': command<NarrativeWorkspace>()(narrativeReadInput),
  'narrative.place': command<NarrativeWorkspace>()(z.object({ sectionId: id, outlineIndex: outlineIndex.nullable() })),
  'narrative.saveText': command<NarrativeText>()(
    z.object({
      requestId: id,
      outlineIndex,
      body: text(200_000),
      taken: z.array(takenParagraph).max(5_000).default([]),
    }),
  ),
  'narrative.saveSettings': command<ReportSettings>()(
    z.object({
      requestId: id,
      header: headerInput,
      figuresHeadings: z.array(outlineIndex).max(100),
      excludedIndicators: z.array(z.string().max(20)).max(500),
    }),
  ),
  /** "Xuất báo cáo tổng hợp": the report (.docx) or its annex (.xlsx), dated `on` (today when not given). */
  'narrative.exportReport': query<ExportedFile>()(
    z.object({ requestId: id, format: z.enum(['docx', 'xlsx']), on: isoDate.optional() }),
  ),
};
