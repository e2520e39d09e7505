import { randomUUID } from 'node:crypto';
import { verifyChain } from '@makerspace/audit';
import { bootService, BootedService, httpClient, signedIn, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { PrismaService } from '../src/database/prisma.service';
import { REVIEW_SERVICE } from '../src/service';

interface Entry {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  subjectId: string;
  before: { claimedBy: string | null } | null;
  after: { claimedBy: string | null } | null;
}

/**
 * The review service's audit trail, as the city reads it: a district officer claims a task and
 * gives it back; both are recorded with who, when and the task before and after, and only a city
 * officer may read or export the trail.
 */
describe("the review service's audit trail", () => {
  let review: BootedService;
  const prisma = new PrismaService();
  const taskId = randomUUID();
  const officer = { id: unique('officer-tiedong'), role: 'district-officer', scope: '210302' };
  const city = { id: 'officer-city', role: 'city-officer' };

  beforeAll(async () => {
    process.env.REVIEW_GROUP_ID = unique('review-audit');
    review = await bootService(AppModule, REVIEW_SERVICE);
    await prisma.task.create({
      data: {
        id: taskId,
        applicationId: randomUUID(),
        stage: 'PRELIMINARY_REVIEW',
        kind: 'preliminary-review',
        assigneeRole: 'district-officer',
        scope: '210302',
        titleZh: '初审并书面推荐',
        titleEn: 'Preliminary review and written recommendation',
        dueOn: '2026-12-12',
      },
    });
    const desk = httpClient(review.url, officer);
    expect((await desk.post(`/tasks/${taskId}/claim`)).status).toBe(200);
    expect((await desk.post(`/tasks/${taskId}/release`)).status).toBe(200);
  });

  afterAll(async () => {
    await review?.close();
    await prisma.task.deleteMany({ where: { id: taskId } });
    await prisma.$disconnect();
  });

  it('records the claim and its release with the officer, the role and the task before and after', async () => {
    const trail = await httpClient(review.url, city).get<Entry[]>(`/audit?subject=${taskId}`);
    expect(trail.status).toBe(200);
    expect(trail.body.map((e) => e.action)).toEqual(['task.claimed', 'task.released']);
    const [claimed, released] = trail.body;
    expect(claimed).toMatchObject({ actorId: officer.id, actorRole: 'district-officer', before: { claimedBy: null }, after: { claimedBy: officer.id } });
    expect(released).toMatchObject({ actorId: officer.id, before: { claimedBy: officer.id }, after: { claimedBy: null } });
    expect(released.seq).toBeGreaterThan(claimed.seq);
  });

  it('writes nothing for a release of a task nobody holds', async () => {
    expect((await httpClient(review.url, officer).post(`/tasks/${taskId}/release`)).status).toBe(200);
    expect((await httpClient(review.url, city).get<Entry[]>(`/audit?subject=${taskId}`)).body).toHaveLength(2);
  });

  it('finds entries by time: from a date in Shanghai, and before an instant', async () => {
    const [claimed] = (await httpClient(review.url, city).get<Entry[]>(`/audit?subject=${taskId}`)).body;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const fromToday = await httpClient(review.url, city).get<Entry[]>(`/audit?subject=${taskId}&from=${today}&to=${today}`);
    expect(fromToday.body).toHaveLength(2);
    const beforeClaim = await httpClient(review.url, city).get<Entry[]>(`/audit?subject=${taskId}&to=${encodeURIComponent(claimed.at)}`);
    expect(beforeClaim.body).toEqual([]);
  });

  it('pages through the entries in chain order', async () => {
    const officerCity = httpClient(review.url, city);
    const [first] = (await officerCity.get<Entry[]>(`/audit?subject=${taskId}&limit=1`)).body;
    expect(first.action).toBe('task.claimed');
    const next = (await officerCity.get<Entry[]>(`/audit?subject=${taskId}&limit=1&after=${first.seq}`)).body;
    expect(next.map((e) => e.action)).toEqual(['task.released']);
  });

  it('exports the entries as CSV with their hashes', async () => {
    const res = await fetch(`${review.url}/audit/export.csv?subject=${taskId}`, { headers: await signedIn(city) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit.csv"');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,actor_id,actor_role,action,subject_type,subject_id,reason,before,after,id,prev_hash,hash');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['task.claimed', 'task.released']);
  });

  it('is for city officers only', async () => {
    for (const path of ['/audit', '/audit/export.csv']) {
      expect((await httpClient(review.url, officer).get(path)).status).toBe(403);
      expect((await httpClient(review.url).get(path)).status).toBe(401);
    }
  });

  it('answers a malformed search with 400 and every failing field', async () => {
    const answer = await httpClient(review.url, city).get<{ code: string; errors: { pointer: string }[] }>('/audit?from=yesterday&to=2026-13-01&limit=0');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((i) => i.pointer).sort()).toEqual(['/from', '/limit', '/to']);
  });

  it('keeps a chain that verifies', async () => {
    expect((await verifyChain(prisma)).broken).toBeNull();
  });
});
