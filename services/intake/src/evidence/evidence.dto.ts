import { z } from 'zod';

/** The documents staff verify the declared figures against (Art. 5, Art. 6(2)). */
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

/** The form fields sent with an evidence file. */
export const EvidenceForm = z.object({ kind: z.enum(EVIDENCE_KINDS) });
export type EvidenceForm = z.infer<typeof EvidenceForm>;
