import type { SupervisionTaskStage } from '@makerspace/contracts';
import type { TaskTitle } from '../supervision/supervision-tasks';

/** The staff tasks of a space's evaluation (Art. 7), as the inbox titles them. */
export const EVALUATION_TASK_TITLES: Partial<Record<SupervisionTaskStage, TaskTitle>> = {
  SELF_REPORT_CHECK: { zh: '年度绩效报告初审', en: 'First check of the performance report' },
  EXPERT_REVIEW: { zh: '年度评价专家评审', en: 'Expert review of the evaluation' },
  ON_SITE_CHECK: { zh: '年度评价现场核查', en: 'On-site check of the evaluation' },
  RESULT_CONFIRMATION: { zh: '确认年度评价结果', en: 'Confirm the evaluation result' },
};
