import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { parseDisplayDate } from '../../../core/dates';

dayjs.extend(customParseFormat);

export const DISPLAY_FORMAT = 'DD/MM/YYYY';

interface DateFieldProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Told the text the user typed when it is not a real date (31/02/2024), so the form can say so. */
  onInvalid?: (typed: string | null) => void;
  placeholder?: string;
  id?: string;
}

/**
 * A date as the office writes it (dd/mm/yyyy), stored as ISO. Typed text that
 * is not a real date is reported instead of silently dropped.
 */
export function DateField({ value, onChange, onInvalid, placeholder = 'dd/mm/yyyy', id }: DateFieldProps) {
  return (
    <DatePicker
      id={id}
      style={{ width: '100%' }}
      format={[DISPLAY_FORMAT, 'D/M/YYYY']}
      placeholder={placeholder}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(date: Dayjs | null) => {
        onInvalid?.(null);
        onChange?.(date ? date.format('YYYY-MM-DD') : null);
      }}
      onBlur={(event) => {
        const typed = (event.target as HTMLInputElement).value.trim();
        if (!typed) return onInvalid?.(null);
        const iso = parseDisplayDate(typed);
        if (iso === null) onInvalid?.(typed);
        else if (iso !== value) {
          onInvalid?.(null);
          onChange?.(iso);
        }
      }}
    />
  );
}

/** The message for a date that does not exist. */
export function invalidDateMessage(typed: string): string {
  return `Ngày “${typed}” không có thật trên lịch (định dạng dd/mm/yyyy).`;
}
