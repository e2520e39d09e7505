import type { Projections } from '../supervision/projection';

/** Art. 7 the provincial recommendation list of a year. */
export const recommendationProjections: Projections = {
  'space.recommended': async (tx, { payload: p, occurredAt }) => {
    const row = {
      filingNumber: p.filingNumber,
      spaceName: p.spaceName,
      organisationId: p.organisationId,
      divisionCode: p.divisionCode,
      grade: p.grade,
      score: p.score,
      recommendedOn: occurredAt.slice(0, 10),
    };
    await tx.recommendation.upsert({
      where: { year_spaceId: { year: p.year, spaceId: p.spaceId } },
      create: { year: p.year, spaceId: p.spaceId, ...row },
      update: row,
    });
  },
};
