/**
 * The province's consolidated report as the builders (.docx, .xlsx) receive it: everything resolved, nothing to
 * look up (docs/narrative.md). The handler assembles it from the request, the office's text, the merged draft and
 * the figures' consolidation.
 */
import type { RequestConsolidation } from '../figures/records';
import { toRoman } from '../outline';
import type { RichBlock } from './richText';

/** The Decree 30/2020 header and signature of the report; every field as it will be printed. */
export interface ReportHeader {
  /** The body above the issuer, "UBND TỈNH GIA LAI"; empty for none. */
  issuerParent: string;
  /** "BAN CHỈ ĐẠO 138" */
  issuer: string;
  /** "Số:      /BC-BCĐ138": the blank is where the clerk writes the number. */
  numberSymbol: string;
  place: string;
  /** ISO date of the report. */
  on: string;
  /** The trích yếu under "BÁO CÁO". */
  subject: string;
  /** Nơi nhận, one line each, as printed after "- ". */
  recipients: string[];
  /** "TM. BAN CHỈ ĐẠO" / "KT. TRƯỞNG BAN"; empty for none. */
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
}

export interface ReportSectionBody {
  /** The outline heading, as the request states it. */
  heading: string;
  /** The office's text, or the merged draft standing in for it. */
  blocks: RichBlock[];
  /** Whether `blocks` is the office's own text or the merged draft. */
  written: boolean;
  /** The figures tables go under this heading. */
  figures: boolean;
}

export interface ReportSourceSheet {
  agency: string;
  status: string;
  /** One row per indicator the source reported; the columns are the request's. */
  rows: Array<{ indicator: string; name: string; unit: string; columns: (number | null)[]; total: number | null }>;
}

export interface ProvinceReport {
  header: ReportHeader;
  sections: ReportSectionBody[];
  /** Null when the request has no figures form. */
  figures: RequestConsolidation | null;
  /** Indicator codes the officer left out of the report's tables. */
  excludedIndicators: string[];
  /** The annex's sheet per source. */
  sources: ReportSourceSheet[];
}

/**
 * "II. Đấu tranh…", as the report prints its headings: an outline often arrives numbered already ("I. Công tác…",
 * "2) Kết quả…"), and its own marker is taken off rather than printed twice. Only capitals count as Roman numerals,
 * so a heading starting with a word ("Công tác", "Dự kiến") is never cut.
 */
export function numberedHeading(heading: string, index: number): string {
  const bare = heading.trim().replace(/^(?:[IVXLCDM]+|\d+)\s*[.)]\s*/u, '');
  return `${toRoman(index + 1)}. ${bare}`;
}
