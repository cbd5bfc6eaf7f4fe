/**
 * What a plan's sections and tasks must be before they are stored: a title or a text, a label without its
 * trailing dot, a lead never also coordinating, and only the dates the task's timing uses (docs/architecture.md,
 * "Domain rules").
 */
import { isIsoDate } from '../dates';
import { AppError } from '../errors';
import type { SectionFields, TaskFields, TaskTiming } from '../plan';

export function cleanSection(fields: SectionFields): SectionFields {
  const title = fields.title.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!title) throw new AppError('INVALID_INPUT', 'Tên mục không được để trống.');
  return {
    label: fields.label
      .trim()
      .replace(/[.)]+$/, '')
      .normalize('NFC'),
    title,
  };
}

export function cleanTask(fields: TaskFields): TaskFields {
  const text = fields.text.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (!text) throw new AppError('INVALID_INPUT', 'Nội dung nhiệm vụ không được để trống.');
  const lead = [...new Set(fields.lead)];
  const coordinating = [...new Set(fields.coordinating)].filter((id) => !lead.includes(id));
  const timing = cleanTiming(fields);
  return {
    ...fields,
    ...timing,
    label:
      fields.label
        ?.trim()
        .replace(/[.)]+$/, '')
        .normalize('NFC') || null,
    text,
    note: fields.note?.trim().normalize('NFC') || null,
    lead,
    coordinating,
  };
}

/** Keeps only the dates the timing kind uses, and checks that they exist and are in order. */
export function cleanTiming(timing: TaskTiming): TaskTiming {
  const check = (value: string | null, what: string) => {
    if (value === null) throw new AppError('INVALID_INPUT', `Hãy nhập ${what}.`);
    if (!isIsoDate(value))
      throw new AppError(
        'INVALID_INPUT',
        `${what[0]!.toUpperCase()}${what.slice(1)} “${value}” không có thật trên lịch.`,
      );
    return value;
  };
  switch (timing.timingKind) {
    case 'due':
      return {
        timingKind: 'due',
        dueOn: check(timing.dueOn, 'hạn hoàn thành'),
        periodFrom: null,
        periodTo: null,
        recurrence: null,
      };
    case 'period': {
      const from = check(timing.periodFrom, 'ngày bắt đầu');
      const to = check(timing.periodTo, 'ngày kết thúc');
      if (from > to) throw new AppError('INVALID_INPUT', 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.');
      return { timingKind: 'period', dueOn: null, periodFrom: from, periodTo: to, recurrence: null };
    }
    case 'recurring':
      if (!timing.recurrence)
        throw new AppError('INVALID_INPUT', 'Hãy chọn chu kỳ (hằng tháng, hằng quý, 6 tháng, hằng năm).');
      return { timingKind: 'recurring', dueOn: null, periodFrom: null, periodTo: null, recurrence: timing.recurrence };
    default:
      return { timingKind: timing.timingKind, dueOn: null, periodFrom: null, periodTo: null, recurrence: null };
  }
}
