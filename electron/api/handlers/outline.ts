import {
  createSection,
  createTask,
  deleteSection,
  deleteTask,
  moveOutlineNode,
  setAssignment,
  updateSection,
  updateTask,
} from '../../../db/outline';
import type { HandlerMap } from './types';

export const sectionHandlers = {
  'sections.create': ({ store }, { planId, parentId, section }) => createSection(store, planId, parentId, section),
  'sections.update': ({ store }, { id, section }) => updateSection(store, id, section),
  'sections.delete': ({ store }, { id }) => {
    deleteSection(store, id);
    return null;
  },
} satisfies HandlerMap<'sections'>;

export const taskHandlers = {
  'tasks.create': ({ store }, { planId, sectionId, task }) => createTask(store, planId, sectionId, task),
  'tasks.update': ({ store }, { id, task }) => updateTask(store, id, task),
  'tasks.delete': ({ store }, { id }) => {
    deleteTask(store, id);
    return null;
  },
} satisfies HandlerMap<'tasks'>;

export const outlineHandlers = {
  'outline.move': ({ store }, { node, parentId, index }) => {
    moveOutlineNode(store, node, parentId, index);
    return null;
  },
} satisfies HandlerMap<'outline'>;

export const assignmentHandlers = {
  'assignments.set': ({ store }, { taskId, agencyId, role }) => setAssignment(store, taskId, agencyId, role),
} satisfies HandlerMap<'assignments'>;
