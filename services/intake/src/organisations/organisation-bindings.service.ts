import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { conflict, notFound, RequestActor } from '@makerspace/http';
import { OrganisationBinder } from '@makerspace/identity';
import { PrismaService } from '../database/prisma.service';
import type { BindingDecision, BindingsFilter } from './organisation.dto';

/**
 * Binding an applicant to the organisation it registered, after the organisation's district has
 * checked it (the business licence against the registration): until then the applicant's tokens
 * name no organisation, so its scope is never what it asserts but what the district confirmed.
 * A confirmation writes the organisation into the applicant's account at the identity provider
 * (its tokens' `organisation` claim from then on), then records the decision with its audit entry.
 */
@Injectable()
export class OrganisationBindings {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditTrail,
    private readonly binder: OrganisationBinder,
  ) {}

  /** The organisations a district checks (the city sees every district's), oldest first. */
  list(actor: RequestActor, filter: BindingsFilter) {
    const division = actor.role === 'district-officer' ? { divisionCode: actor.scope ?? '-' } : {};
    return this.prisma.organisation.findMany({ where: { binding: filter.status, ...division }, orderBy: { createdAt: 'asc' }, take: 200 });
  }

  async decide(actor: RequestActor, id: string, decision: BindingDecision) {
    const before = await this.prisma.organisation.findUnique({ where: { id } });
    if (!before || before.divisionCode !== actor.scope) throw notFound('organisation');
    if (before.binding !== 'AWAITING_CHECK') throw conflict('BINDING_DECIDED', `the binding was decided already: ${before.binding}`);
    // At the provider first: a decision is recorded only once the account acts for the
    // organisation; if recording then fails, deciding again writes the same attribute and records.
    if (decision.outcome === 'CONFIRM') await this.binder.bindOrganisation(before.ownerUserId, before.id);
    return this.prisma.$transaction(async (tx) => {
      const binding = decision.outcome === 'CONFIRM' ? 'CONFIRMED' : 'REFUSED';
      const { count } = await tx.organisation.updateMany({
        where: { id, binding: 'AWAITING_CHECK' },
        data: { binding, bindingDecidedBy: actor.id, bindingDecidedAt: new Date(), bindingReason: decision.reason ?? null },
      });
      if (count === 0) throw conflict('BINDING_DECIDED', 'the binding was decided meanwhile');
      const after = await tx.organisation.findUniqueOrThrow({ where: { id } });
      await this.audit.append(tx, {
        actor,
        action: `organisation.binding-${binding.toLowerCase()}`,
        subject: { type: 'organisation', id },
        reason: decision.reason ?? null,
        before,
        after,
      });
      return after;
    });
  }
}
