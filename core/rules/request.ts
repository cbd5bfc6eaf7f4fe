/**
 * What a report request must be before it is stored: a title, a due day not before the request, a data window in
 * order, at least one agency, exemptions only among them (docs/architecture.md, "Domain rules").
 */
import { AppError } from '../errors';
import type { RequestFields } from '../reports';

export function cleanRequest(fields: RequestFields): RequestFields {
  const title = fields.title.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!title) throw new AppError('INVALID_INPUT', 'Tên báo cáo không được để trống.');
  if (fields.dueOn < fields.requestedOn) {
    throw new AppError('INVALID_INPUT', 'Hạn nộp phải trùng hoặc sau ngày yêu cầu báo cáo.');
  }
  if (fields.dataFrom && fields.dataTo && fields.dataTo < fields.dataFrom) {
    throw new AppError('INVALID_INPUT', 'Kỳ số liệu: ngày cuối phải sau ngày đầu.');
  }
  const agencyIds = [...new Set(fields.agencyIds)];
  if (agencyIds.length === 0) throw new AppError('INVALID_INPUT', 'Hãy chọn ít nhất một cơ quan phải gửi báo cáo.');
  return {
    ...fields,
    title,
    // Only a cycle's report belongs to a cycle; an ad hoc one linked to it would pass for the period's register.
    cycleId: fields.kind === 'cycle' ? fields.cycleId : null,
    receiver: fields.receiver?.trim() || null,
    outline: fields.outline.map((heading) => heading.trim()).filter(Boolean),
    agencyIds,
    exemptAgencyIds: [...new Set(fields.exemptAgencyIds)].filter((id) => agencyIds.includes(id)),
  };
}
