import { GENESIS_HASH } from '../chain/audit-entry';
import type { AuditEntry } from '../chain/audit-entry';
import { AUDIT_CSV } from './audit-csv';

const entry: AuditEntry = {
  id: 'e1',
  seq: 7,
  at: new Date('2026-11-27T08:00:00.000Z'),
  actorId: '=cmd()',
  actorRole: 'city-officer',
  action: 'application.disqualified',
  subjectType: 'application',
  subjectId: 'app-1',
  reason: 'forged lease, and "staff" list',
  before: null,
  after: { status: 'DISQUALIFIED', banEndsOn: '2028-11-27' },
  prevHash: GENESIS_HASH,
  hash: 'f'.repeat(64),
};

describe('the audit export', () => {
  it('starts with a byte-order mark and names its columns', () => {
    expect(AUDIT_CSV.header()).toBe('\uFEFFseq,at,actor_id,actor_role,action,subject_type,subject_id,reason,before,after,id,prev_hash,hash\r\n');
  });

  it('writes an entry on one line, records as canonical JSON, quoting what needs it and neutralising formulas', () => {
    expect(AUDIT_CSV.lines([entry])).toBe(
      `7,2026-11-27T08:00:00.000Z,'=cmd(),city-officer,application.disqualified,application,app-1,"forged lease, and ""staff"" list",,"{""banEndsOn"":""2028-11-27"",""status"":""DISQUALIFIED""}",e1,${GENESIS_HASH},${'f'.repeat(64)}\r\n`,
    );
  });

  it('gives a space named =HYPERLINK(...) to the spreadsheet as text', () => {
    const line = AUDIT_CSV.lines([{ ...entry, actorId: 'officer-city', reason: '=HYPERLINK("http://evil.example","点击")' }]);
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"",""点击"")",`);
  });
});
