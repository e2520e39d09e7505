import { GENESIS_HASH } from './audit-entry';
import { entryHash } from './entry-hash';

const entry = {
  id: 'a3c0a7e4-3f7e-4a53-9a43-1d0a5e2f6b11',
  seq: 1,
  at: new Date('2026-11-27T08:00:00.000Z'),
  actorId: 'officer-city',
  actorRole: 'city-officer',
  action: 'application.disqualified',
  subjectType: 'application',
  subjectId: 'app-1',
  reason: 'forged lease',
  before: { status: 'SUBMITTED' },
  after: { status: 'DISQUALIFIED' },
  prevHash: GENESIS_HASH,
};

describe('the hash of an audit entry', () => {
  it('is a sha256 in hex', () => {
    expect(entryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of keys inside before and after', () => {
    expect(entryHash({ ...entry, after: { b: 2, a: 1 } })).toBe(entryHash({ ...entry, after: { a: 1, b: 2 } }));
  });

  it.each([
    ['the reason', { reason: 'forged licence' }],
    ['the actor', { actorId: 'officer-other' }],
    ['the time', { at: new Date('2026-11-27T08:00:00.001Z') }],
    ['the record after', { after: { status: 'FILED' } }],
    ['the place in the chain', { seq: 2 }],
    ['the entry before it', { prevHash: '1'.repeat(64) }],
  ])('changes when %s changes', (_what, change) => {
    expect(entryHash({ ...entry, ...change })).not.toBe(entryHash(entry));
  });
});
