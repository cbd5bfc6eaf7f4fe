/**
 * Agencies' figures (docs/figures.md): the catalogue, a request's form, one source's figures, the Excel templates
 * out and back, the consolidation. The work is in db/ and core/; here the channels are wired to it, and the
 * templates (ExcelJS) are written and read.
 */
import { ensureFigureForm, formContext, saveFigureForm, type FormContext } from '../../../db/figureForms';
import { consolidateRequest, requestViolations } from '../../../db/figureConsolidation';
import { checksOf, sourceFigures, sourceSummaries } from '../../../db/figureReads';
import { acceptFigures, commentWarning, returnFigures, writeFigures } from '../../../db/figureValues';
import { listIndicators, retireIndicator, saveIndicator } from '../../../db/indicators';
import type { Store } from '../../../db/open';
import { AppError } from '../../../core/errors';
import type { FigureForm, FiguresImport, FiguresImportFile } from '../contract';
import type { ParsedInput } from '../contract';
import { figuresTemplate } from '../export/figuresTemplate';
import { readFiguresTemplate } from '../import/figuresTemplate';
import { exportFileName } from './matrix';
import type { HandlerMap } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function figureForm(store: Store, context: FormContext): FigureForm {
  return {
    requestId: context.request.id,
    requestUuid: context.request.uuid,
    title: context.request.title,
    year: context.year,
    saved: context.saved,
    columns: context.columns.map(({ id: _id, ...column }) => column),
    indicators: context.indicators,
    sources: sourceSummaries(store.db, context),
  };
}

/**
 * Reads every file, and imports the ones that read cleanly unless this is the dry run. A file is refused whole
 * (another request, an unknown layout, an edited structure, another source not confirmed) or cell by cell (a
 * value that is not a figure, a formula); a file with any refused cell is not imported at all.
 */
async function importTemplates(
  store: Store,
  input: ParsedInput<'figures.import'>,
  apply: boolean,
): Promise<FiguresImport> {
  const context = apply ? ensureFigureForm(store, input.requestId) : formContext(store.db, input.requestId);
  const chosen = input.agencyId === null ? null : context.sources.find((source) => source.agencyId === input.agencyId);
  const files: FiguresImportFile[] = [];
  for (const file of input.files) {
    const bytes = Buffer.from(file.base64, 'base64');
    const result: FiguresImportFile = {
      fileName: file.fileName,
      refusal: null,
      otherSource: false,
      agencyId: null,
      agency: null,
      problems: [],
      added: 0,
      changed: 0,
      cleared: 0,
      unchanged: 0,
      errors: 0,
      warnings: 0,
      importable: false,
    };
    files.push(result);
    const reading = await readFiguresTemplate(bytes, {
      requestUuid: context.request.uuid,
      sourceUuid: chosen?.uuid ?? null,
      acceptOtherSource: input.acceptOtherSource,
    });
    if (!reading.ok) {
      result.refusal = reading.message;
      result.otherSource = reading.otherSource === true;
      continue;
    }
    if (!context.saved) {
      result.refusal = 'Yêu cầu này chưa có biểu mẫu số liệu; mẫu biểu không thể là của yêu cầu này.';
      continue;
    }
    const source = chosen ?? context.sources.find((item) => item.uuid === reading.sourceUuid);
    if (!source) {
      result.refusal = 'Mẫu biểu này được tạo cho một cơ quan không có trong danh sách phải gửi yêu cầu này.';
      continue;
    }
    result.agencyId = source.agencyId;
    result.agency = source.name;
    result.otherSource = reading.sourceUuid !== source.uuid;
    const columns = new Set(context.columns.map((column) => column.uuid));
    const stale = reading.values.find((value) => !columns.has(value.column) || !context.keys.has(value.key));
    if (stale) {
      result.refusal = `Mẫu biểu này lập theo biểu mẫu cũ (ô ${stale.cell} không còn trong biểu mẫu); hãy gửi mẫu biểu mới.`;
      continue;
    }
    result.problems = reading.problems;
    if (reading.problems.length > 0) continue;
    const cells = reading.values.map((value) => ({ column: value.column, key: value.key, text: value.value }));
    try {
      const preview = writeFigures(
        store,
        context,
        source.agencyId,
        cells,
        {
          via: 'template',
          fileName: file.fileName,
          bytes,
          receivedOn: input.receivedOn,
        },
        true,
      );
      Object.assign(result, preview);
      const values = new Map(context.columns.map((column) => [column.uuid, new Map<string, number>()]));
      for (const value of reading.values)
        if (value.value !== null) values.get(value.column)!.set(value.key, value.value);
      const checks = checksOf(store.db, context, source.agencyId, values);
      result.errors = checks.filter((check) => check.importance === 'error').length;
      result.warnings = checks.length - result.errors;
      result.importable = true;
      if (apply) {
        writeFigures(store, context, source.agencyId, cells, {
          via: 'template',
          fileName: file.fileName,
          bytes,
          receivedOn: input.receivedOn,
        });
      }
    } catch (error) {
      result.refusal = (error as Error).message;
      result.importable = false;
    }
  }
  return { applied: apply, files };
}

export const indicatorHandlers = {
  'indicators.list': ({ store }, input) =>
    listIndicators(store.db, {
      ...(input.year !== undefined ? { year: input.year } : {}),
      includeRetired: input.includeRetired,
    }),
  'indicators.save': ({ store }, input) => saveIndicator(store, input),
  'indicators.retire': ({ store }, input) => {
    retireIndicator(store, input.code, input.fromYear, input.retired);
    return null;
  },
} satisfies HandlerMap<'indicators'>;

export const figureHandlers = {
  'figures.form': ({ store }, { requestId }) => figureForm(store, formContext(store.db, requestId)),
  'figures.saveForm': ({ store }, { requestId, indicatorCodes, columns }) => {
    saveFigureForm(store, requestId, indicatorCodes, columns);
    return figureForm(store, formContext(store.db, requestId));
  },
  'figures.source': ({ store }, { requestId, agencyId }) =>
    sourceFigures(store.db, formContext(store.db, requestId), agencyId),
  'figures.setValues': ({ store }, { requestId, agencyId, cells, receivedOn }) => {
    const context = formContext(store.db, requestId);
    writeFigures(store, context, agencyId, cells, { via: 'hand', receivedOn });
    return sourceFigures(store.db, context, agencyId);
  },
  'figures.comment': ({ store }, { requestId, agencyId, rule, column, comment }) => {
    const context = formContext(store.db, requestId);
    commentWarning(store, context, agencyId, rule, column, comment);
    return sourceFigures(store.db, context, agencyId);
  },
  'figures.accept': ({ store }, { requestId, agencyId }) => {
    const context = formContext(store.db, requestId);
    acceptFigures(store, context, agencyId);
    return sourceFigures(store.db, context, agencyId);
  },
  'figures.return': ({ store }, { requestId, agencyId, reason }) => {
    const context = formContext(store.db, requestId);
    returnFigures(store, context, agencyId, reason);
    return sourceFigures(store.db, context, agencyId);
  },
  'figures.template': async ({ store }, { requestId, agencyIds }) => {
    const context = ensureFigureForm(store, requestId);
    const files = [];
    for (const agencyId of agencyIds) {
      const source = context.sources.find((item) => item.agencyId === agencyId);
      if (!source) {
        throw new AppError(
          'INVALID_INPUT',
          `Cơ quan này không có trong danh sách cơ quan phải gửi “${context.request.title}”; không tạo mẫu biểu.`,
        );
      }
      const buffer = await figuresTemplate({
        templateId: crypto.randomUUID(),
        request: { uuid: context.request.uuid, title: context.request.title },
        source: { uuid: source.uuid, name: source.name },
        columns: context.columns.map((column) => ({ key: column.uuid, label: column.label })),
        indicators: context.indicators.filter((indicator) => !indicator.computed),
      });
      files.push({
        fileName: exportFileName('Mau bieu so lieu', `${source.name} ${context.request.title}`, 'xlsx'),
        mimeType: XLSX,
        base64: buffer.toString('base64'),
      });
    }
    return files;
  },
  'figures.previewImport': ({ store }, input) => importTemplates(store, input, false),
  'figures.import': ({ store }, input) => importTemplates(store, input, true),
  'figures.consolidate': ({ store }, { requestId, bySource }) => {
    const context = formContext(store.db, requestId);
    return { ...consolidateRequest(store.db, context, { bySource }), violations: requestViolations(store.db, context) };
  },
} satisfies HandlerMap<'figures'>;
