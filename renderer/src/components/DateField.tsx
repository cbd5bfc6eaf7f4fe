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

/** The fields Tab would visit, in the order it would visit them. */
const FOCUSABLE = 'input, textarea, select, button, a[href], [tabindex]';

/**
 * Moves on from `field` as Tab would, to the next field of its form (or dialog), else out of it; past the picker's
 * own clear button, which is no field.
 */
function focusNextField(field: HTMLElement): void {
  const scope = field.closest('form') ?? field.closest('.ant-modal') ?? document.body;
  const picker = field.closest('.ant-picker');
  const fields = Array.from(scope.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      (element === field || !picker?.contains(element)) &&
      element.tabIndex >= 0 &&
      !element.matches(':disabled, [type="hidden"], [aria-hidden="true"]') &&
      element.getClientRects().length > 0,
  );
  const index = fields.indexOf(field);
  const next = index >= 0 ? fields[index + 1] : undefined;
  if (next) next.focus();
  else field.blur();
}

/**
 * A date as the office writes it (dd/mm/yyyy), stored as ISO. Typed text that
 * is not a real date is reported instead of silently dropped.
 */
export function DateField({ value, onChange, onInvalid, placeholder = 'dd/mm/yyyy', id }: DateFieldProps) {
  /** Reads what was typed; false when it is not a real date (then reported, and the field keeps the focus). */
  const confirmTyped = (input: HTMLInputElement): boolean => {
    const typed = input.value.trim();
    if (!typed) {
      onInvalid?.(null);
      return true;
    }
    const iso = parseDisplayDate(typed);
    if (iso === null) {
      onInvalid?.(typed);
      return false;
    }
    onInvalid?.(null);
    if (iso !== value) onChange?.(iso);
    return true;
  };

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
      onBlur={(event) => confirmTyped(event.target as HTMLInputElement)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        // Enter confirms the date typed, as it does in a spreadsheet. Left alone it would also submit the form
        // around the field (the browser's implicit submission) with the other fields still unchecked or empty.
        event.preventDefault();
        const input = event.target as HTMLInputElement;
        if (confirmTyped(input)) focusNextField(input);
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
