import type { SpaceEvaluationState } from '@makerspace/contracts';

/** A space's 2026 evaluation awaiting its report, as the rules' specs start from it. */
export function anEvaluation(over: Partial<SpaceEvaluationState> = {}): SpaceEvaluationState {
  return {
    year: 2026,
    spaceId: 'space-1',
    status: 'AWAITING_REPORT',
    dueOn: '2027-04-30',
    reportFiledOn: null,
    reportMissed: false,
    districtCheck: null,
    reviews: [],
    openTasks: [],
    endedBy: null,
    result: null,
    confirmation: null,
    consequence: null,
    history: [],
    ...over,
  };
}
