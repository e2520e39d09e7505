/**
 * The directory of people the identity provider keeps: e-mail addresses for notices, the expert
 * pool, and the applicants' organisations. Read and written through a service account of the
 * provider; the system keeps no copy of its own.
 */

/** An expert of the pool: the provider's user, with the field and the organisation the bureau recorded. */
export interface Expert {
  /** The user's id at the provider: the `sub` of the expert's tokens, and the id a panel names. */
  id: string;
  name: string;
  field: string | null;
  organisation: string | null;
  /** The unified social credit code of the expert's organisation, when recorded: conflicts are found by it. */
  organisationUscc: string | null;
}

/** What the services read of the directory (an abstract class: the services inject it by this name). */
export abstract class DirectoryReader {
  /**
   * The addresses a notice's recipient is e-mailed at: a person's own (a user id), or those of
   * everyone at a desk (`city-officer`, `district-officer:210302`). None for nobody known.
   */
  abstract addressesOf(recipient: string): Promise<string[]>;
  /** The expert pool. */
  abstract experts(): Promise<Expert[]>;
}

/** What intake writes: the organisation an applicant acts for, once its district confirmed it. */
export abstract class OrganisationBinder {
  abstract bindOrganisation(userId: string, organisationId: string): Promise<void>;
}

/**
 * The directory could not be read or written (the provider is down, or refused the service
 * account). Its name marks it unavailable (@makerspace/contracts isUnavailable): the services
 * answer 503 with Retry-After, the e-mail relay tries again later.
 */
export class DirectoryUnavailable extends Error {
  override readonly name = 'DirectoryUnavailable';
}
