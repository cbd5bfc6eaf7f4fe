/**
 * "Chuyển sang mục…": how the officer corrects a match, putting a section of an agency's report under another
 * outline heading, or under "Khác".
 */
import { useState } from 'react';
import { Select } from 'antd';
import { headingLabel, OTHER_LABEL, OTHER_VALUE } from './narrativeFormat';

interface MoveSelectProps {
  outline: readonly string[];
  /** Where the section sits now; null under "Khác". */
  current: number | null;
  /** Says which section, for a screen reader and a test: "Chuyển sang mục… — Sở Tư pháp, mục “2. …”". */
  label: string;
  onMove: (outlineIndex: number | null) => Promise<unknown>;
}

export function MoveSelect({ outline, current, label, onMove }: MoveSelectProps) {
  const [moving, setMoving] = useState(false);
  const options = [
    ...outline.map((heading, index) => ({
      value: index,
      label: headingLabel(heading, index),
      disabled: index === current,
    })),
    { value: OTHER_VALUE, label: OTHER_LABEL, disabled: current === null },
  ];
  return (
    <Select<number>
      className="narrative-move"
      size="small"
      aria-label={`Chuyển sang mục… — ${label}`}
      placeholder="Chuyển sang mục…"
      value={null}
      loading={moving}
      disabled={moving}
      options={options}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 460 } } }}
      onChange={async (value) => {
        setMoving(true);
        try {
          await onMove(value === OTHER_VALUE ? null : value);
        } finally {
          setMoving(false);
        }
      }}
    />
  );
}
