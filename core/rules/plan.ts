/**
 * What a plan's header must be before it is stored: a title and an issuer, a period in order, a real issue date;
 * whitespace and Unicode forms made uniform so the same plan typed twice is recognised (docs/architecture.md,
 * "Domain rules").
 */
import { isIsoDate } from '../dates';
import { AppError } from '../errors';
import type { PlanFields } from '../plan';

export function cleanPlanFields(fields: PlanFields): PlanFields {
  const title = fields.title.trim().replace(/\s+/g, ' ');
  const issuer = fields.issuer.trim().replace(/\s+/g, ' ');
  if (!title) throw new AppError('INVALID_INPUT', 'Trích yếu (tên kế hoạch) không được để trống.');
  if (!issuer) throw new AppError('INVALID_INPUT', 'Cơ quan ban hành không được để trống.');
  if (fields.periodFrom > fields.periodTo) {
    throw new AppError(
      'INVALID_INPUT',
      `Giai đoạn không hợp lệ: năm bắt đầu ${fields.periodFrom} sau năm kết thúc ${fields.periodTo}.`,
    );
  }
  if (fields.issuedOn !== null && !isIsoDate(fields.issuedOn)) {
    throw new AppError('INVALID_INPUT', `Ngày ban hành “${fields.issuedOn}” không có thật trên lịch.`);
  }
  return {
    ...fields,
    numberSymbol: fields.numberSymbol?.trim().replace(/\s+/g, '').normalize('NFC') || null,
    title: title.normalize('NFC'),
    issuer: issuer.normalize('NFC'),
    signer: fields.signer?.trim().normalize('NFC') || null,
    implementsRef: fields.implementsRef?.trim().normalize('NFC') || null,
  };
}
