import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import type { PlanDetail } from '../../../core/plan';
import { api } from '../api';
import { useAction } from '../useAction';
import { nodeOfKey, useOutlineModel, type NodeKey } from './outlineModel';
import { OutlinePanel, type Panel, type PanelProps } from './OutlinePanel';
import { OutlineTree } from './OutlineTree';

interface OutlineEditorProps {
  detail: PlanDetail;
  agencies: Agency[];
  onChanged: () => Promise<void>;
}

/** "Nội dung kế hoạch": the outline as a tree on the left, the selected section's or task's form on the right. */
export function OutlineEditor({ detail, agencies, onChanged }: OutlineEditorProps) {
  const { run } = useAction();
  const [panel, setPanel] = useState<Panel>({ mode: 'none' });
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);
  const model = useOutlineModel(detail);

  // The plan is reloaded before the panel moves on, so the next form sees the saved outline.
  const save: PanelProps['save'] = (work, done, after) =>
    run(work, {
      success: done,
      after: async (value) => {
        await onChanged();
        await after?.(value);
      },
    });

  const move = (key: NodeKey, parentId: number | null, index: number) =>
    run(() => api.outline.move({ node: nodeOfKey(key), parentId, index }), { after: onChanged });

  const moveBy = (key: NodeKey, delta: -1 | 1) => {
    const place = model.places.get(key);
    if (!place) return;
    const index = place.index + delta;
    if (index < 0 || index >= place.siblings.length) return;
    void move(key, place.parentId, index);
  };

  const selectedKey = panel.mode === 'edit' ? panel.key : null;
  const selectedPlace = selectedKey ? model.places.get(selectedKey) : undefined;
  // A new task goes into the selected section, or beside the selected task.
  const sectionForNewTask = selectedPlace
    ? selectedPlace.kind === 'section'
      ? selectedPlace.id
      : selectedPlace.parentId
    : null;

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setPanel({ mode: 'new-section', parentId: null })}>
            Thêm phần, mục
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setPanel({ mode: 'new-task', sectionId: sectionForNewTask })}>
            Thêm nhiệm vụ
          </Button>
        </Space>
        <OutlineTree
          model={model}
          agencies={agencies}
          expanded={expanded}
          onExpand={setExpanded}
          selectedKey={selectedKey}
          onSelect={(key) => setPanel(key ? { mode: 'edit', key } : { mode: 'none' })}
          onMove={(key, parentId, index) => void move(key, parentId, index)}
          onMoveBy={moveBy}
        />
      </div>
      <div style={{ width: 470, flexShrink: 0 }}>
        <OutlinePanel
          panel={panel}
          detail={detail}
          agencies={agencies}
          model={model}
          save={save}
          setPanel={setPanel}
          onSectionCreated={(sectionId, parentId) =>
            setExpanded((current) => [
              ...(current ?? model.sectionKeys),
              `s${sectionId}`,
              ...(parentId ? [`s${parentId}`] : []),
            ])
          }
          onMoveBy={moveBy}
        />
      </div>
    </div>
  );
}
