import { HttpStatus, Injectable } from '@nestjs/common';
import { Prisma } from '.prisma/intake-client';
import { AuditedDecisions, DECISION_MEMO, START } from '@makerspace/audit';
import { filingWorkflowId } from '@makerspace/contracts';
import { RequestActor, requireRole, unprocessable, conflict } from '@makerspace/http';
import { banWords, CalendarDate, DeclaredFigures, isBanActive, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import { WORKFLOW_TRANSACTION } from '../filing/update-timeout';
import { IdempotencyService, Outcome } from '../idempotency/idempotency.service';
import { SUBMITTED, SubmissionClaim } from './application-settlements';
import { ApplicationsService } from './applications.service';
import { conditionsNotMet, judgeFilingConditions } from './filing-conditions';

export interface Submitted {
  applicationId: string;
  status: string;
  workflowId: string;
  rulesetId: string;
  rulesetVersion: number;
  submittedOn: string;
}

/**
 * Submission (Art. 6(1)): refused while an Art. 9 ban is in force, or when the declared figures do
 * not meet Art. 5 (every failing condition is listed with its article); otherwise the filing
 * workflow starts and the application keeps the ruleset version in force on the day of submission.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsService,
    private readonly filing: FilingWorkflow,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly decisions: AuditedDecisions,
  ) {}

  submit(actor: RequestActor, id: string, idempotencyKey?: string): Promise<Outcome<Submitted>> {
    requireRole(actor, 'applicant');
    const key = idempotencyKey ? `${actor.id}:submit:${idempotencyKey}` : undefined;
    return this.idempotency.once(key, { op: 'submit', id }, async () => ({ status: HttpStatus.CREATED, body: await this.run(actor, id) }));
  }

  private async run(actor: RequestActor, id: string): Promise<Submitted> {
    const app = await this.applications.getOwn(actor, id);
    if (app.status !== 'DRAFT') throw conflict('ALREADY_SUBMITTED', `the application is already ${app.status}`);
    // The draft as read is also the row before the claim below: every change of a draft raises its
    // revision, and the claim takes only that revision.
    const { organisation: org, ...before } = app;
    const today = todayInShanghai(this.clock.now());

    const bans = await this.prisma.ban.findMany({ where: { uscc: org.uscc } });
    const ban = bans.find((b) => isBanActive({ decidedOn: b.decidedOn as CalendarDate, endsOn: b.endsOn as CalendarDate }, today));
    if (ban) {
      const banned = banWords(ban.endsOn as CalendarDate);
      throw unprocessable('BANNED', 'the organisation may not apply while an Art. 9 ban is in force', [
        {
          field: 'organisationId',
          rule: 'ART9_BAN',
          article: 'Art. 9',
          message: `disqualified for fraud on ${ban.decidedOn}; ${banned.en} / ${ban.decidedOn}因弄虚作假被取消资格，${banned.zh}`,
        },
      ]);
    }

    const ruleset = selectRuleset(RULESETS, today);
    const figures = DeclaredFigures.parse(app.figures);
    const report = judgeFilingConditions(app, figures, today, ruleset);
    if (!report.passed) throw conditionsNotMet(report);

    // The draft is claimed and the procedure started together, with the entry (AuditedDecisions):
    // a draft withdrawn or edited meanwhile is not submitted, a procedure that could not start
    // leaves the draft as it was, and one started by a process that died before its commit is
    // found by its memo and the claim settled then. One submission per application: its decision
    // id is the application's, so a retry is the same decision.
    const claim: SubmissionClaim = { revision: app.revision, rulesetId: ruleset.id, rulesetVersion: ruleset.version, submittedOn: today };
    const pending = await this.decisions.journal({
      id: `submission-${app.id}`,
      workflowId: filingWorkflowId(app.id),
      message: START,
      entry: { actor, action: SUBMITTED, subject: { type: 'application', id: app.id }, before, outcome: { fields: { ...claim } } },
    });
    const workflowId = await this.prisma.$transaction(async (tx) => {
      await tx.application
        .update({ where: { id: app.id, status: 'DRAFT', revision: app.revision }, data: { status: 'SUBMITTED', revision: { increment: 1 } } })
        .catch(staleUnlessClaimed);
      const workflowId = await this.decisions.send(pending, {
        send: (decisionId) =>
          this.filing.start(
            {
              applicationId: app.id,
              organisationId: org.id,
              applicantUserId: actor.id,
              uscc: org.uscc,
              organisation: { uscc: org.uscc, registeredOn: org.registeredOn, independentLegalPerson: org.independentLegalPerson },
              spaceName: app.spaceName,
              divisionCode: app.divisionCode,
              rulesetId: ruleset.id,
              rulesetVersion: ruleset.version,
              submittedOn: today,
              figures: figures as unknown as Record<string, unknown>,
            },
            { [DECISION_MEMO]: decisionId },
          ),
      });
      await this.decisions.settle(tx, pending, workflowId);
      return workflowId;
    }, WORKFLOW_TRANSACTION);
    return { applicationId: app.id, status: 'SUBMITTED', workflowId, rulesetId: ruleset.id, rulesetVersion: ruleset.version, submittedOn: today };
  }
}

/** The claim matched no row: the draft changed (or left DRAFT) since it was read. */
function staleUnlessClaimed(e: unknown): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2025') {
    throw conflict('STALE_REVISION', 'the application changed while it was being submitted; reload it and submit again');
  }
  throw e;
}
