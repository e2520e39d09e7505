import type { Prisma } from '.prisma/evaluation-client';
import type { Projections } from '../supervision/projection';

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Each change of a space as its workflow reports it (Art. 8). A space's change events share its
 * key on the space topic, so they arrive in order after the registration that creates the row.
 */
export const changeProjections: Projections = {
  'change.registered': async (tx, { payload: p }) => {
    await tx.changeReport.upsert({
      where: { id: p.changeId },
      create: {
        id: p.changeId,
        spaceId: p.spaceId,
        kind: p.kind,
        effectiveOn: p.effectiveOn,
        deadline: p.deadline,
        source: p.source,
        status: 'AWAITING_REPORT',
        change: json(p.change),
      },
      update: {},
    });
  },
  'change.reminded': async (tx, { payload: p }) => {
    await tx.changeReport.update({ where: { id: p.changeId }, data: { remindersSent: { increment: 1 } } });
  },
  'change.reported': async (tx, { payload: p }) => {
    await tx.changeReport.update({
      where: { id: p.changeId },
      data: {
        reportedOn: p.reportedOn,
        reportedInTime: p.inTime,
        evidence: json(p.evidence),
        change: json(p.change),
        ...(p.inTime ? { status: 'IN_REVIEW' } : {}),
      },
    });
  },
  'change.deadline.missed': async (tx, { payload: p }) => {
    await tx.changeReport.update({ where: { id: p.changeId }, data: { status: 'OVERDUE' } });
  },
  'change.late-accepted': async (tx, { payload: p }) => {
    await tx.changeReport.update({ where: { id: p.changeId }, data: { status: 'IN_REVIEW', acceptedLate: true, reasons: json(p.reasons) } });
  },
  'change.review.opened': async (tx, { payload: p }) => {
    await tx.changeReport.update({ where: { id: p.changeId }, data: { status: 'IN_REVIEW', checkOutcome: p.checkOutcome, failedRules: json(p.failedRules) } });
  },
  'change.approved': async (tx, { payload: p }) => {
    await tx.changeReport.update({
      where: { id: p.changeId },
      data: { status: 'APPROVED', decision: 'APPROVE', decidedOn: p.approvedOn, reasons: json(p.reasons), change: json(p.change) },
    });
  },
  'change.ended': async (tx, { payload: p }) => {
    await tx.changeReport.update({ where: { id: p.changeId }, data: { status: 'ENDED', decidedOn: p.endedOn } });
  },
  'space.revoked': async (tx, { payload: p }) => {
    if (!p.changeId) return;
    await tx.changeReport.update({
      where: { id: p.changeId },
      data: { status: 'REVOKED', decision: 'REVOKE', decidedOn: p.revokedOn, reasons: json(p.reasons) },
    });
  },
};
