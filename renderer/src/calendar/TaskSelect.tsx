import { useMemo } from 'react';
import { Select } from 'antd';
import { buildOutline, flattenOutline, outlineRef } from '../../../core/outline';
import { matchesSearch } from '../../../core/vietnamese';
import { api } from '../api';
import { useLoad } from '../useLoad';

interface TaskSelectProps {
  /** The entry's plan: its tasks are the ones offered; none without a plan. */
  planId: number | null;
  value?: number[];
  onChange?: (value: number[]) => void;
}

interface TaskOption {
  value: number;
  label: string;
  search: string;
}

/** Ties a calendar entry to the plan's tasks it serves ("Liên quan đến nhiệm vụ"), searched with or without diacritics. */
export function TaskSelect({ planId, value, onChange }: TaskSelectProps) {
  const detail = useLoad(['plan', planId], () =>
    planId === null ? Promise.resolve(null) : api.plans.get({ id: planId }),
  );
  // In document order, numbered as printed (`II.1.a`): two items "a)" under different headings stay apart.
  const options = useMemo<TaskOption[]>(() => {
    if (!detail.data) return [];
    return flattenOutline(buildOutline(detail.data.sections, detail.data.tasks)).flatMap((node) => {
      if (node.type !== 'task') return [];
      const ref = outlineRef(node.path);
      const label = ref ? `${ref}. ${node.task.text}` : node.task.text;
      return [{ value: node.task.id, label, search: label }];
    });
  }, [detail.data]);
  return (
    <Select<number[], TaskOption>
      mode="multiple"
      allowClear
      aria-label="Nhiệm vụ liên quan"
      disabled={planId === null}
      loading={detail.loading}
      placeholder={planId === null ? 'Chọn kế hoạch trước' : 'Chọn nhiệm vụ của kế hoạch'}
      options={options}
      showSearch={{ filterOption: (input, option) => matchesSearch(option?.search ?? '', input) }}
      maxTagCount="responsive"
      optionRender={(option) => <span className="cal-task-option">{option.label}</span>}
      value={value}
      onChange={onChange}
    />
  );
}
