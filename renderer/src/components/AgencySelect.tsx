import { Select } from 'antd';
import { agencySearch, type AgencyOption } from './options';

interface AgencySelectProps {
  options: AgencyOption[];
  /** Agencies not to offer (those already chosen in a sibling field). */
  exclude?: readonly number[];
  ariaLabel: string;
  placeholder?: string;
  maxTagCount?: number;
  value?: number[];
  onChange?: (value: number[]) => void;
}

/** Several agencies, searched by name, short name or alias, with or without diacritics. */
export function AgencySelect({
  options,
  exclude = [],
  ariaLabel,
  placeholder,
  maxTagCount,
  value,
  onChange,
}: AgencySelectProps) {
  return (
    <Select<number[], AgencyOption>
      mode="multiple"
      allowClear
      aria-label={ariaLabel}
      placeholder={placeholder ?? 'Chọn cơ quan (gõ không dấu cũng tìm được)'}
      options={exclude.length > 0 ? options.filter((option) => !exclude.includes(option.value)) : options}
      showSearch={agencySearch}
      maxTagCount={maxTagCount}
      value={value}
      onChange={onChange}
    />
  );
}
