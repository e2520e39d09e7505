import { verifyChain } from '@makerspace/audit';
import { addCalendarMonths } from '@makerspace/policy';
import { SupervisionStack, supervisors } from './support/supervision-stack';

interface Entry {
  actorId: string;
  actorRole: string;
  action: string;
  reason: string | null;
  before: { status?: string } | null;
  after: Record<string, unknown> | null;
}

const evidence = [{ documentId: 'doc-lease-2', title: '新租赁合同 / new lease' }];

/**
 * The evaluation service's audit trail on real servers: an operator's change report, the city
 * officer's decision to revoke with its reasons, the space record revoked as the revocation event
 * arrives, and a cycle opened by hand; each entry with its actor, and the chain whole.
 */
describe("the evaluation service's audit trail", () => {
  const stack = new SupervisionStack();
  const city = () => stack.as(supervisors.cityOfficer);
  const trailOf = async (subject: string) => (await city().get<Entry[]>(`/audit?subject=${subject}`)).body;

  beforeAll(() => stack.start('audit'), 180_000);
  afterAll(() => stack.stop());

  it('records the report, the decision with its reasons, and the revocation of the space record', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const reported = await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'AREA', effectiveOn: today, areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } },
      evidence,
    });
    expect(reported.status).toBe(202);
    const { changeId } = reported.body;
    await stack.recorded(
      'the review to open',
      async () => (await city().get<{ reviewOpenedOn: string | null }>(`/spaces/${space.id}/changes/${changeId}`)).body.reviewOpenedOn,
    );
    const reasons = [{ text: '场地面积减至450平方米 / the venue is down to 450 m²', article: 'Art. 5(2)' }];
    expect((await city().post(`/spaces/${space.id}/changes/${changeId}/decision`, { outcome: 'REVOKE', reasons })).status).toBe(200);

    const trail = await stack.recorded('the revocation in the trail', async () => {
      const entries = await trailOf(space.id);
      return entries.some((e) => e.action === 'space.revoked') && entries;
    });
    expect(trail.map((e) => e.action)).toEqual(['change.registered', 'change.decided', 'space.revoked']);
    const [registered, decided, revoked] = trail;
    expect(registered).toMatchObject({
      actorId: supervisors.operatorOf(space.organisationId).id,
      actorRole: 'applicant',
      after: { changeId, source: 'OPERATOR' },
    });
    expect(decided).toMatchObject({
      actorId: 'officer-city',
      actorRole: 'city-officer',
      reason: '场地面积减至450平方米 / the venue is down to 450 m² (Art. 5(2))',
      after: { changeId, decision: { outcome: 'REVOKE' } },
    });
    expect(revoked).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'REVOKED', revokedArticle: 'Art. 8' } });
    expect(revoked.reason).toMatch(/^Art\. 8: .*450/);
  });

  it('records a cycle opened by hand, once', async () => {
    const scheduler = stack.as(supervisors.scheduler);
    // Each run has a Temporal test server of its own, where 2031 opens again: the entry is this run's.
    const from = encodeURIComponent(new Date().toISOString());
    expect((await scheduler.post<{ opened: boolean }>('/evaluation-cycles/2031')).body.opened).toBe(true);
    expect((await scheduler.post<{ opened: boolean }>('/evaluation-cycles/2031')).body.opened).toBe(false);
    expect(await trailOf(`2031&from=${from}`)).toEqual([
      expect.objectContaining({ action: 'evaluation-cycle.opened', actorId: 'scheduler-1', actorRole: 'scheduler' }),
    ]);
  });

  it('keeps a chain that verifies', async () => {
    expect((await verifyChain(stack.db)).broken).toBeNull();
  });
});
