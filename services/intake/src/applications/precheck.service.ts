import { Injectable } from '@nestjs/common';
import { RequestActor } from '@makerspace/http';
import { DeclaredFigures, explain, todayInShanghai } from '@makerspace/policy';
import { Clock } from '../clock/clock';
import { ApplicationsService } from './applications.service';
import { judgeFilingConditions } from './filing-conditions';
import { judgedUnder } from './judged-under';

/**
 * The policy's explanation of every Art. 5 condition: for a draft as if it were submitted today,
 * for a submitted application as of its submission under the ruleset it was submitted under.
 */
@Injectable()
export class PrecheckService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly clock: Clock,
  ) {}

  async explain(actor: RequestActor, id: string) {
    const app = await this.applications.getOwn(actor, id);
    const { on, ruleset } = judgedUnder(app, todayInShanghai(this.clock.now()));
    const report = judgeFilingConditions(app, DeclaredFigures.parse(app.figures), on, ruleset);
    return { report, explanation: { zh: explain(report, 'zh'), en: explain(report, 'en') } };
  }
}
