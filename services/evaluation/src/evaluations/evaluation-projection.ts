import type { Prisma } from '.prisma/evaluation-client';
import type { Projections } from '../supervision/projection';

const json = (value: unknown) => value as Prisma.InputJsonValue;
const key = (p: { spaceId: string; year: number }) => ({ spaceId_year: { spaceId: p.spaceId, year: p.year } });
const reviewsOf = (value: Prisma.JsonValue | null) => (Array.isArray(value) ? (value as { kind: string }[]) : []);

/**
 * Each space's evaluation of a year as its workflow reports it. A space's evaluation events share
 * its key on one topic, so they arrive in order: the request creates the row, the rest update it.
 */
export const evaluationProjections: Projections = {
  'evaluation.self-report.requested': async (tx, { payload: p }) => {
    await tx.evaluation.upsert({
      where: key(p),
      create: { spaceId: p.spaceId, year: p.year, divisionCode: p.divisionCode, status: 'REQUESTED', dueOn: p.dueOn },
      update: {},
    });
  },
  'evaluation.self-report.reminded': async (tx, { payload: p }) => {
    await tx.evaluation.update({ where: key(p), data: { remindersSent: { increment: 1 } } });
  },
  'evaluation.self-report.filed': async (tx, { payload: p }) => {
    await tx.evaluation.update({ where: key(p), data: { reportFiledOn: p.filedOn, selfReport: json(p.report) } });
  },
  'evaluation.self-report.missed': async (tx, { payload: p }) => {
    await tx.evaluation.update({ where: key(p), data: { reportMissed: true } });
  },
  'evaluation.self-report.checked': async (tx, { payload: p, actor }) => {
    await tx.evaluation.update({
      where: key(p),
      data: { districtCheck: json({ outcome: p.outcome, reasons: p.reasons, checkedOn: p.checkedOn, by: actor.id }) },
    });
  },
  'evaluation.review.ordered': async (tx, { payload: p }) => {
    const e = await tx.evaluation.findUniqueOrThrow({ where: key(p) });
    const reviews = [
      ...reviewsOf(e.reviews),
      { kind: p.kind, assigneeId: p.assigneeId, orderedOn: p.orderedOn, findings: null, suggestedGrade: null, recordedOn: null },
    ];
    await tx.evaluation.update({ where: key(p), data: { reviews: json(reviews) } });
  },
  'evaluation.review.recorded': async (tx, { payload: p }) => {
    const e = await tx.evaluation.findUniqueOrThrow({ where: key(p) });
    const reviews = reviewsOf(e.reviews).map((r) =>
      r.kind === p.kind ? { ...r, findings: p.findings, suggestedGrade: p.suggestedGrade, recordedOn: p.recordedOn } : r,
    );
    await tx.evaluation.update({ where: key(p), data: { reviews: json(reviews) } });
  },
  'evaluation.ended': async (tx, { payload: p }) => {
    await tx.evaluation.update({ where: key(p), data: { status: 'ENDED', endedOn: p.endedOn } });
  },
  'evaluation.result.scored': async (tx, { payload: p }) => {
    await tx.evaluation.update({ where: key(p), data: { status: 'SCORED', score: p.score, scoredGrade: p.grade, scoringReasons: json(p.reasons) } });
  },
  'evaluation.result.confirmed': async (tx, { payload: p, actor }) => {
    await tx.evaluation.update({
      where: key(p),
      data: {
        status: 'CONFIRMED',
        grade: p.grade,
        corrected: p.corrected,
        correctionReasons: json(p.reasons),
        confirmedOn: p.confirmedOn,
        confirmedBy: actor.id,
      },
    });
  },
};
