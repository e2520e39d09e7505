/** What the intake service hands the filing workflow when an application is submitted. */
export interface FilingInput {
  applicationId: string;
  organisationId: string;
  applicantUserId: string;
  uscc: string;
  spaceName: string;
  divisionCode: string;
  rulesetId: string;
  rulesetVersion: number;
  submittedOn: string;
}
