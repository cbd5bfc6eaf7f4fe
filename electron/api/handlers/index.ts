import { agencyHandlers } from './agencies';
import { appHandlers } from './app';
import { exportHandlers, matrixHandlers } from './matrix';
import { figureHandlers, indicatorHandlers } from './figures';
import { importHandlers } from './imports';
import { narrativeHandlers } from './narrative';
import { calendarHandlers, cycleHandlers, holidayHandlers, workdayHandlers } from './calendar';
import { letterHandlers, reminderHandlers, requestHandlers, submissionHandlers } from './reports';
import { assignmentHandlers, outlineHandlers, sectionHandlers, taskHandlers } from './outline';
import { planHandlers } from './plans';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...agencyHandlers,
  ...planHandlers,
  ...sectionHandlers,
  ...taskHandlers,
  ...outlineHandlers,
  ...assignmentHandlers,
  ...matrixHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...calendarHandlers,
  ...cycleHandlers,
  ...holidayHandlers,
  ...workdayHandlers,
  ...requestHandlers,
  ...submissionHandlers,
  ...reminderHandlers,
  ...letterHandlers,
  ...indicatorHandlers,
  ...figureHandlers,
  ...narrativeHandlers,
};
