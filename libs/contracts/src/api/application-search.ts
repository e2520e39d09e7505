import type { ApplicationStatus } from '../vocabulary/application-search';

/** One application as a search lists it (GET /applications), within the caller's scope. */
export interface ApplicationSummary {
  applicationId: string;
  spaceName: string;
  organisationName: string;
  uscc: string;
  divisionCode: string;
  status: ApplicationStatus;
  /** The review stage it is at (or was returned or stopped at); null before review and once filed. */
  stage: string | null;
  /** Calendar date YYYY-MM-DD; null for a draft. */
  submittedOn: string | null;
  updatedAt: string;
  /** The filed space's number (备案编号) once filed. */
  filingNumber: string | null;
  /** The earliest last day of its open review tasks, null when none is open. */
  dueOn: string | null;
  /** Under review (submitted or in review) with a task past its last day. */
  overdue: boolean;
}
