import type { Projections } from '../supervision/projection';

/** A year's cycle: opened, then every space asked for its report. */
export const cycleProjections: Projections = {
  'evaluation.cycle.opened': async (tx, { payload: p }) => {
    const data = { status: 'OPEN', openedOn: p.openedOn, selfReportDueOn: p.selfReportDueOn, rulesetId: p.rulesetId, rulesetVersion: p.rulesetVersion };
    await tx.evaluationCycle.upsert({ where: { year: p.year }, create: { year: p.year, ...data }, update: {} });
  },
  'evaluation.cycle.all-requested': async (tx, { payload: p }) => {
    await tx.evaluationCycle.update({ where: { year: p.year }, data: { status: 'ALL_REQUESTED', spaces: p.spaces } });
  },
};
