import { randomUUID } from 'node:crypto';
import type { Prisma } from '.prisma/review-client';
import { AuditTrail } from '@makerspace/audit';
import type { RequestActor } from '@makerspace/http';
import { PrismaService } from '../src/database/prisma.service';
import { TasksService } from '../src/tasks/tasks.service';

/**
 * The staff inbox by role and jurisdiction, and claims, in the review service's real test
 * database. Every scenario works on an application of its own and reads the inbox filtered to it.
 */
describe('the staff inbox', () => {
  const prisma = new PrismaService();
  const tasks = new TasksService(prisma, new AuditTrail(prisma));
  const applicationIds: string[] = [];

  const tiedong = (id = 'officer-tiedong'): RequestActor => ({ id, role: 'district-officer', scope: '210302' });
  const tiexi: RequestActor = { id: 'officer-tiexi', role: 'district-officer', scope: '210303' };
  const city = (id = 'officer-city'): RequestActor => ({ id, role: 'city-officer', scope: null });
  const expert = (id: string): RequestActor => ({ id, role: 'expert', scope: null });
  const secretary: RequestActor = { id: 'secretary', role: 'meeting-secretary', scope: null };

  async function anApplication(...rows: Partial<Prisma.TaskCreateManyInput>[]) {
    const applicationId = randomUUID();
    applicationIds.push(applicationId);
    const data = rows.map((r) => ({
      id: randomUUID(),
      applicationId,
      stage: 'PRELIMINARY_REVIEW',
      kind: 'preliminary-review',
      assigneeRole: 'district-officer',
      scope: '210302',
      titleZh: '初审并书面推荐',
      titleEn: 'Preliminary review and written recommendation',
      dueOn: '2026-12-12',
      ...r,
    }));
    await prisma.task.createMany({ data });
    return { applicationId, ids: data.map((d) => d.id) };
  }

  const inboxOf = async (actor: RequestActor, applicationId: string, filter = {}) => (await tasks.inbox(actor, { applicationId, ...filter })).map((t) => t.id);

  afterAll(async () => {
    await prisma.task.deleteMany({ where: { applicationId: { in: applicationIds } } });
    await prisma.application.deleteMany({ where: { id: { in: applicationIds } } });
    await prisma.$disconnect();
  });

  it("shows a district officer its own division's tasks only (Art. 6(1))", async () => {
    const { applicationId, ids } = await anApplication({ scope: '210302' }, { scope: '210303' });
    expect(await inboxOf(tiedong(), applicationId)).toEqual([ids[0]]);
    expect(await inboxOf(tiexi, applicationId)).toEqual([ids[1]]);
  });

  it('shows an expert only the scoring assigned to it', async () => {
    const seat = { stage: 'EXPERT_REVIEW', kind: 'expert-score', assigneeRole: 'expert', scope: null };
    const { applicationId, ids } = await anApplication({ ...seat, assigneeId: 'e1' }, { ...seat, assigneeId: 'e2' });
    expect(await inboxOf(expert('e1'), applicationId)).toEqual([ids[0]]);
    expect(await inboxOf(expert('e3'), applicationId)).toEqual([]);
  });

  it("shows the city its own tasks and tasks escalated from any district, but not a district's task in time", async () => {
    const { applicationId, ids } = await anApplication(
      { scope: '210302' },
      { scope: '210381', escalated: true, overdue: true },
      { stage: 'RE_REVIEW', kind: 're-review', assigneeRole: 'city-officer', scope: null },
    );
    expect((await inboxOf(city(), applicationId)).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await inboxOf({ id: 'officer-haicheng', role: 'district-officer', scope: '210381' }, applicationId)).toEqual([ids[1]]);
  });

  it("shows the meeting's secretary the director's meeting tasks", async () => {
    const { applicationId, ids } = await anApplication({ stage: 'DIRECTOR_MEETING', kind: 'director-meeting', assigneeRole: 'meeting-secretary', scope: null });
    expect(await inboxOf(secretary, applicationId)).toEqual(ids);
    expect(await inboxOf(city(), applicationId)).toEqual([]);
  });

  it('puts overdue tasks first, then the earliest due, and leaves decided tasks out', async () => {
    const city = { assigneeRole: 'city-officer', scope: null };
    const { applicationId, ids } = await anApplication(
      { ...city, dueOn: '2026-12-01' },
      { ...city, dueOn: '2026-12-20', overdue: true },
      { ...city, dueOn: '2026-11-30' },
      { ...city, dueOn: '2026-11-01', status: 'DONE' },
    );
    expect(await inboxOf({ id: 'c', role: 'city-officer', scope: null }, applicationId)).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('names each task by the space its application was submitted for, and by nothing before the submission is heard of', async () => {
    const { applicationId } = await anApplication({});
    expect((await tasks.inbox(tiedong(), { applicationId })).map((t) => t.spaceName)).toEqual([null]);
    await prisma.application.create({ data: { id: applicationId, divisionCode: '210302', spaceName: '鞍山创客工场' } });
    expect((await tasks.inbox(tiedong(), { applicationId })).map((t) => t.spaceName)).toEqual(['鞍山创客工场']);
  });

  it('filters by stage, kind and overdue', async () => {
    const cityTask = { assigneeRole: 'city-officer', scope: null };
    const { applicationId, ids } = await anApplication(
      { ...cityTask, stage: 'RE_REVIEW', kind: 're-review' },
      { ...cityTask, stage: 'ON_SITE_INSPECTION', kind: 'on-site-inspection', overdue: true },
    );
    expect(await inboxOf(city(), applicationId, { stage: 'RE_REVIEW' })).toEqual([ids[0]]);
    expect(await inboxOf(city(), applicationId, { kind: 'on-site-inspection' })).toEqual([ids[1]]);
    expect(await inboxOf(city(), applicationId, { overdue: true })).toEqual([ids[1]]);
    expect(await inboxOf(city(), applicationId, { overdue: false })).toEqual([ids[0]]);
  });

  it('refuses a district officer who names no division', async () => {
    await expect(tasks.inbox({ id: 'o', role: 'district-officer', scope: null }, {})).rejects.toMatchObject({ status: 403 });
  });

  it("answers 404 for a task on someone else's desk", async () => {
    const { ids } = await anApplication({ scope: '210302' });
    await expect(tasks.onDesk(tiexi, ids[0])).rejects.toMatchObject({ status: 404 });
    await expect(tasks.claim(tiexi, ids[0])).rejects.toMatchObject({ status: 404 });
    await expect(tasks.onDesk(city(), ids[0])).rejects.toMatchObject({ status: 404 });
  });

  it('records who claims a task, keeps it from the next officer, and lets the claimant release it', async () => {
    const { ids } = await anApplication({ scope: '210302' });
    expect(await tasks.claim(tiedong('o1'), ids[0])).toMatchObject({ claimedBy: 'o1', claimedAt: expect.any(Date) });
    await expect(tasks.claim(tiedong('o2'), ids[0])).rejects.toMatchObject({ status: 409 });
    await expect(tasks.release(tiedong('o2'), ids[0])).rejects.toMatchObject({ status: 409 });
    expect(await tasks.release(tiedong('o1'), ids[0])).toMatchObject({ claimedBy: null, claimedAt: null });
    expect(await tasks.claim(tiedong('o2'), ids[0])).toMatchObject({ claimedBy: 'o2' });
  });

  it('lets the city re-claim an escalated task a district officer holds', async () => {
    const { ids } = await anApplication({ scope: '210302', escalated: true });
    await tasks.claim(tiedong('o1'), ids[0]);
    expect(await tasks.claim(city('c1'), ids[0])).toMatchObject({ claimedBy: 'c1' });
    await expect(tasks.claim(tiedong('o1'), ids[0])).rejects.toMatchObject({ status: 409 });
  });

  it('gives a task claimed by two officers at once to exactly one of them', async () => {
    const { ids } = await anApplication({ scope: '210302' });
    const outcomes = await Promise.allSettled(['o1', 'o2', 'o3'].map((id) => tasks.claim(tiedong(id), ids[0])));
    const winners = outcomes.filter((o) => o.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const row = await prisma.task.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(row.claimedBy).toBe((winners[0] as PromiseFulfilledResult<{ claimedBy: string }>).value.claimedBy);
  });

  it('does not let a decided task be claimed', async () => {
    const { ids } = await anApplication({ scope: '210302', status: 'DONE' });
    await expect(tasks.claim(tiedong(), ids[0])).rejects.toMatchObject({ status: 409, response: { code: 'TASK_CLOSED' } });
  });
});
