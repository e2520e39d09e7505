import { Injectable } from '@nestjs/common';
import { RequestActor } from '@makerspace/http';
import { CalendarDate, checkFilingConditions, DeclaredFigures, explain, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { ApplicationsService } from './applications.service';

/** The policy's explanation of every Art. 5 condition, as if the application were submitted today. */
@Injectable()
export class PrecheckService {
  constructor(private readonly applications: ApplicationsService, private readonly clock: Clock) {}

  async explain(actor: RequestActor, id: string) {
    const app = await this.applications.getOwn(actor, id);
    const today = todayInShanghai(this.clock.now());
    const on = (app.submittedOn as CalendarDate | null) ?? today;
    const ruleset = selectRuleset(RULESETS, on);
    const org = app.organisation;
    const report = checkFilingConditions(
      {
        organisation: { uscc: org.uscc, registeredOn: org.registeredOn as CalendarDate, independentLegalPerson: org.independentLegalPerson },
        venue: { divisionCode: app.divisionCode },
        figures: DeclaredFigures.parse(app.figures),
        submittedOn: on,
      },
      ruleset,
    );
    return { report, explanation: { zh: explain(report, 'zh'), en: explain(report, 'en') } };
  }
}
