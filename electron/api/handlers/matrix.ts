import { getAgency, listAgencies } from '../../../db/agencies';
import type { Store } from '../../../db/open';
import { getPlanDetail } from '../../../db/plans';
import { buildMatrix, type Matrix, type MatrixOptions } from '../../../core/matrix';
import { planLabel } from '../../../core/plan';
import { stripDiacritics } from '../../../core/vietnamese';
import type { ExportedFile } from '../contract';
import { agencyTasksDocument, agencyTasksWorkbook } from '../export/agencyTaskList';
import { matrixWorkbook } from '../export/matrixWorkbook';
import type { HandlerMap } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function loadMatrix(store: Store, planId: number, options: MatrixOptions): Matrix {
  return buildMatrix(getPlanDetail(store.db, planId), listAgencies(store.db, { includeInactive: true }), options);
}

/** A file name that survives every file system and USB stick: `Ma-tran-phan-cong_61-KH-UBND.xlsx`. */
export function exportFileName(prefix: string, subject: string, extension: string): string {
  const slug = (value: string) =>
    stripDiacritics(value)
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return `${slug(prefix)}_${slug(subject) || 'ke-hoach'}.${extension}`;
}

function file(fileName: string, mimeType: string, buffer: Buffer): ExportedFile {
  return { fileName, mimeType, base64: buffer.toString('base64') };
}

export const matrixHandlers = {
  'matrix.get': ({ store }, { planId, columns, focusAgencyId }) =>
    loadMatrix(store, planId, { columns, focusAgencyId }),
} satisfies HandlerMap<'matrix'>;

export const exportHandlers = {
  'exports.matrixXlsx': async ({ store }, { planId, columns }) => {
    const matrix = loadMatrix(store, planId, { columns });
    const name = exportFileName('Ma tran phan cong', planLabel(matrix.plan), 'xlsx');
    return file(name, XLSX, await matrixWorkbook(matrix));
  },
  'exports.agencyTasks': async ({ store }, { planId, agencyId, format }) => {
    const agency = getAgency(store.db, agencyId);
    const matrix = loadMatrix(store, planId, { columns: 'involved', focusAgencyId: agencyId });
    const subject = `${agency.shortName ?? agency.name} ${planLabel(matrix.plan)}`;
    return format === 'xlsx'
      ? file(exportFileName('Nhiem vu', subject, 'xlsx'), XLSX, await agencyTasksWorkbook(matrix, agency))
      : file(exportFileName('Nhiem vu', subject, 'docx'), DOCX, await agencyTasksDocument(matrix, agency));
  },
} satisfies HandlerMap<'exports'>;
