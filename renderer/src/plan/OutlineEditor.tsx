import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Space, Tag, Tooltip, Tree } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { agencyDisplayName, type Agency } from '../../../core/agency';
import { buildOutline, formatOutlineLabel, suggestChildLabel, type OutlineNode } from '../../../core/outline';
import type { PlanDetail, SectionFields, TaskFields } from '../../../core/plan';
import { api, errorMessage } from '../api';
import { SectionForm } from './SectionForm';
import { TaskForm } from './TaskForm';

interface OutlineEditorProps {
  detail: PlanDetail;
  agencies: Agency[];
  onChanged: () => Promise<void>;
}

type NodeKey = `s${number}` | `t${number}`;
type Panel =
  | { mode: 'none' }
  | { mode: 'edit'; key: NodeKey }
  | { mode: 'new-section'; parentId: number | null }
  | { mode: 'new-task'; sectionId: number | null };

interface Place {
  kind: 'section' | 'task';
  id: number;
  parentId: number | null;
  index: number;
  siblings: OutlineNode[];
}

function keyOf(node: OutlineNode): NodeKey {
  return node.type === 'section' ? `s${node.section.id}` : `t${node.task.id}`;
}

const EMPTY_TASK: TaskFields = {
  label: null,
  text: '',
  allMembers: false,
  timingKind: 'unspecified',
  dueOn: null,
  periodFrom: null,
  periodTo: null,
  recurrence: null,
  progress: 'not_started',
  note: null,
  lead: [],
  coordinating: [],
};

export function OutlineEditor({ detail, agencies, onChanged }: OutlineEditorProps) {
  const { message } = App.useApp();
  const [panel, setPanel] = useState<Panel>({ mode: 'none' });
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);
  const agencyById = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency])), [agencies]);
  const outline = useMemo(() => buildOutline(detail.sections, detail.tasks), [detail]);

  const { places, rolesByTask, sectionKeys } = useMemo(() => {
    const places = new Map<NodeKey, Place>();
    const walk = (nodes: OutlineNode[], parentId: number | null) =>
      nodes.forEach((node, index) => {
        const id = node.type === 'section' ? node.section.id : node.task.id;
        places.set(keyOf(node), { kind: node.type, id, parentId, index, siblings: nodes });
        if (node.type === 'section') walk(node.children, node.section.id);
      });
    walk(outline, null);
    const rolesByTask = new Map<number, { lead: number[]; coordinating: number[] }>();
    for (const assignment of detail.assignments) {
      const roles = rolesByTask.get(assignment.taskId) ?? { lead: [], coordinating: [] };
      roles[assignment.role].push(assignment.agencyId);
      rolesByTask.set(assignment.taskId, roles);
    }
    const sectionKeys = detail.sections.map((section) => `s${section.id}`);
    return { places, rolesByTask, sectionKeys };
  }, [outline, detail]);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
      await onChanged();
      return true;
    } catch (error) {
      message.error(errorMessage(error));
      return false;
    }
  };

  const name = (id: number) => {
    const agency = agencyById.get(id);
    return agency ? agencyDisplayName(agency) : '?';
  };

  const toTreeData = (nodes: OutlineNode[]): TreeDataNode[] =>
    nodes.map((node) => {
      if (node.type === 'section') {
        return {
          key: keyOf(node),
          title: (
            <span style={{ fontWeight: node.depth === 0 ? 600 : 500 }}>
              {formatOutlineLabel(node.section.label)} {node.section.title}
            </span>
          ),
          children: toTreeData(node.children),
        };
      }
      const roles = rolesByTask.get(node.task.id) ?? { lead: [], coordinating: [] };
      return {
        key: keyOf(node),
        isLeaf: true,
        title: (
          <div className="outline-task">
            <span className="outline-task-label">{formatOutlineLabel(node.task.label) || '–'}</span>
            <div className="outline-task-body">
              <div className="outline-task-text" title={node.task.text}>
                {node.task.text}
              </div>
              <div>
                {roles.lead.map((id) => (
                  <Tag key={`c${id}`} color="blue">
                    C: {name(id)}
                  </Tag>
                ))}
                {roles.coordinating.slice(0, 4).map((id) => (
                  <Tag key={`p${id}`}>P: {name(id)}</Tag>
                ))}
                {roles.coordinating.length > 4 && <Tag>+{roles.coordinating.length - 4}</Tag>}
                {node.task.allMembers && <Tag color="purple">Tất cả thành viên</Tag>}
              </div>
            </div>
          </div>
        ),
      };
    });

  const move = (key: NodeKey, parentId: number | null, index: number) =>
    run(() =>
      api.outline.move({
        node: { kind: key[0] === 's' ? 'section' : 'task', id: Number(key.slice(1)) },
        parentId,
        index,
      }),
    );

  const moveBy = (key: NodeKey, delta: -1 | 1) => {
    const place = places.get(key);
    if (!place) return;
    const index = place.index + delta;
    if (index < 0 || index >= place.siblings.length) return;
    void move(key, place.parentId, index);
  };

  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragKey = info.dragNode.key as NodeKey;
    const dropKey = info.node.key as NodeKey;
    const dragPlace = places.get(dragKey);
    const dropPlace = places.get(dropKey);
    if (!dragPlace || !dropPlace) return;
    if (!info.dropToGap) {
      if (dropPlace.kind !== 'section') return;
      void move(dragKey, dropPlace.id, 0);
      return;
    }
    const position = info.node.pos.split('-');
    const relative = info.dropPosition - Number(position[position.length - 1]);
    let index = relative === -1 ? dropPlace.index : dropPlace.index + 1;
    // The server places the node among the siblings without it.
    if (dragPlace.parentId === dropPlace.parentId && dragPlace.index < index) index -= 1;
    void move(dragKey, dropPlace.parentId, index);
  };

  const selectedKey = panel.mode === 'edit' ? panel.key : null;
  const selectedPlace = selectedKey ? places.get(selectedKey) : undefined;
  const section = (id: number | null) =>
    id === null ? null : (detail.sections.find((item) => item.id === id) ?? null);
  const lastLabel = (parentId: number | null, kind: 'section' | 'task') => {
    const siblings = parentId === null ? outline : findChildren(parentId);
    const last = [...siblings].reverse().find((node) => node.type === kind);
    if (!last) return null;
    return last.type === 'section' ? last.section.label : last.task.label;
  };
  const findChildren = (sectionId: number): OutlineNode[] => {
    const find = (nodes: OutlineNode[]): OutlineNode[] | null => {
      for (const node of nodes) {
        if (node.type !== 'section') continue;
        if (node.section.id === sectionId) return node.children;
        const inner = find(node.children);
        if (inner) return inner;
      }
      return null;
    };
    return find(outline) ?? [];
  };
  const countDescendants = (sectionId: number): number => {
    let total = 0;
    const walk = (nodes: OutlineNode[]) =>
      nodes.forEach((node) => {
        total += 1;
        if (node.type === 'section') walk(node.children);
      });
    walk(findChildren(sectionId));
    return total;
  };

  const moveButtons = (key: NodeKey) => {
    const place = places.get(key);
    return (
      <>
        <Tooltip title="Chuyển lên (Alt + ↑)">
          <Button
            icon={<ArrowUpOutlined />}
            aria-label="Chuyển lên"
            disabled={!place || place.index === 0}
            onClick={() => moveBy(key, -1)}
          />
        </Tooltip>
        <Tooltip title="Chuyển xuống (Alt + ↓)">
          <Button
            icon={<ArrowDownOutlined />}
            aria-label="Chuyển xuống"
            disabled={!place || place.index >= place.siblings.length - 1}
            onClick={() => moveBy(key, 1)}
          />
        </Tooltip>
      </>
    );
  };

  const renderPanel = () => {
    if (panel.mode === 'new-section') {
      const parent = section(panel.parentId);
      return (
        <Card
          size="small"
          title={parent ? `Thêm mục con của “${formatOutlineLabel(parent.label)} ${parent.title}”` : 'Thêm phần, mục'}
        >
          <SectionForm
            key={`new-section-${panel.parentId}-${detail.sections.length}`}
            isNew
            descendantCount={0}
            initial={{
              label: suggestChildLabel(parent?.label ?? null, lastLabel(panel.parentId, 'section'), 'section'),
              title: '',
            }}
            onCancel={() => setPanel({ mode: 'none' })}
            onSave={async (fields: SectionFields) => {
              let createdId = 0;
              const ok = await run(async () => {
                createdId = (
                  await api.sections.create({ planId: detail.plan.id, parentId: panel.parentId, section: fields })
                ).id;
              }, 'Đã thêm mục.');
              if (ok) {
                setExpanded((current) => [
                  ...(current ?? sectionKeys),
                  `s${createdId}`,
                  ...(panel.parentId ? [`s${panel.parentId}`] : []),
                ]);
                setPanel({ mode: 'edit', key: `s${createdId}` });
              }
            }}
          />
        </Card>
      );
    }
    if (panel.mode === 'new-task') {
      const parent = section(panel.sectionId);
      return (
        <Card
          size="small"
          title={parent ? `Thêm nhiệm vụ vào “${formatOutlineLabel(parent.label)} ${parent.title}”` : 'Thêm nhiệm vụ'}
        >
          <TaskForm
            key={`new-task-${panel.sectionId}-${detail.tasks.length}`}
            isNew
            agencies={agencies}
            initial={{
              ...EMPTY_TASK,
              label: suggestChildLabel(parent?.label ?? null, lastLabel(panel.sectionId, 'task'), 'task'),
            }}
            onCancel={() => setPanel({ mode: 'none' })}
            onSave={async (fields) => {
              const ok = await run(
                () => api.tasks.create({ planId: detail.plan.id, sectionId: panel.sectionId, task: fields }),
                'Đã thêm nhiệm vụ.',
              );
              // Stay in "new task" mode: plans are entered task after task.
              if (ok) setPanel({ mode: 'new-task', sectionId: panel.sectionId });
            }}
          />
        </Card>
      );
    }
    if (panel.mode === 'edit' && selectedPlace?.kind === 'section') {
      const current = section(selectedPlace.id);
      if (!current) return null;
      return (
        <Card size="small" title={`Mục ${formatOutlineLabel(current.label)}`}>
          <SectionForm
            key={`s${current.id}`}
            isNew={false}
            initial={{ label: current.label, title: current.title }}
            descendantCount={countDescendants(current.id)}
            onSave={(fields) =>
              run(() => api.sections.update({ id: current.id, section: fields }), 'Đã lưu mục.').then(() => undefined)
            }
            onDelete={async () => {
              if (await run(() => api.sections.delete({ id: current.id }), 'Đã xoá mục.')) setPanel({ mode: 'none' });
            }}
            extraActions={
              <>
                {moveButtons(`s${current.id}`)}
                <Button icon={<PlusOutlined />} onClick={() => setPanel({ mode: 'new-section', parentId: current.id })}>
                  Thêm mục con
                </Button>
              </>
            }
          />
        </Card>
      );
    }
    if (panel.mode === 'edit' && selectedPlace?.kind === 'task') {
      const task = detail.tasks.find((item) => item.id === selectedPlace.id);
      if (!task) return null;
      const roles = rolesByTask.get(task.id) ?? { lead: [], coordinating: [] };
      return (
        <Card size="small" title={`Nhiệm vụ ${formatOutlineLabel(task.label)}`}>
          <TaskForm
            key={`t${task.id}`}
            isNew={false}
            agencies={agencies}
            initial={{ ...task, lead: roles.lead, coordinating: roles.coordinating }}
            onSave={(fields) =>
              run(() => api.tasks.update({ id: task.id, task: fields }), 'Đã lưu nhiệm vụ.').then(() => undefined)
            }
            onDelete={async () => {
              if (await run(() => api.tasks.delete({ id: task.id }), 'Đã xoá nhiệm vụ.')) setPanel({ mode: 'none' });
            }}
            extraActions={moveButtons(`t${task.id}`)}
          />
        </Card>
      );
    }
    return (
      <Card size="small">
        <Empty
          description={
            outline.length === 0
              ? 'Kế hoạch chưa có nội dung. Thêm phần, mục (I, II, III…) rồi thêm nhiệm vụ vào từng mục.'
              : 'Chọn một mục hoặc nhiệm vụ để sửa. Kéo thả, hoặc Alt + ↑/↓, để đổi thứ tự.'
          }
        />
      </Card>
    );
  };

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setPanel({ mode: 'new-section', parentId: null })}>
            Thêm phần, mục
          </Button>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setPanel({
                mode: 'new-task',
                sectionId: selectedPlace
                  ? selectedPlace.kind === 'section'
                    ? selectedPlace.id
                    : selectedPlace.parentId
                  : null,
              })
            }
          >
            Thêm nhiệm vụ
          </Button>
        </Space>
        <div
          className="outline-tree"
          onKeyDown={(event) => {
            if (!event.altKey || !selectedKey) return;
            if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
              event.preventDefault();
              moveBy(selectedKey, event.key === 'ArrowUp' ? -1 : 1);
            }
          }}
        >
          <Tree
            blockNode
            draggable={{ icon: false }}
            showLine
            height={560}
            treeData={toTreeData(outline)}
            expandedKeys={expanded ?? sectionKeys}
            onExpand={(keys) => setExpanded(keys)}
            selectedKeys={selectedKey ? [selectedKey] : []}
            onSelect={(keys) => setPanel(keys[0] ? { mode: 'edit', key: keys[0] as NodeKey } : { mode: 'none' })}
            allowDrop={({ dropNode, dropPosition }) => dropPosition !== 0 || String(dropNode.key).startsWith('s')}
            onDrop={onDrop}
          />
        </div>
      </div>
      <div style={{ width: 470, flexShrink: 0 }}>{renderPanel()}</div>
    </div>
  );
}
