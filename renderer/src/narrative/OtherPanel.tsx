/**
 * "Khác (chưa xếp vào mục nào)": the sections of the agencies' reports no outline heading took — a letterhead, a
 * heading of the agency's own, a whole report without headings — for the officer to place or to leave out (what
 * stays here is not in the report).
 */
import { Tag } from 'antd';
import type { Contribution } from '../../../electron/api/contract';
import { Contributions } from './Contributions';

interface OtherPanelProps {
  other: readonly Contribution[];
  outline: readonly string[];
  unstructured: ReadonlySet<number>;
  onMove: (item: Contribution, outlineIndex: number | null) => Promise<unknown>;
}

export function OtherPanel({ other, outline, unstructured, onMove }: OtherPanelProps) {
  return (
    <section className="narrative-heading narrative-other" aria-label="Khác (chưa xếp vào mục nào)">
      <header className="narrative-heading-title">
        <h3>Khác (chưa xếp vào mục nào)</h3>
        {other.length > 0 && <Tag color="gold">{other.length} phần chờ xếp</Tag>}
      </header>
      <p className="muted narrative-other-hint">
        Những phần này không khớp mục nào của đề cương và không được đưa vào báo cáo. Dùng “Chuyển sang mục…” để xếp
        phần cần dùng vào đúng mục.
      </p>
      <Contributions
        contributions={other}
        outline={outline}
        current={null}
        unstructured={unstructured}
        empty="Không còn phần nào chưa xếp."
        onMove={onMove}
      />
    </section>
  );
}
