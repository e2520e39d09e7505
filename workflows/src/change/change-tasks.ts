import type { SupervisionTaskStage } from '@makerspace/contracts';
import type { TaskTitle } from '../supervision/supervision-tasks';

/** The staff tasks of a change (Art. 8), as the inbox titles them. */
export const CHANGE_TASK_TITLES: Partial<Record<SupervisionTaskStage, TaskTitle>> = {
  CHANGE_REVIEW: { zh: '审核变更事项', en: 'Review a change' },
  OVERDUE_CHANGE: { zh: '处理逾期未报告的变更', en: 'Decide on a change not reported in time' },
};
