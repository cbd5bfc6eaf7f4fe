import { useMemo } from 'react';
import { Button, Empty, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined, MergeCellsOutlined, WarningOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import { formatDisplayDate } from '../../../core/dates';
import type { ImportDraft } from '../../../core/import/draft';
import { DOUBTFUL, type ParsedNode, type Span } from '../../../core/import/types';
import { formatOutlineLabel } from '../../../core/outline';
import { RECURRENCE_LABELS, SECTION_ROLE_LABELS } from '../../../core/plan';
import { refLabel } from './agencyRefs';

interface ReviewNodesProps {
  draft: ImportDraft;
  parsed: Map<string, ParsedNode>;
  agencies: Agency[];
  onFocus: (span: Span) => void;
  onEdit: (key: string) => void;
  onRemove: (key: string) => void;
  onMerge: (key: string) => void;
}

/** The proposed outline: headings, and tasks with who leads and coordinates; each can be fixed, dropped or merged. */
export function ReviewNodes({ draft, parsed, agencies, onFocus, onEdit, onRemove, onMerge }: ReviewNodesProps) {
  const byId = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency])), [agencies]);
  const depth = useMemo(() => {
    const depths = new Map<string, number>();
    for (const node of draft.nodes)
      depths.set(node.key, node.parentKey === null ? 0 : (depths.get(node.parentKey) ?? 0) + 1);
    return depths;
  }, [draft.nodes]);

  if (draft.nodes.length === 0) return <Empty description="Không có mục hay nhiệm vụ nào." />;
  return (
    <div className="review-nodes" data-testid="review-nodes">
      {draft.nodes.map((node) => {
        const indent = { paddingLeft: 8 + (depth.get(node.key) ?? 0) * 16 };
        const source = parsed.get(node.key.split('.')[0]!);
        if (node.type === 'section') {
          return (
            <div
              key={node.key}
              className="review-heading"
              style={indent}
              onClick={() => node.source && onFocus(node.source)}
            >
              <span>
                {formatOutlineLabel(node.label)} {node.text}
              </span>
              {node.role !== 'content' && <Tag>{SECTION_ROLE_LABELS[node.role]}</Tag>}
              <Popconfirm
                title="Bỏ mục này và mọi thứ bên dưới?"
                okText="Bỏ"
                cancelText="Không"
                onConfirm={() => onRemove(node.key)}
              >
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label="Bỏ mục"
                  onClick={(event) => event.stopPropagation()}
                />
              </Popconfirm>
            </div>
          );
        }
        const confidence = source?.type === 'task' ? source.confidence : 1;
        const flags = source?.type === 'task' ? source.flags : [];
        const timing =
          node.timing.timingKind === 'due' && node.timing.dueOn
            ? `Hạn ${formatDisplayDate(node.timing.dueOn)}`
            : node.timing.timingKind === 'period' && node.timing.periodFrom
              ? `${formatDisplayDate(node.timing.periodFrom)} – ${formatDisplayDate(node.timing.periodTo)}`
              : node.timing.timingKind === 'recurring' && node.timing.recurrence
                ? RECURRENCE_LABELS[node.timing.recurrence]
                : node.timing.timingKind === 'ongoing'
                  ? 'Thường xuyên'
                  : null;
        return (
          <div
            key={node.key}
            className={`review-task${confidence < DOUBTFUL ? ' is-doubtful' : ''}`}
            style={indent}
            onClick={() => node.source && onFocus(node.source)}
            data-testid="review-task"
          >
            <div className="review-task-text">
              <span className="muted">{formatOutlineLabel(node.label) || '–'}</span> {node.text}
            </div>
            <div className="review-task-meta">
              {confidence < DOUBTFUL && (
                <Tooltip title={flags.join(' ')}>
                  <Tag color="orange" icon={<WarningOutlined />}>
                    Cần kiểm tra
                  </Tag>
                </Tooltip>
              )}
              {node.lead.map((ref) => (
                <Tag key={`c${ref.agencyId ?? ref.newKey}`} color={ref.newKey ? 'gold' : 'blue'}>
                  C: {refLabel(ref, byId, draft.newAgencies)}
                </Tag>
              ))}
              {node.coordinating.map((ref) => (
                <Tag key={`p${ref.agencyId ?? ref.newKey}`} color={ref.newKey ? 'gold' : undefined}>
                  P: {refLabel(ref, byId, draft.newAgencies)}
                </Tag>
              ))}
              {node.allMembers && <Tag color="purple">Tất cả thành viên</Tag>}
              {timing && <Tag color="cyan">{timing}</Tag>}
              <Space size={0} className="review-actions">
                <Button
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label="Sửa nhiệm vụ"
                  onClick={(event) => (event.stopPropagation(), onEdit(node.key))}
                />
                <Tooltip title="Gộp với nhiệm vụ sau">
                  <Button
                    size="small"
                    type="text"
                    icon={<MergeCellsOutlined />}
                    aria-label="Gộp với nhiệm vụ sau"
                    onClick={(event) => (event.stopPropagation(), onMerge(node.key))}
                  />
                </Tooltip>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="Bỏ nhiệm vụ"
                  onClick={(event) => (event.stopPropagation(), onRemove(node.key))}
                />
              </Space>
            </div>
          </div>
        );
      })}
    </div>
  );
}
