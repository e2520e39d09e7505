import { calendarDate, dateParts, testing } from '@makerspace/policy';
import { signedIn } from '@makerspace/testing';
import { SupervisionStack, supervisors } from './support/supervision-stack';

interface ImportReport {
  created: { row: number; filingNumber: string; spaceId: string }[];
}

/**
 * Spaces taken over at go-live are supervised like the others, and their past grades count: on the
 * time-skipping server with the real worker, evaluation service, Kafka and PostgreSQL, two spaces
 * are imported (one unqualified last year, one qualified), the next cycle asks both, neither
 * reports, and once their unqualified grades are confirmed Art. 7 revokes the first only.
 */
describe('go-live: imported spaces under supervision (Art. 7)', () => {
  const stack = new SupervisionStack();
  const city = () => stack.as(supervisors.cityOfficer);

  beforeAll(() => stack.start('golive'), 180_000);
  afterAll(() => stack.stop());

  it('asks the imported spaces in the next cycle and counts their past grades toward two unqualified years', async () => {
    const year = dateParts(await stack.today()).year;
    const header = 'filing_number,space_name,organisation,uscc,venue,district,filed_on,past_grades';
    const row = (n: number, grades: string) => `鞍科众备〔${year - 2}〕${900 + n},导入空间${n},鞍山市运营公司${n},${testing.aValidUscc('210302')},铁东区 ${n}号,210302,${year - 2}-03-01,"${grades}"`;
    const csv = `${header}\n${row(1, `${year - 2}:C; ${year - 1}:D`)}\n${row(2, `${year - 2}:D; ${year - 1}:C`)}\n`;
    const form = new FormData();
    form.append('file', new Blob([csv]), 'go-live.csv');
    const res = await fetch(`${stack.evaluation.url}/space-imports`, { method: 'POST', headers: await signedIn(supervisors.cityOfficer), body: form });
    expect(res.status).toBe(201);
    const [unqualifiedLastYear, qualifiedLastYear] = ((await res.json()) as ImportReport).created.map((c) => c.spaceId);
    for (const id of [unqualifiedLastYear, qualifiedLastYear]) stack.tap.watch(id);

    expect((await stack.as(supervisors.scheduler).post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(true);
    await stack.sleepUntil(calendarDate(year + 1, 1, 1), 10);
    for (const id of [unqualifiedLastYear, qualifiedLastYear]) await stack.tap.waitFor(id, 'evaluation.self-report.requested');

    // No report by 30 April: each is scored unqualified, then confirmed by the city.
    await stack.sleepUntil(calendarDate(year + 1, 5, 1), 10);
    for (const id of [unqualifiedLastYear, qualifiedLastYear]) {
      await stack.recorded(`${id} scored`, async () => (await city().get<{ status: string }>(`/spaces/${id}/evaluations/${year}`)).body.status === 'SCORED');
      expect((await city().post(`/spaces/${id}/evaluations/${year}/confirmation`, { outcome: 'CONFIRM' })).status).toBe(200);
    }

    const revoked = await stack.tap.waitFor(unqualifiedLastYear, 'space.revoked');
    expect(revoked.payload).toMatchObject({ article: 'Art. 7', unqualifiedYears: [year - 1, year] });
    await stack.recorded('the revocation on the record', async () => (await city().get<{ status: string }>(`/spaces/${unqualifiedLastYear}`)).body.status === 'REVOKED');
    await stack.tap.waitFor(qualifiedLastYear, 'evaluation.result.confirmed');
    expect(stack.tap.types(qualifiedLastYear)).not.toContain('space.revoked');
    expect((await city().get<{ status: string; grades: Record<string, string> }>(`/spaces/${qualifiedLastYear}`)).body).toMatchObject({ status: 'ACTIVE', grades: { [year - 2]: 'D', [year - 1]: 'C', [year]: 'D' } });
  });
});
