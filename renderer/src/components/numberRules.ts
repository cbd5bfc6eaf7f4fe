import type { FormRule } from 'antd';

/**
 * A whole number from `min` to `max`, refused with `message` until it is fixed. Used instead of InputNumber's own
 * min/max, which on blur silently turn a typed 99 into 31 and 0 into 1: the officer would save a date they never
 * chose. An empty field passes here; a `required` rule says so when it must not be empty.
 */
export function wholeNumberRule(min: number, max: number, message: string): FormRule {
  return {
    validator: (_, value: unknown) =>
      value === null ||
      value === undefined ||
      value === '' ||
      (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

/** The years the server accepts (electron/api/contract/schema.ts). */
export const YEAR_RULE = wholeNumberRule(1945, 2100, 'Năm phải từ 1945 đến 2100.');

export const DAY_OF_MONTH_RULE = wholeNumberRule(1, 31, 'Ngày phải từ 1 đến 31.');

/** The later year of a from–to pair may equal the earlier, never precede it. */
export function notBeforeYearRule(fromField: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value: number | null | undefined) => {
      const from = getFieldValue(fromField) as number | null | undefined;
      return typeof value === 'number' && typeof from === 'number' && value < from
        ? Promise.reject(new Error('Năm kết thúc phải từ năm bắt đầu trở đi.'))
        : Promise.resolve();
    },
  });
}
