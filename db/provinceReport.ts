/**
 * The province's report assembled for the builders (docs/narrative.md): the outline in order, each heading with
 * the office's text or, until it is written, the merged draft; the figures' consolidation; one sheet per source.
 */
import { draftBlocks, mergeDraft, type MergedDraft } from '../core/narrative/draft';
import { FIGURE_SOURCE_STATUS_LABELS } from '../core/figures/form';
import type { ProvinceReport, ReportHeader, ReportSourceSheet } from '../core/narrative/report';
import { parseRichText } from '../core/narrative/richText';
import type { RequestConsolidation } from '../core/figures/records';
import { consolidateRequest } from './figureConsolidation';
import { formContext, type FormContext } from './figureForms';
import { sourceFigures } from './figureReads';
import { placedSections, reportTextsOf } from './narrative';
import type { AppDb } from './open';
import { getRequest } from './requests';

/** The request's sources in its order, those excused left out. */
export function sourceOrder(db: AppDb, requestId: number): number[] {
  const request = getRequest(db, requestId);
  const exempt = new Set(request.exemptAgencyIds);
  return request.agencyIds.filter((agencyId) => !exempt.has(agencyId));
}

export function requestDraft(db: AppDb, requestId: number): MergedDraft {
  const request = getRequest(db, requestId);
  return mergeDraft(request.outline, sourceOrder(db, requestId), placedSections(db, requestId));
}

function sourceSheets(db: AppDb, context: FormContext): ReportSourceSheet[] {
  const reported = context.indicators.filter((indicator) => !indicator.computed);
  return context.sources.map((source) => {
    const figures = sourceFigures(db, context, source.agencyId);
    const byKey = new Map<string, Map<string, number>>();
    for (const value of figures.values) {
      if (value.key.includes('|')) continue;
      const columns = byKey.get(value.key) ?? new Map<string, number>();
      columns.set(value.column, value.value);
      byKey.set(value.key, columns);
    }
    const slices = context.columns.filter((column) => column.role === 'slice');
    return {
      agency: source.name,
      status: FIGURE_SOURCE_STATUS_LABELS[figures.source.status],
      rows: reported
        .filter((indicator) => byKey.has(indicator.code))
        .map((indicator) => {
          const own = byKey.get(indicator.code)!;
          const columns = context.columns.map((column) => own.get(column.uuid) ?? null);
          const sliceValues = slices.map((column) => own.get(column.uuid)).filter((value) => value !== undefined);
          return {
            indicator: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            columns,
            total: sliceValues.length > 0 ? sliceValues.reduce((sum, value) => sum + value, 0) : null,
          };
        }),
    };
  });
}

export interface ReportChoices {
  header: ReportHeader;
  figuresHeadings: readonly number[];
  excludedIndicators: readonly string[];
}

export function assembleProvinceReport(db: AppDb, requestId: number, choices: ReportChoices): ProvinceReport {
  const request = getRequest(db, requestId);
  const draft = requestDraft(db, requestId);
  const written = new Map(reportTextsOf(db, requestId).map((text) => [text.outlineIndex, text]));
  const figuresAt = new Set(choices.figuresHeadings);
  const context = formContext(db, requestId);
  let figures: RequestConsolidation | null = null;
  let sources: ReportSourceSheet[] = [];
  if (context.saved) {
    figures = { ...consolidateRequest(db, context, { bySource: 'all' }), violations: [] };
    sources = sourceSheets(db, context);
  }
  return {
    header: choices.header,
    sections: draft.headings.map((heading) => {
      const text = written.get(heading.index);
      const own = text && text.body.trim().length > 0 ? parseRichText(text.body) : null;
      return {
        heading: request.outline[heading.index]!,
        blocks: own ?? draftBlocks(heading),
        written: own !== null,
        figures: figuresAt.has(heading.index),
      };
    }),
    figures,
    excludedIndicators: [...choices.excludedIndicators],
    sources,
  };
}
