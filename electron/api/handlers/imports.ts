import { AppError } from '../../../core/errors';
import { draftFromParse } from '../../../core/import/draft';
import { parsePlan } from '../../../core/import/parsePlan';
import { listAgencies } from '../../../db/agencies';
import type { Store } from '../../../db/open';
import { saveImportedPlan } from '../../../db/planImport';
import { findPlansByNumber } from '../../../db/plans';
import type { ImportPreview } from '../contract';
import { readDocument } from '../import/readDocument';
import type { HandlerMap } from './types';

/** Reads, parses and drafts; links the plan it implements when that plan is already stored. */
export async function previewImport(
  store: Store,
  input: { fileName: string; base64: string } | { text: string },
): Promise<ImportPreview> {
  const fileName = 'fileName' in input ? input.fileName : null;
  if ('text' in input && !input.text.trim()) throw new AppError('INVALID_INPUT', 'Hãy dán nội dung văn bản.');
  const read =
    'text' in input
      ? {
          text: input.text.normalize('NFC').replace(/\r\n?/g, '\n'),
          encoding: 'pasted',
          legacyFont: null,
          notice: null,
        }
      : await readDocument(input.fileName, Buffer.from(input.base64, 'base64'));
  const directory = listAgencies(store.db, { includeInactive: true });
  const fallbackYear = new Date().getFullYear();
  const result = parsePlan(read.text, { directory, fallbackYear });
  const implementsPlanId =
    result.header.implements
      .map((cited) => (cited.number ? findPlansByNumber(store.db, cited.number)[0]?.id : undefined))
      .find((id): id is number => id !== undefined) ?? null;
  const draft = draftFromParse(result, {
    fileName,
    encoding: read.encoding,
    legacyFont: read.legacyFont,
    implementsPlanId,
    fallbackYear,
  });
  return { fileName, encoding: read.encoding, legacyFont: read.legacyFont, notice: read.notice, result, draft };
}

export const importHandlers = {
  'imports.parse': ({ store }, input) => previewImport(store, input),
  'imports.save': ({ store }, draft) => saveImportedPlan(store, draft),
} satisfies HandlerMap<'imports'>;
