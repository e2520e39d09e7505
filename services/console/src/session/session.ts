import type { Role } from '@makerspace/contracts/browser';

/** Who the console acts as: an id, a role, and the scope the role applies to. */
export interface Person {
  /** The identity provider's subject (`sub`): the id the services know the person by. */
  id: string;
  role: Role;
  /** An organisation id for an applicant bound to one, a division code for a district officer. */
  scope: string | null;
  /** How the person is named (the ID token's name, else the username). */
  name: string;
}

/** A signed-in person and the access token the identity provider gave, until it expires. */
export interface Session {
  person: Person;
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}
