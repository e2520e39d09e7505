import { CHANGE_KINDS } from '@makerspace/contracts/browser';

/** A space's record as the evaluation service answers it (GET /spaces/:id). */
export type { SpaceRecordView as SpaceRecord } from '@makerspace/contracts/browser';

/** The kinds of change Art. 8 asks an operator to report within 3 months. */
export { CHANGE_KINDS };
export type ChangeKind = (typeof CHANGE_KINDS)[number];
