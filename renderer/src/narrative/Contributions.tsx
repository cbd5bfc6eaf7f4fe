/**
 * What the agencies wrote under one heading (or under "Khác"), agency by agency, each section with where it came
 * from ("Sở Tư pháp — mục “2. Công tác phòng ngừa”") and how it got here (matched, or placed by the officer), its
 * paragraphs with "Chép" into the office's text, and "Chuyển sang mục…" to correct the match.
 */
import { Button, Empty } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import type { Contribution } from '../../../electron/api/contract';
import { MoveSelect } from './MoveSelect';
import { byAgency, scoreText, sectionPlace } from './narrativeFormat';

export interface CopyControl {
  /** `sectionUuid:paragraph` of the paragraphs already in the office's text. */
  taken: ReadonlySet<string>;
  onCopy: (item: Contribution, paragraph: number) => void;
}

interface ContributionsProps {
  contributions: readonly Contribution[];
  outline: readonly string[];
  /** The heading they sit under; null for "Khác". */
  current: number | null;
  unstructured: ReadonlySet<number>;
  copy?: CopyControl;
  empty: string;
  onMove: (item: Contribution, outlineIndex: number | null) => Promise<unknown>;
}

export const takenKey = (sectionUuid: string, paragraph: number) => `${sectionUuid}:${paragraph}`;

export function Contributions(props: ContributionsProps) {
  const { contributions, outline, current, unstructured, copy, empty, onMove } = props;
  if (contributions.length === 0) {
    return <Empty className="narrative-none" image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  }
  return (
    <div className="narrative-sources">
      {byAgency(contributions).map((group) => (
        <div className="narrative-source" key={group.items[0]!.sectionUuid}>
          {group.items.map((item) => {
            const place = sectionPlace(item.heading, unstructured.has(item.agencyId));
            return (
              <div className="narrative-section" key={item.sectionUuid} data-section={item.sectionUuid}>
                <div className="narrative-section-head">
                  <div className="narrative-attribution">
                    <strong>{item.agency}</strong> — {place}{' '}
                    <span className="muted">
                      {item.placedBy === 'officer' ? '(xếp tay)' : `(${scoreText(item.score)})`}
                    </span>
                  </div>
                  <MoveSelect
                    outline={outline}
                    current={current}
                    label={`${item.agency}, ${place}`}
                    onMove={(index) => onMove(item, index)}
                  />
                </div>
                {item.paragraphs.length === 0 ? (
                  <div className="muted narrative-no-paragraph">(phần này không có đoạn văn nào)</div>
                ) : (
                  <ul className="narrative-paragraphs">
                    {item.paragraphs.map((paragraph, index) => (
                      <li key={index}>
                        <span className="narrative-paragraph">{paragraph}</span>
                        {copy && (
                          <CopyButton
                            done={copy.taken.has(takenKey(item.sectionUuid, index))}
                            onCopy={() => copy.onCopy(item, index)}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function CopyButton({ done, onCopy }: { done: boolean; onCopy: () => void }) {
  if (done) {
    return <span className="narrative-copied">✓ đã chép</span>;
  }
  return (
    <Button size="small" className="narrative-copy" icon={<CopyOutlined />} onClick={onCopy}>
      Chép
    </Button>
  );
}
