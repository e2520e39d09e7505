import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Space } from '.prisma/evaluation-client';
import { AuditedDecisions, DECISION_MEMO, START } from '@makerspace/audit';
import { SpaceChangeInput, spaceChangeWorkflow } from '@makerspace/contracts';
import { ApiException, conflict, RequestActor } from '@makerspace/http';
import { changeReportDeadline, RULESETS, RulesetError, selectRuleset } from '@makerspace/policy';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import type { ChangeRegistration } from './change.dto';

/**
 * Starts the Art. 8 clock of a change: `change-<spaceId>-<changeId>`, once per change id, with the
 * registration's audit entry in the same durable step (a start that found the change registered
 * already writes none).
 */
@Injectable()
export class ChangeRegistrationService {
  constructor(
    private readonly workflows: SupervisionWorkflows,
    private readonly decisions: AuditedDecisions,
  ) {}

  async register(actor: RequestActor, space: Space, body: ChangeRegistration) {
    if (space.status !== 'ACTIVE') throw conflict('REVOKED', `the space's status was revoked on ${space.revokedOn} (${space.revokedArticle})`);
    const byOperator = actor.role === 'applicant';
    if (!byOperator && body.evidence.length > 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', [
        { field: 'evidence', rule: 'OPERATOR_ONLY', message: "evidence comes with the operator's report of the change" },
      ]);
    }
    // Art. 8 re-judges the changed space under the rules in force on the day it took effect.
    const ruleset = this.rulesetOn(body.change.effectiveOn);
    const changeId = body.changeId ?? randomUUID();
    const input: SpaceChangeInput = {
      changeId,
      space: {
        spaceId: space.id,
        filingNumber: space.filingNumber,
        spaceName: space.name,
        organisationId: space.organisationId,
        divisionCode: space.divisionCode,
      },
      change: body.change,
      source: byOperator ? 'OPERATOR' : 'STAFF',
      registeredBy: actor,
      report: byOperator ? { evidence: body.evidence, ...(body.note ? { note: body.note } : {}) } : null,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
    };
    const workflowId = spaceChangeWorkflow.workflowId(input);
    const registration = { changeId, workflowId, source: input.source, deadline: changeReportDeadline(body.change.effectiveOn, ruleset) };
    const started = await this.decisions.take({
      workflowId,
      message: START,
      entry: {
        actor,
        action: 'change.registered',
        subject: { type: 'space', id: space.id },
        reason: body.note,
        outcome: { fields: { ...registration, change: body.change, evidence: body.evidence }, answerAs: 'started' },
      },
      send: (decisionId) => this.workflows.startOnce(spaceChangeWorkflow, input, { [DECISION_MEMO]: decisionId }),
      taken: (isNew) => isNew,
    });
    return { ...registration, started };
  }

  private rulesetOn(effectiveOn: string) {
    try {
      return selectRuleset(RULESETS, effectiveOn as never);
    } catch (e) {
      if (!(e instanceof RulesetError)) throw e;
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'NO_RULESET', e.message, [{ field: 'change.effectiveOn', rule: 'RULESET', message: e.message }]);
    }
  }
}
