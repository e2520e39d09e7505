import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail } from '@makerspace/audit';
import { validateUscc } from '@makerspace/policy';
import { ApiException, conflict, notFound, RequestActor, requireRole } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { checkingDistrict } from './checking-district';
import type { RegisterOrganisation } from './organisation.dto';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Register the applicant's organisation; its USCC must be a valid GB 32100-2015 code. The
   * applicant is bound to it (its tokens name the organisation) once the district has checked it.
   */
  async register(actor: RequestActor, input: RegisterOrganisation) {
    requireRole(actor, 'applicant');
    const uscc = validateUscc(input.uscc);
    if (!uscc.valid) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', [
        { field: 'uscc', rule: 'GB 32100-2015', message: `${uscc.reason.en} / ${uscc.reason.zh}` },
      ]);
    }
    const divisionCode = checkingDistrict(input.uscc, input.divisionCode);
    if (typeof divisionCode !== 'string') throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', [divisionCode]);
    const existing = await this.prisma.organisation.findUnique({ where: { uscc: input.uscc } });
    if (existing) throw conflict('ORGANISATION_EXISTS', 'an organisation with this unified social credit code is already registered');
    return this.prisma.$transaction(async (tx) => {
      const org = await tx.organisation.create({ data: { ...input, divisionCode, ownerUserId: actor.id } });
      await this.audit.append(tx, { actor, action: 'organisation.registered', subject: { type: 'organisation', id: org.id }, after: org });
      return org;
    });
  }

  /**
   * An applicant sees only its own organisation, a district officer one it checks or with an
   * application for a venue in its division; anyone else's answers 404, not 403.
   */
  async get(actor: RequestActor, id: string) {
    requireRole(actor, 'applicant', 'district-officer', 'city-officer');
    const org = await this.prisma.organisation.findUnique({ where: { id } });
    if (!org || (actor.role === 'applicant' && org.ownerUserId !== actor.id)) throw notFound('organisation');
    if (
      actor.role === 'district-officer' &&
      org.divisionCode !== actor.scope &&
      !(await this.prisma.application.findFirst({ where: { organisationId: id, divisionCode: actor.scope ?? '-' }, select: { id: true } }))
    ) {
      throw notFound('organisation');
    }
    return org;
  }
}
