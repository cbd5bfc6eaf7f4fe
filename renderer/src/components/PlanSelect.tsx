import { Select } from 'antd';

interface PlanSelectProps {
  options: Array<{ value: number; label: string }>;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

/** The plan an item belongs to, or none. */
export function PlanSelect({ options, value, onChange }: PlanSelectProps) {
  return (
    <Select<number | null>
      allowClear
      placeholder="(không)"
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      aria-label="Thuộc kế hoạch"
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
