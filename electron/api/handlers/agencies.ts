import { createAgency, deleteAgency, listAgencies, updateAgency } from '../../../db/agencies';
import type { HandlerMap } from './types';

export const agencyHandlers = {
  'agencies.list': ({ store }, input) => listAgencies(store.db, input),
  'agencies.create': ({ store }, input) => createAgency(store, input),
  'agencies.update': ({ store }, { id, agency }) => updateAgency(store, id, agency),
  'agencies.delete': ({ store }, { id }) => {
    deleteAgency(store, id);
    return null;
  },
} satisfies HandlerMap<'agencies'>;
