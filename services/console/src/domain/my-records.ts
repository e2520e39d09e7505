/**
 * The organisations and applications a person created from this browser. The intake service
 * answers an applicant's own records by id, and has no list of them, so the console remembers
 * the ids (localStorage, per person).
 */
export interface MyRecords {
  organisations: { id: string; name: string }[];
  applications: { id: string; spaceName: string }[];
}

export class MyRecordsStore {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly personId: string,
  ) {}

  private get key() {
    return `makerspace-console.records.${this.personId}`;
  }

  read(): MyRecords {
    try {
      const parsed = JSON.parse(this.storage.getItem(this.key) ?? '') as MyRecords;
      return { organisations: parsed.organisations ?? [], applications: parsed.applications ?? [] };
    } catch {
      return { organisations: [], applications: [] };
    }
  }

  addOrganisation(org: { id: string; name: string }): void {
    const records = this.read();
    this.storage.setItem(this.key, JSON.stringify({ ...records, organisations: [...records.organisations.filter((o) => o.id !== org.id), org] }));
  }

  addApplication(app: { id: string; spaceName: string }): void {
    const records = this.read();
    this.storage.setItem(this.key, JSON.stringify({ ...records, applications: [app, ...records.applications.filter((a) => a.id !== app.id)] }));
  }
}
