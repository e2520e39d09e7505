import type { FilingStage, TaskKind } from './filing';
import { OUTCOMES_OF } from './filing';

/** The review stages an inbox can be filtered by (the contract's stages, in procedure order). */
export const FILING_STAGES_FOR_FILTER: readonly FilingStage[] = ['PRELIMINARY_REVIEW', 'RE_REVIEW', 'ON_SITE_INSPECTION', 'EXPERT_REVIEW', 'PUBLIC_NOTICE', 'DIRECTOR_MEETING'];

export const TASK_KINDS_FOR_FILTER = Object.keys(OUTCOMES_OF) as TaskKind[];
