import type { FieldIssue } from '@makerspace/contracts';
import { unprocessable } from '@makerspace/http';
import { CalendarDate, checkFilingConditions, DeclaredFigures, FilingCheckReport, Ruleset } from '@makerspace/policy';
import type { Application, Organisation } from '.prisma/intake-client';

/**
 * Art. 5 for an application: its organisation, its venue and the figures given, judged on `on`
 * under `ruleset`. Submission, the pre-check and the answer to a return all judge through here,
 * so the applicant is told the same thing at each.
 */
export function judgeFilingConditions(
  app: Application & { organisation: Organisation },
  figures: DeclaredFigures,
  on: CalendarDate,
  ruleset: Ruleset,
): FilingCheckReport {
  const org = app.organisation;
  return checkFilingConditions(
    {
      organisation: { uscc: org.uscc, registeredOn: org.registeredOn as CalendarDate, independentLegalPerson: org.independentLegalPerson },
      venue: { divisionCode: app.divisionCode },
      figures,
      submittedOn: on,
    },
    ruleset,
  );
}

/**
 * The refusal of figures that do not meet Art. 5: every failing condition with its article, each
 * on the declared figures (the field `figures` of the application).
 */
export function conditionsNotMet(report: FilingCheckReport) {
  const issues: FieldIssue[] = report.verdicts
    .filter((v) => !v.passed)
    .map((v) => ({ field: 'figures', rule: v.ruleId, article: v.article, message: v.message.en, messageZh: v.message.zh }));
  return unprocessable('CONDITIONS_NOT_MET', 'the declared figures do not meet the filing conditions of Art. 5', issues);
}
