import type { Role } from '@makerspace/contracts/browser';

/** Who the console acts as: an id, a role, and the scope the role applies to. */
export interface Person {
  id: string;
  role: Role;
  /** An organisation id for an applicant (supervision), a division code for a district officer. */
  scope: string | null;
}

/** A signed-in person, the bearer token the issuer gave and when it expires. */
export interface Session {
  person: Person;
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const KEY = 'makerspace-console.session';

/** The session kept for the browser tab (sessionStorage): gone when the tab closes. */
export class SessionStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {}

  read(now = Date.now()): Session | null {
    const text = this.storage.getItem(KEY);
    if (!text) return null;
    try {
      const session = JSON.parse(text) as Session;
      if (session.expiresAt <= now) {
        this.clear();
        return null;
      }
      return session;
    } catch {
      this.clear();
      return null;
    }
  }

  write(session: Session): void {
    this.storage.setItem(KEY, JSON.stringify(session));
  }

  clear(): void {
    this.storage.removeItem(KEY);
  }
}
