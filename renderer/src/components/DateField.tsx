import { useRef } from 'react';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { parseDisplayDate } from '../../../core/dates';

dayjs.extend(customParseFormat);

export const DISPLAY_FORMAT = 'DD/MM/YYYY';

interface DateFieldProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Told the text the user typed when it is not a real date (31/02/2024), and null once it is fixed. */
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
        if (iso === null) return onInvalid?.(typed);
        onInvalid?.(null);
        if (iso !== value) onChange?.(iso);
      }}
    />
  );
}

export function invalidDateMessage(typed: string): string {
  return `Ngày “${typed}” không có thật trên lịch (định dạng dd/mm/yyyy).`;
}

interface DateFormItemProps {
  name: string;
  label: string;
  required?: boolean;
  style?: React.CSSProperties;
}

/**
 * A form row holding a DateField. A typed date that does not exist fails the
 * row's validation with a Vietnamese message, so the form cannot be submitted.
 */
export function DateFormItem({ name, label, required = false, style }: DateFormItemProps) {
  const form = Form.useFormInstance();
  const invalidText = useRef<string | null>(null);
  return (
    <Form.Item
      name={name}
      label={label}
      style={style}
      rules={[
        ...(required ? [{ required: true, message: `Hãy chọn ${label.toLowerCase()}.` }] : []),
        {
          validator: () =>
            invalidText.current
              ? Promise.reject(new Error(invalidDateMessage(invalidText.current)))
              : Promise.resolve(),
        },
      ]}
    >
      <DateField
        onInvalid={(typed) => {
          invalidText.current = typed;
          form.validateFields([name]).catch(() => undefined);
        }}
      />
    </Form.Item>
  );
}
