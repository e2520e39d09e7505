/** The kinds of human task in the filing procedure, each with the outcomes it allows. */
export const TASK_OUTCOMES = {
  'preliminary-review': ['RECOMMEND', 'RETURN', 'REJECT'],
  're-review': ['PASS', 'RETURN', 'REJECT'],
  'on-site-inspection': ['PASS', 'RETURN', 'REJECT'],
  'organise-expert-review': ['ASSIGN_PANEL'],
  'expert-score': ['SCORE', 'CONFLICT'],
  'assign-substitute': ['ASSIGN_SUBSTITUTE'],
  'resolve-objection': ['DISMISS', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY'],
  'director-meeting': ['APPROVE', 'DECLINE'],
} as const;
export type TaskKind = keyof typeof TASK_OUTCOMES;
export const TASK_KINDS = Object.keys(TASK_OUTCOMES) as TaskKind[];
export type TaskOutcome = (typeof TASK_OUTCOMES)[TaskKind][number];

/** Outcomes that go against the applicant and therefore need reasons. */
export const NEGATIVE_OUTCOMES: readonly string[] = ['RETURN', 'REJECT', 'CONFLICT', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY', 'DECLINE'];
