import { checkFilingConditions, DeclaredFigures, RULESETS, selectRuleset, type CalendarDate, type ConditionsReport } from '@makerspace/policy';

/** The organisation's part of the declaration, as registered with intake. */
export interface DeclaringOrganisation {
  uscc: string;
  registeredOn: string;
  independentLegalPerson: boolean;
}

export type LivePrecheck =
  | { kind: 'judged'; report: ConditionsReport }
  /** Figures not yet complete enough to judge: the paths still to fill in. */
  | { kind: 'incomplete'; missing: string[] };

/**
 * Art. 5 judged in the browser as the applicant types, by the same rules the intake service
 * applies at submission (as if submitted today, under the ruleset in force today).
 */
export function livePrecheck(organisation: DeclaringOrganisation, divisionCode: string, figures: DeclaredFigures, today: CalendarDate): LivePrecheck {
  const parsed = DeclaredFigures.safeParse(figures);
  if (!parsed.success) return { kind: 'incomplete', missing: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] };
  const ruleset = selectRuleset(RULESETS, today);
  const report = checkFilingConditions(
    {
      organisation: {
        uscc: organisation.uscc,
        registeredOn: organisation.registeredOn as CalendarDate,
        independentLegalPerson: organisation.independentLegalPerson,
      },
      venue: { divisionCode },
      figures: parsed.data,
      submittedOn: today,
    },
    ruleset,
  );
  return { kind: 'judged', report };
}
