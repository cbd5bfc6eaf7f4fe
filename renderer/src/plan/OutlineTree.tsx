import { useMemo } from 'react';
import { Tag, Tree } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { agencyDisplayName, type Agency } from '../../../core/agency';
import { formatOutlineLabel, type OutlineNode } from '../../../core/outline';
import { keyOf, NO_ROLES, type NodeKey, type OutlineModel, type Roles } from './outlineModel';

interface OutlineTreeProps {
  model: OutlineModel;
  agencies: Agency[];
  expanded: React.Key[] | null;
  onExpand: (keys: React.Key[]) => void;
  selectedKey: NodeKey | null;
  onSelect: (key: NodeKey | null) => void;
  /** Put a node at `index` among the children of `parentId` (null: the top level). */
  onMove: (key: NodeKey, parentId: number | null, index: number) => void;
  onMoveBy: (key: NodeKey, delta: -1 | 1) => void;
}

/** The plan's sections and tasks, each task with its C/P agencies; drag and drop, or Alt + ↑/↓, reorders. */
export function OutlineTree(props: OutlineTreeProps) {
  const { model, agencies, expanded, onExpand, selectedKey, onSelect, onMove, onMoveBy } = props;
  const agencyById = useMemo(() => new Map(agencies.map((agency) => [agency.id, agency])), [agencies]);
  const name = (id: number) => {
    const agency = agencyById.get(id);
    return agency ? agencyDisplayName(agency) : '?';
  };

  const toTreeData = (nodes: OutlineNode[]): TreeDataNode[] =>
    nodes.map((node) =>
      node.type === 'section'
        ? {
            key: keyOf(node),
            title: (
              <span style={{ fontWeight: node.depth === 0 ? 600 : 500 }}>
                {formatOutlineLabel(node.section.label)} {node.section.title}
              </span>
            ),
            children: toTreeData(node.children),
          }
        : {
            key: keyOf(node),
            isLeaf: true,
            title: <TaskTitle node={node} roles={model.rolesByTask.get(node.task.id) ?? NO_ROLES} name={name} />,
          },
    );

  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragKey = info.dragNode.key as NodeKey;
    const dragPlace = model.places.get(dragKey);
    const dropPlace = model.places.get(info.node.key as NodeKey);
    if (!dragPlace || !dropPlace) return;
    if (!info.dropToGap) {
      if (dropPlace.kind === 'section') onMove(dragKey, dropPlace.id, 0);
      return;
    }
    const position = info.node.pos.split('-');
    const relative = info.dropPosition - Number(position[position.length - 1]);
    let index = relative === -1 ? dropPlace.index : dropPlace.index + 1;
    // The server places the node among the siblings without it.
    if (dragPlace.parentId === dropPlace.parentId && dragPlace.index < index) index -= 1;
    onMove(dragKey, dropPlace.parentId, index);
  };

  return (
    <div
      className="outline-tree"
      onKeyDown={(event) => {
        if (!event.altKey || !selectedKey) return;
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          onMoveBy(selectedKey, event.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <Tree
        blockNode
        draggable={{ icon: false }}
        showLine
        height={560}
        treeData={toTreeData(model.outline)}
        expandedKeys={expanded ?? model.sectionKeys}
        onExpand={onExpand}
        selectedKeys={selectedKey ? [selectedKey] : []}
        onSelect={(keys) => onSelect((keys[0] as NodeKey | undefined) ?? null)}
        allowDrop={({ dropNode, dropPosition }) => dropPosition !== 0 || String(dropNode.key).startsWith('s')}
        onDrop={onDrop}
      />
    </div>
  );
}

interface TaskTitleProps {
  node: Extract<OutlineNode, { type: 'task' }>;
  roles: Roles;
  name: (agencyId: number) => string;
}

/** A task in the tree: its label, its text, who leads (C) and, up to four, who coordinates (P). */
function TaskTitle({ node, roles, name }: TaskTitleProps) {
  return (
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
  );
}
