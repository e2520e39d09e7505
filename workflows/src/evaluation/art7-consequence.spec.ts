import { ANSHAN_2020 } from '@makerspace/policy';
import { art7Consequence } from './art7-consequence';

describe('Art. 7 after a confirmed grade', () => {
  it('revokes on a second consecutive unqualified year', () => {
    const c = art7Consequence(2027, 'D', { 2026: 'D' }, ANSHAN_2020);
    expect(c).toMatchObject({ kind: 'REVOKE', check: { unqualifiedYears: [2026, 2027] } });
  });

  it('does not revoke an unqualified year after a qualified one', () => {
    expect(art7Consequence(2027, 'D', { 2026: 'C' }, ANSHAN_2020).kind).toBe('NONE');
  });

  it('does not revoke a qualified year after an unqualified one', () => {
    expect(art7Consequence(2027, 'C', { 2026: 'D' }, ANSHAN_2020).kind).toBe('NONE');
  });

  it('revokes when the earlier of two unqualified years is confirmed last', () => {
    expect(art7Consequence(2026, 'D', { 2027: 'D' }, ANSHAN_2020)).toMatchObject({ kind: 'REVOKE', check: { unqualifiedYears: [2026, 2027] } });
  });

  it('revokes two unqualified years confirmed late even when a later year has recovered', () => {
    expect(art7Consequence(2026, 'D', { 2025: 'D', 2027: 'A' }, ANSHAN_2020).kind).toBe('REVOKE');
  });

  it('does not count a year without evaluation as unqualified', () => {
    expect(art7Consequence(2027, 'D', { 2025: 'D' }, ANSHAN_2020).kind).toBe('NONE');
  });

  it('puts grade A on the provincial recommendation list', () => {
    expect(art7Consequence(2027, 'A', { 2026: 'D' }, ANSHAN_2020).kind).toBe('RECOMMEND');
    expect(art7Consequence(2027, 'B', {}, ANSHAN_2020).kind).toBe('NONE');
  });
});
