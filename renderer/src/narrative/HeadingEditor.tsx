/**
 * One heading of the outline, numbered as the report numbers it: on the left the office's text (or the merged
 * draft standing in it), on the right what each agency wrote under it, to copy from and to move elsewhere.
 */
import { useMemo } from 'react';
import { Tag } from 'antd';
import { draftBlocks, type DraftHeading } from '../../../core/narrative/draft';
import { paragraphAsRichText } from '../../../core/narrative/richText';
import type { Contribution, NarrativeText } from '../../../electron/api/contract';
import { Contributions, takenKey } from './Contributions';
import { headingLabel } from './narrativeFormat';
import { OfficeText } from './OfficeText';
import { appendParagraph } from './textMarkup';
import { useAutosave, type SaveRegistry } from './useAutosave';

interface HeadingEditorProps {
  requestId: number;
  heading: DraftHeading;
  outline: readonly string[];
  text: NarrativeText | undefined;
  unstructured: ReadonlySet<number>;
  agencyOf: ReadonlyMap<string, string>;
  registry: SaveRegistry;
  onSaved: (text: NarrativeText) => void;
  onMove: (item: Contribution, outlineIndex: number | null) => Promise<unknown>;
}

export function HeadingEditor(props: HeadingEditorProps) {
  const { requestId, heading, outline, text, unstructured, agencyOf, registry, onSaved, onMove } = props;
  const label = headingLabel(heading.heading, heading.index);
  const { value, change, flush, state } = useAutosave({
    requestId,
    outlineIndex: heading.index,
    initial: text,
    registry,
    onSaved,
  });
  const taken = useMemo(
    () => new Set(value.taken.map((item) => takenKey(item.sectionUuid, item.paragraph))),
    [value.taken],
  );
  const draft = useMemo(() => draftBlocks(heading), [heading]);
  const takenFrom = [
    ...new Set(value.taken.map((item) => agencyOf.get(item.sectionUuid)).filter((name) => name !== undefined)),
  ];

  const copy = (item: Contribution, paragraph: number) =>
    change((current) =>
      current.taken.some((entry) => entry.sectionUuid === item.sectionUuid && entry.paragraph === paragraph)
        ? current
        : {
            body: appendParagraph(current.body, paragraphAsRichText(item.paragraphs[paragraph] ?? '')),
            taken: [...current.taken, { sectionUuid: item.sectionUuid, paragraph }],
          },
    );

  const useDraft = () =>
    change({
      body: heading.contributions.flatMap((item) => item.paragraphs.map(paragraphAsRichText)).join('\n'),
      taken: heading.contributions.flatMap((item) =>
        item.paragraphs.map((_, paragraph) => ({ sectionUuid: item.sectionUuid, paragraph })),
      ),
    });

  const written = value.body.trim().length > 0;
  return (
    <section className="narrative-heading" aria-label={label}>
      <header className="narrative-heading-title">
        <h3>{label}</h3>
        {heading.unwritten && <Tag color="orange">Chưa có cơ quan nào viết</Tag>}
        {written ? (
          <Tag color="blue">Văn phòng đã viết</Tag>
        ) : (
          !heading.unwritten && <Tag>Đang dùng bản tổng hợp tự động</Tag>
        )}
      </header>
      <div className="narrative-heading-body">
        <OfficeText
          label={label}
          value={value}
          state={state}
          draft={draft}
          takenFrom={takenFrom}
          headingChanged={text?.headingChanged ?? false}
          onChange={change}
          onFlush={() => void flush()}
          onUseDraft={useDraft}
        />
        <div className="narrative-agencies">
          <div className="narrative-column-head">
            <span className="narrative-column-title">
              Các cơ quan viết ở mục này
              {heading.contributions.length > 0 && ` (${new Set(heading.contributions.map((c) => c.agencyId)).size})`}
            </span>
          </div>
          <Contributions
            contributions={heading.contributions}
            outline={outline}
            current={heading.index}
            unstructured={unstructured}
            copy={{ taken, onCopy: copy }}
            empty="Chưa có đoạn nào của cơ quan được xếp vào mục này."
            onMove={onMove}
          />
        </div>
      </div>
    </section>
  );
}
