import type { FilingStage, TaskKind } from '@makerspace/contracts';
import type { ReviewStage } from '@makerspace/policy';

export interface FilingTaskKind {
  /** The stage of Art. 6 the task belongs to. */
  stage: FilingStage;
  /** The ruleset's stage whose days time it (due date, reminders, escalation). */
  timing: ReviewStage;
  /** The desk that works it; a stage may narrow it to a district or a named expert. */
  role: string;
  /** As the inbox titles it. */
  title: { zh: string; en: string };
}

/** The human tasks of the filing procedure (Art. 6): where each belongs, who works it, what it is called. */
export const FILING_TASKS: Record<TaskKind, FilingTaskKind> = {
  'preliminary-review': {
    stage: 'PRELIMINARY_REVIEW',
    timing: 'PRELIMINARY_REVIEW',
    role: 'district-officer',
    title: { zh: '初审并书面推荐', en: 'Preliminary review and written recommendation' },
  },
  're-review': { stage: 'RE_REVIEW', timing: 'RE_REVIEW', role: 'city-officer', title: { zh: '复审', en: 'Re-review' } },
  'on-site-inspection': {
    stage: 'ON_SITE_INSPECTION',
    timing: 'ON_SITE_INSPECTION',
    role: 'city-officer',
    title: { zh: '现场核查', en: 'On-site inspection' },
  },
  'organise-expert-review': {
    stage: 'EXPERT_REVIEW',
    timing: 'EXPERT_REVIEW',
    role: 'city-officer',
    title: { zh: '组织专家评审', en: 'Organise the expert review' },
  },
  'expert-score': { stage: 'EXPERT_REVIEW', timing: 'EXPERT_REVIEW', role: 'expert', title: { zh: '专家评分', en: 'Expert scoring' } },
  'assign-substitute': {
    stage: 'EXPERT_REVIEW',
    timing: 'EXPERT_REVIEW',
    role: 'city-officer',
    title: { zh: '指定替补专家', en: 'Assign a substitute expert' },
  },
  'resolve-objection': {
    stage: 'PUBLIC_NOTICE',
    timing: 'OBJECTION_RESOLUTION',
    role: 'city-officer',
    title: { zh: '处理公示异议', en: 'Resolve a public-notice objection' },
  },
  'director-meeting': {
    stage: 'DIRECTOR_MEETING',
    timing: 'DIRECTOR_MEETING',
    role: 'meeting-secretary',
    title: { zh: '局长办公会议审定', en: "Director's meeting decision" },
  },
};
