import type { ChangeReport, Evaluation, Space } from '.prisma/evaluation-client';
import type { SpaceChangeLine, SpaceEvaluationLine, SpaceRecord, SpaceRecordView } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';
import { declarationOf } from './space-declaration';

const evaluationLine = (e: Evaluation): SpaceEvaluationLine => ({
  year: e.year,
  status: e.status,
  dueOn: e.dueOn,
  reportFiledOn: e.reportFiledOn,
  reportMissed: e.reportMissed,
  /** The performance report as filed, for the staff who check and score it (policy SelfReport). */
  selfReport: e.selfReport,
  score: e.score,
  scoredGrade: e.scoredGrade,
  grade: e.grade,
  corrected: e.corrected,
  confirmedOn: e.confirmedOn,
});

const changeLine = (c: ChangeReport): SpaceChangeLine => ({
  changeId: c.id,
  kind: c.kind,
  effectiveOn: c.effectiveOn,
  deadline: c.deadline,
  source: c.source,
  status: c.status,
  change: c.change,
  reportedOn: c.reportedOn,
  reportedInTime: c.reportedInTime,
  acceptedLate: c.acceptedLate,
  checkOutcome: c.checkOutcome,
  decision: c.decision,
  decidedOn: c.decidedOn,
  reasons: c.reasons,
});

export async function spaceRecord(prisma: PrismaService, space: Space): Promise<SpaceRecordView> {
  const [evaluations, changes] = await Promise.all([
    prisma.evaluation.findMany({ where: { spaceId: space.id }, orderBy: { year: 'asc' } }),
    prisma.changeReport.findMany({ where: { spaceId: space.id }, orderBy: { effectiveOn: 'asc' } }),
  ]);
  return {
    spaceId: space.id,
    filingNumber: space.filingNumber,
    spaceName: space.name,
    organisationId: space.organisationId,
    divisionCode: space.divisionCode,
    filedOn: space.filedOn,
    status: space.status as SpaceRecord['status'],
    revocation: space.status === 'REVOKED' ? { on: space.revokedOn!, article: space.revokedArticle!, reason: space.revokedReason! } : null,
    declaration: declarationOf(space),
    figures: space.figures,
    grades: Object.fromEntries(evaluations.filter((e) => e.status === 'CONFIRMED').map((e) => [String(e.year), e.grade!])),
    evaluations: evaluations.map(evaluationLine),
    changes: changes.map(changeLine),
  };
}
