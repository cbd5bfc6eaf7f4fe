/**
 * What a calendar entry and a report cycle must be before they are stored: a title, and only the fields their
 * kind uses, so a meeting turned into a deadline keeps no stray place (docs/architecture.md, "Domain rules").
 */
import type { CycleFields, EntryFields } from '../calendar';
import { AppError } from '../errors';

export function cleanEntry(fields: EntryFields): EntryFields {
  const title = fields.title.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!title) throw new AppError('INVALID_INPUT', 'Tiêu đề mục lịch không được để trống.');
  const trimmed = (value: string | null) => value?.trim().normalize('NFC') || null;
  const isPeriod = fields.kind === 'period';
  return {
    ...fields,
    title,
    description: trimmed(fields.description),
    endOn: isPeriod ? (fields.endOn ?? fields.startOn) : null,
    yearly: fields.kind === 'event' && fields.yearly,
    time: fields.kind === 'meeting' ? fields.time : null,
    place: fields.kind === 'meeting' ? trimmed(fields.place) : null,
    what: fields.kind === 'deadline' ? trimmed(fields.what) : null,
    sender: fields.kind === 'deadline' ? trimmed(fields.sender) : null,
    receiver: fields.kind === 'deadline' ? trimmed(fields.receiver) : null,
    dataFrom: fields.kind === 'deadline' ? fields.dataFrom : null,
    dataTo: fields.kind === 'deadline' ? fields.dataTo : null,
    agencyIds: [...new Set(fields.agencyIds)],
    taskIds: [...new Set(fields.taskIds)],
  };
}

export function cleanCycle(fields: CycleFields): CycleFields {
  const title = fields.title.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!title) throw new AppError('INVALID_INPUT', 'Tên báo cáo định kỳ không được để trống.');
  if (fields.toYear !== null && fields.toYear < fields.fromYear) {
    throw new AppError('INVALID_INPUT', 'Năm kết thúc phải từ năm bắt đầu trở đi.');
  }
  return { ...fields, title, receiver: fields.receiver?.trim() || null, agencyIds: [...new Set(fields.agencyIds)] };
}
