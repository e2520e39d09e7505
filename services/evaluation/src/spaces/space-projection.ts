import type { Prisma } from '.prisma/evaluation-client';
import { appendAuditEntry, statedReasons } from '@makerspace/audit';
import { applyChange, SelfReport, SpaceChange } from '@makerspace/policy';
import type { Projections, Tx } from '../supervision/projection';
import { declarationOf } from './space-declaration';

/** Record a newer statement of the space; an older one (confirmed late) never overwrites it. */
async function declare(tx: Tx, spaceId: string, asOf: string, parts: { organisation?: object; figures?: object; organisationId?: string }) {
  await tx.space.updateMany({
    where: { id: spaceId, OR: [{ declaredAsOf: null }, { declaredAsOf: { lte: asOf } }] },
    data: { ...(parts as Record<string, Prisma.InputJsonValue>), declaredAsOf: asOf },
  });
}

/**
 * The record of a filed space: taken under supervision when filed; its figures restated by each
 * confirmed performance report and each approved change; revoked with the article and reason.
 */
export const spaceProjections: Projections = {
  'application.filed': async (tx, { payload: p }) => {
    // The figures in force on filing day are the space's first statement, so a change is re-checked from the start.
    const declared = { ...(p.figures ? { figures: p.figures as Prisma.InputJsonValue } : {}), ...(p.organisation ? { organisation: p.organisation } : {}) };
    await tx.space.upsert({
      where: { id: p.spaceId },
      create: {
        id: p.spaceId,
        filingNumber: p.filingNumber,
        applicationId: p.applicationId,
        organisationId: p.organisationId,
        name: p.spaceName,
        divisionCode: p.divisionCode,
        filedOn: p.filedOn,
        ...declared,
        ...(p.figures ? { declaredAsOf: p.filedOn } : {}),
      },
      update: {},
    });
  },

  'evaluation.result.confirmed': async (tx, { payload: p }) => {
    const evaluation = await tx.evaluation.findUnique({ where: { spaceId_year: { spaceId: p.spaceId, year: p.year } } });
    const report = SelfReport.safeParse(evaluation?.selfReport);
    if (!report.success) return;
    const { organisation, figures } = report.data;
    await declare(tx, p.spaceId, `${p.year}-12-31`, { organisation, figures });
  },

  'change.approved': async (tx, { payload: p }) => {
    const change = SpaceChange.parse(p.change);
    const space = await tx.space.findUnique({ where: { id: p.spaceId } });
    if (!space) return;
    if (change.kind === 'NAME') {
      await tx.space.update({ where: { id: p.spaceId }, data: { name: change.name } });
      return;
    }
    if (change.kind === 'LOCATION') await tx.space.update({ where: { id: p.spaceId }, data: { divisionCode: change.venue.divisionCode } });
    const current = declarationOf(space);
    if (change.kind === 'OPERATING_ORGANISATION') {
      // A new operator known to the system takes the space over: its people file and report from now on.
      await declare(tx, p.spaceId, change.effectiveOn, {
        organisation: change.organisation,
        ...(change.organisationId ? { organisationId: change.organisationId } : {}),
      });
    } else if (current) {
      await declare(tx, p.spaceId, change.effectiveOn, { figures: applyChange(current, change).figures });
    }
  },

  'space.revoked': async (tx, { payload: p, actor }) => {
    const before = await tx.space.findUnique({ where: { id: p.spaceId } });
    const revoked = await tx.space.updateMany({
      where: { id: p.spaceId, status: 'ACTIVE' },
      data: { status: 'REVOKED', revokedOn: p.revokedOn, revokedArticle: p.article, revokedReason: p.reasons.map((r) => r.text).join('; ') },
    });
    // The space record changes here, so its entry is written with it (the decision behind it has its own).
    if (revoked.count === 1) {
      const after = await tx.space.findUnique({ where: { id: p.spaceId } });
      await appendAuditEntry(tx, {
        actor,
        action: 'space.revoked',
        subject: { type: 'space', id: p.spaceId },
        reason: `${p.article}: ${statedReasons(p.reasons) ?? ''}`,
        before,
        after,
      });
    }
  },
};
