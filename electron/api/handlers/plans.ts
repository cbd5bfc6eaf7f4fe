import { copyPlanToNextYear } from '../../../db/planCopy';
import {
  createPlan,
  deletePlan,
  findPlansByNumber,
  getPlanDetail,
  listPlans,
  planDeletionImpact,
  updatePlan,
} from '../../../db/plans';
import type { HandlerMap } from './types';

export const planHandlers = {
  'plans.list': ({ store }, input) => listPlans(store.db, input),
  'plans.get': ({ store }, { id }) => getPlanDetail(store.db, id),
  'plans.findByNumber': ({ store }, { numberSymbol }) => findPlansByNumber(store.db, numberSymbol),
  'plans.create': ({ store }, input) => createPlan(store, input),
  'plans.update': ({ store }, { id, plan }) => updatePlan(store, id, plan),
  'plans.deletionImpact': ({ store }, { id }) => planDeletionImpact(store.db, id),
  'plans.delete': ({ store }, { id }) => {
    deletePlan(store, id);
    return null;
  },
  'plans.copyToNextYear': ({ store }, { id }) => copyPlanToNextYear(store, id),
} satisfies HandlerMap<'plans'>;
