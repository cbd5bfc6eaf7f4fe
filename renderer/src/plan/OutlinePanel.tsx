import { Button, Card, Empty, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import type { Agency } from '../../../core/agency';
import { formatOutlineLabel, suggestChildLabel } from '../../../core/outline';
import type { PlanDetail, SectionFields } from '../../../core/plan';
import { api } from '../api';
import { EMPTY_TASK, NO_ROLES, type NodeKey, type OutlineModel } from './outlineModel';
import { SectionForm } from './SectionForm';
import { TaskForm } from './TaskForm';

/** What the right-hand side of the outline editor shows. */
export type Panel =
  | { mode: 'none' }
  | { mode: 'edit'; key: NodeKey }
  | { mode: 'new-section'; parentId: number | null }
  | { mode: 'new-task'; sectionId: number | null };

export interface PanelProps {
  panel: Panel;
  detail: PlanDetail;
  agencies: Agency[];
  model: OutlineModel;
  /** Sends an edit with its success toast; true once it is saved and the plan reloaded. */
  save: <T>(work: () => Promise<T>, done: string, after?: (value: T) => unknown) => Promise<boolean>;
  setPanel: (panel: Panel) => void;
  /** A new section shows at once, expanded under its (expanded) parent. */
  onSectionCreated: (sectionId: number, parentId: number | null) => void;
  onMoveBy: (key: NodeKey, delta: -1 | 1) => void;
}

/** The form of the selected section or task, a new one's form, or a hint of what to do. */
export function OutlinePanel(props: PanelProps) {
  const { panel, model } = props;
  if (panel.mode === 'new-section') return <NewSectionCard {...props} parentId={panel.parentId} />;
  if (panel.mode === 'new-task') return <NewTaskCard {...props} sectionId={panel.sectionId} />;
  const place = panel.mode === 'edit' ? model.places.get(panel.key) : undefined;
  if (place?.kind === 'section') return <SectionCard {...props} sectionId={place.id} />;
  if (place?.kind === 'task') return <TaskCard {...props} taskId={place.id} />;
  return (
    <Card size="small">
      <Empty
        description={
          model.outline.length === 0
            ? 'Kế hoạch chưa có nội dung. Thêm phần, mục (I, II, III…) rồi thêm nhiệm vụ vào từng mục.'
            : 'Chọn một mục hoặc nhiệm vụ để sửa. Kéo thả, hoặc Alt + ↑/↓, để đổi thứ tự.'
        }
      />
    </Card>
  );
}

function NewSectionCard({
  detail,
  model,
  save,
  setPanel,
  onSectionCreated,
  parentId,
}: PanelProps & { parentId: number | null }) {
  const parent = model.section(parentId);
  const create = async (fields: SectionFields) => {
    await save(
      () => api.sections.create({ planId: detail.plan.id, parentId, section: fields }),
      'Đã thêm mục.',
      (created) => {
        onSectionCreated(created.id, parentId);
        setPanel({ mode: 'edit', key: `s${created.id}` });
      },
    );
  };
  return (
    <Card
      size="small"
      title={parent ? `Thêm mục con của “${formatOutlineLabel(parent.label)} ${parent.title}”` : 'Thêm phần, mục'}
    >
      <SectionForm
        key={`new-section-${parentId}-${detail.sections.length}`}
        isNew
        descendantCount={0}
        initial={{
          label: suggestChildLabel(parent?.label ?? null, model.lastLabel(parentId, 'section'), 'section'),
          title: '',
        }}
        onCancel={() => setPanel({ mode: 'none' })}
        onSave={create}
      />
    </Card>
  );
}

function NewTaskCard({
  detail,
  agencies,
  model,
  save,
  setPanel,
  sectionId,
}: PanelProps & { sectionId: number | null }) {
  const parent = model.section(sectionId);
  return (
    <Card
      size="small"
      title={parent ? `Thêm nhiệm vụ vào “${formatOutlineLabel(parent.label)} ${parent.title}”` : 'Thêm nhiệm vụ'}
    >
      <TaskForm
        key={`new-task-${sectionId}-${detail.tasks.length}`}
        isNew
        agencies={agencies}
        initial={{
          ...EMPTY_TASK,
          label: suggestChildLabel(parent?.label ?? null, model.lastLabel(sectionId, 'task'), 'task'),
        }}
        onCancel={() => setPanel({ mode: 'none' })}
        onSave={async (fields) => {
          // Stay in "new task" mode: plans are entered task after task.
          await save(
            () => api.tasks.create({ planId: detail.plan.id, sectionId, task: fields }),
            'Đã thêm nhiệm vụ.',
            () => setPanel({ mode: 'new-task', sectionId }),
          );
        }}
      />
    </Card>
  );
}

function SectionCard(props: PanelProps & { sectionId: number }) {
  const { model, save, setPanel, onMoveBy, sectionId } = props;
  const current = model.section(sectionId);
  if (!current) return null;
  const key: NodeKey = `s${current.id}`;
  return (
    <Card size="small" title={`Mục ${formatOutlineLabel(current.label)}`}>
      <SectionForm
        key={key}
        isNew={false}
        initial={{ label: current.label, title: current.title }}
        descendantCount={model.countDescendants(current.id)}
        onSave={async (fields) => {
          await save(() => api.sections.update({ id: current.id, section: fields }), 'Đã lưu mục.');
        }}
        onDelete={async () => {
          await save(
            () => api.sections.delete({ id: current.id }),
            'Đã xoá mục.',
            () => setPanel({ mode: 'none' }),
          );
        }}
        extraActions={
          <>
            <MoveButtons nodeKey={key} model={model} onMoveBy={onMoveBy} />
            <Button icon={<PlusOutlined />} onClick={() => setPanel({ mode: 'new-section', parentId: current.id })}>
              Thêm mục con
            </Button>
          </>
        }
      />
    </Card>
  );
}

function TaskCard({ detail, agencies, model, save, setPanel, onMoveBy, taskId }: PanelProps & { taskId: number }) {
  const task = detail.tasks.find((item) => item.id === taskId);
  if (!task) return null;
  const roles = model.rolesByTask.get(task.id) ?? NO_ROLES;
  const key: NodeKey = `t${task.id}`;
  return (
    <Card size="small" title={`Nhiệm vụ ${formatOutlineLabel(task.label)}`}>
      <TaskForm
        key={key}
        isNew={false}
        agencies={agencies}
        initial={{ ...task, lead: roles.lead, coordinating: roles.coordinating }}
        onSave={async (fields) => {
          await save(() => api.tasks.update({ id: task.id, task: fields }), 'Đã lưu nhiệm vụ.');
        }}
        onDelete={async () => {
          await save(
            () => api.tasks.delete({ id: task.id }),
            'Đã xoá nhiệm vụ.',
            () => setPanel({ mode: 'none' }),
          );
        }}
        extraActions={<MoveButtons nodeKey={key} model={model} onMoveBy={onMoveBy} />}
      />
    </Card>
  );
}

interface MoveButtonsProps {
  nodeKey: NodeKey;
  model: OutlineModel;
  onMoveBy: (key: NodeKey, delta: -1 | 1) => void;
}

function MoveButtons({ nodeKey, model, onMoveBy }: MoveButtonsProps) {
  const place = model.places.get(nodeKey);
  return (
    <>
      <Tooltip title="Chuyển lên (Alt + ↑)">
        <Button
          icon={<ArrowUpOutlined />}
          aria-label="Chuyển lên"
          disabled={!place || place.index === 0}
          onClick={() => onMoveBy(nodeKey, -1)}
        />
      </Tooltip>
      <Tooltip title="Chuyển xuống (Alt + ↓)">
        <Button
          icon={<ArrowDownOutlined />}
          aria-label="Chuyển xuống"
          disabled={!place || place.index >= place.siblings.length - 1}
          onClick={() => onMoveBy(nodeKey, 1)}
        />
      </Tooltip>
    </>
  );
}
