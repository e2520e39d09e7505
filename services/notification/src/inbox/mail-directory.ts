/**
 * Where a recipient's e-mail goes. Recipients are user ids (applicants, named officers, experts)
 * or desks (`district-officer:210302`, `city-officer`); the directory is a JSON object in
 * NOTIFY_MAIL_DIRECTORY (`{"district-officer:210302": ["a@b"], "user-1": ["c@d"]}`) until a user
 * directory service exists (libs/config reads and checks it). The filing events carry no e-mail address (an applicant is named by
 * its user id only), so an applicant's address is configured here like anyone else's. A recipient
 * without an address still gets the in-app notice.
 */
export class MailDirectory {
  constructor(private readonly map: Record<string, string[]> = {}) {}

  addressesOf(recipient: string): string[] {
    return this.map[recipient] ?? [];
  }
}
