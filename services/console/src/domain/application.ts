import type { ApplicationStatus, DeclaredFigures } from './filing';

/** An application as the intake service answers it (GET /applications/:id). */
export interface Application {
  id: string;
  organisationId: string;
  spaceName: string;
  venueAddress: string;
  divisionCode: string;
  figures: DeclaredFigures;
  status: ApplicationStatus;
  stage: string | null;
  revision: number;
  submittedOn: string | null;
  /** The ruleset version it was submitted under (null while a draft). */
  rulesetId: string | null;
  rulesetVersion: number | null;
  organisation: { id: string; name: string; uscc: string; registeredOn: string; independentLegalPerson: boolean };
}

export interface TimelineEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export interface EvidenceRecord {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** An official document the bureau issued for an application (docs/documents.md): the filing certificate. */
export interface OfficialDocumentRecord {
  kind: string;
  verificationCode: string;
  title: string;
  facts: Record<string, string>;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  issuedAt: string;
}

/** What the public verification answers for an uploaded file. */
export type DocumentVerdict =
  | { verdict: 'GENUINE'; document: OfficialDocumentRecord }
  | { verdict: 'ALTERED'; reason: string; document: OfficialDocumentRecord }
  | { verdict: 'UNKNOWN'; reason: string };

export const EVIDENCE_KINDS = [
  'business-licence',
  'lease-or-title',
  'floor-plan',
  'resident-agreement',
  'staff-contract',
  'mentor-letter',
  'activity-record',
  'financing-proof',
  'other',
] as const;
