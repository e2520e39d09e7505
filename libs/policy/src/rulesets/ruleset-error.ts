export interface RulesetIssue {
  /** Where in the ruleset, e.g. 'conditions.minTotalAreaM2' or 'jurisdiction.divisions[2].code'. */
  readonly path: string;
  readonly message: string;
}

/** A ruleset that cannot be used: lists every issue found, not only the first. */
export class RulesetError extends Error {
  override readonly name = 'RulesetError';

  constructor(
    summary: string,
    readonly issues: readonly RulesetIssue[] = [],
  ) {
    super(issues.length === 0 ? summary : `${summary}:\n${issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`).join('\n')}`);
  }
}
