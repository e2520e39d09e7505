import { SpaceRef } from '../events/supervision-shapes';

/**
 * What the supervision workflows ask the evaluation service (through their activities), in the
 * shape its HTTP API answers.
 */

/** A page of the spaces under supervision, in id order; `next` is the cursor of the following page. */
export interface SupervisedSpacesPage {
  spaces: SpaceRef[];
  next: string | null;
}

/** The space record: what the workflows need to apply Art. 7 and re-check an Art. 8 change. */
export interface SpaceRecord extends SpaceRef {
  status: 'ACTIVE' | 'REVOKED';
  filedOn: string;
  revocation: { on: string; article: string; reason: string } | null;
  /** The space as last declared (organisation, venue, figures: policy `SpaceDeclaration`), if known. */
  declaration: Record<string, unknown> | null;
  /** Confirmed grades by evaluated year. */
  grades: Record<string, string>;
  /** The space's evaluations and changes with where each stands (their workflows' ids follow from them). */
  evaluations: { year: number; status: string }[];
  changes: { changeId: string; status: string }[];
}
