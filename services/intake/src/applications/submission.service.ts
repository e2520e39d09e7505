import { HttpStatus, Injectable } from '@nestjs/common';
import type { FieldIssue } from '@makerspace/contracts';
import { RequestActor, unprocessable, conflict } from '@makerspace/http';
import { CalendarDate, checkFilingConditions, DeclaredFigures, isBanActive, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import { FilingStarter } from '../filing/filing-starter';
import { IdempotencyService, Outcome } from '../idempotency/idempotency.service';
import { ApplicationsService } from './applications.service';

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
    private readonly starter: FilingStarter,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  submit(actor: RequestActor, id: string, idempotencyKey?: string): Promise<Outcome<Submitted>> {
    const key = idempotencyKey ? `${actor.id}:submit:${idempotencyKey}` : undefined;
    return this.idempotency.once(key, { op: 'submit', id }, async () => ({ status: HttpStatus.CREATED, body: await this.run(actor, id) }));
  }

  private async run(actor: RequestActor, id: string): Promise<Submitted> {
    const app = await this.applications.getOwn(actor, id);
    if (app.status !== 'DRAFT') throw conflict('ALREADY_SUBMITTED', `the application is already ${app.status}`);
    const org = app.organisation;
    const today = todayInShanghai(this.clock.now());

    const bans = await this.prisma.ban.findMany({ where: { uscc: org.uscc } });
    const ban = bans.find((b) => isBanActive({ decidedOn: b.decidedOn as CalendarDate, endsOn: b.endsOn as CalendarDate }, today));
    if (ban) {
      throw unprocessable('BANNED', 'the organisation may not apply while an Art. 9 ban is in force', [
        { field: 'organisationId', rule: 'ART9_BAN', article: 'Art. 9', message: `disqualified on ${ban.decidedOn}; no new application before ${ban.endsOn} / 因弄虚作假被取消资格，${ban.endsOn}前不得再次申请` },
      ]);
    }

    const ruleset = selectRuleset(RULESETS, today);
    const figures = DeclaredFigures.parse(app.figures);
    const report = checkFilingConditions(
      { organisation: { uscc: org.uscc, registeredOn: org.registeredOn as CalendarDate, independentLegalPerson: org.independentLegalPerson }, venue: { divisionCode: app.divisionCode }, figures, submittedOn: today },
      ruleset,
    );
    if (!report.passed) {
      const issues: FieldIssue[] = report.verdicts
        .filter((v) => !v.passed)
        .map((v) => ({ field: v.ruleId, rule: v.ruleId, article: v.article, message: `${v.message.en} / ${v.message.zh}` }));
      throw unprocessable('CONDITIONS_NOT_MET', 'the declared figures do not meet the filing conditions of Art. 5', issues);
    }

    const workflowId = await this.starter.start({
      applicationId: app.id,
      organisationId: org.id,
      applicantUserId: actor.id,
      uscc: org.uscc,
      spaceName: app.spaceName,
      divisionCode: app.divisionCode,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      submittedOn: today,
      figures: figures as unknown as Record<string, unknown>,
    });
    await this.prisma.application.update({
      where: { id: app.id },
      data: { status: 'SUBMITTED', stage: 'PRELIMINARY_REVIEW', rulesetId: ruleset.id, rulesetVersion: ruleset.version, submittedOn: today, revision: { increment: 1 } },
    });
    return { applicationId: app.id, status: 'SUBMITTED', workflowId, rulesetId: ruleset.id, rulesetVersion: ruleset.version, submittedOn: today };
  }
}
