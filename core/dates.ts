/**
 * Calendar dates as the office writes them. Stored as ISO `YYYY-MM-DD`, shown as
 * `dd/mm/yyyy`. A date that does not exist (31/02) is rejected, never rolled over.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= DATE_YEARS.min &&
    year <= DATE_YEARS.max &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  return dateProblem(value) === null;
}

/** The first and last years a date may fall in: wide enough for any plan, narrow enough to catch a typo. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/**
 * Why `value` is not a date Plan Desk keeps, as a Vietnamese phrase to put after the field's name (null when it is
 * one): not written YYYY-MM-DD, a day the calendar does not have (31/02), or a year out of range (01/01/9999 is a
 * real day, only not one a plan has).
 */
export function dateProblem(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return `“${value.slice(0, 20)}” sai định dạng ngày (cần YYYY-MM-DD)`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) {
    return `năm ${year} nằm ngoài khoảng ${DATE_YEARS.min}–${DATE_YEARS.max} mà Plan Desk nhận, hãy kiểm tra lại ngày`;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `ngày ${formatDisplayDate(value)} không có thật trên lịch`;
  }
  return null;
}

/** Parses `dd/mm/yyyy` (also `d/m/yyyy`, `.` or `-` separators) into ISO, or null if it is not a real date. */
export function parseDisplayDate(value: string): string | null {
  const match = DISPLAY_DATE.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

/** `2024-03-27` → `27/03/2024`; anything else is returned unchanged. */
export function formatDisplayDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Moves an ISO date by whole years, clamping 29/02 to 28/02 in a common year. */
export function shiftIsoDateByYears(iso: string, years: number): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return toIsoDate(year, month, day);
}

/** ISO date arithmetic on whole days, free of time zones and daylight saving. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The current moment as an ISO timestamp, for created/updated columns. */
export function nowTimestamp(): string {
  return new Date().toISOString();
}
