/**
 * Where a recipient's e-mail goes. Recipients are user ids or role scopes; the directory is a JSON
 * object in NOTIFY_MAIL_DIRECTORY (`{"district-officer:210302": ["a@b"], "user-1": ["c@d"]}`) until a
 * user directory service exists. A recipient without an address still gets the in-app notice.
 */
export class MailDirectory {
  private readonly map: Record<string, string[]>;

  constructor(json: string | undefined = process.env.NOTIFY_MAIL_DIRECTORY) {
    this.map = json ? (JSON.parse(json) as Record<string, string[]>) : {};
  }

  addressesOf(recipient: string): string[] {
    return this.map[recipient] ?? [];
  }
}
