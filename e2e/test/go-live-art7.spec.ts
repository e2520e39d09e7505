import { TOPICS } from '@makerspace/contracts';
import { createKafka } from '@makerspace/events';
import { calendarDate, dateParts, testing } from '@makerspace/policy';
import { bootService, BootedService, httpClient, signedIn, startAtEnd, unique } from '@makerspace/testing';
import { importedSpaceId } from '@makerspace/evaluation/testing';
import { AppModule as IntakeModule, INTAKE_SERVICE } from '@makerspace/intake/testing';
import { SupervisionStack, supervisors } from './support/supervision-stack';

interface ImportedRow {
  row: number;
  filingNumber: string;
  spaceId: string;
}
interface ImportReport {
  created: ImportedRow[];
  alreadyOnRecord: ImportedRow[];
}
interface RegistryPage {
  items: Record<string, string>[];
  total: number;
}

/**
 * Spaces taken over at go-live are in the public registry and are supervised like the others, and
 * their past grades count: on the time-skipping server with the real worker, the evaluation and
 * intake services, Kafka and PostgreSQL, two spaces are imported (one unqualified last year, one
 * qualified) and appear once in intake's public registry however often the file is imported; the
 * next cycle asks both, neither reports, and once their unqualified grades are confirmed Art. 7
 * revokes the first only, which the registry then shows.
 */
describe('go-live: imported spaces in the public registry and under supervision (Art. 7)', () => {
  const stack = new SupervisionStack();
  let intake: BootedService;
  const city = () => stack.as(supervisors.cityOfficer);
  /** This run's spaces: the test databases keep earlier runs' registry entries. */
  const run = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  const registry = async () => (await httpClient(intake.url).get<RegistryPage>(`/registry?name=${encodeURIComponent(`导入空间${run}`)}&pageSize=100`)).body;

  beforeAll(async () => {
    await stack.start('golive');
    process.env.INTAKE_GROUP_ID = unique('intake-e2e-golive');
    // Intake's consumer reads what happens from now on, not every earlier run's events.
    await startAtEnd(createKafka('golive-intake'), process.env.INTAKE_GROUP_ID, [TOPICS.filing, TOPICS.space]);
    intake = await bootService(IntakeModule, INTAKE_SERVICE);
  }, 180_000);
  afterAll(async () => {
    await intake?.close();
    await stack.stop();
  });

  it('lists the imported spaces in the public registry once, asks them in the next cycle and counts their past grades toward two unqualified years', async () => {
    const year = dateParts(await stack.today()).year;
    const header = 'filing_number,space_name,organisation,uscc,venue,district,filed_on,past_grades';
    const filingNumber = (n: number) => `鞍科众备〔${year - 2}〕${run}${n}`;
    const row = (n: number, grades: string) =>
      `${filingNumber(n)},导入空间${run}-${n},鞍山市运营公司${run}-${n},${testing.aValidUscc('210302')},铁东区 ${n}号,210302,${year - 2}-03-01,"${grades}"`;
    const csv = `${header}\n${row(1, `${year - 2}:C; ${year - 1}:D`)}\n${row(2, `${year - 2}:D; ${year - 1}:C`)}\n`;
    const importFile = async () => {
      const form = new FormData();
      form.append('file', new Blob([csv]), 'go-live.csv');
      const res = await fetch(`${stack.evaluation.url}/space-imports`, { method: 'POST', headers: await signedIn(supervisors.cityOfficer), body: form });
      expect(res.status).toBe(201);
      return (await res.json()) as ImportReport;
    };
    // The ids are known before the import (named after the filing numbers): the tap keeps their events from the first.
    for (const n of [1, 2]) stack.tap.watch(importedSpaceId(filingNumber(n)));

    const first = await importFile();
    const [unqualifiedLastYear, qualifiedLastYear] = first.created.map((c) => c.spaceId);
    expect([unqualifiedLastYear, qualifiedLastYear]).toEqual([1, 2].map((n) => importedSpaceId(filingNumber(n))));

    // A citizen sees them in intake's public registry, as a space filed through the system is shown.
    const listed = await stack.recorded('the imported spaces in the public registry', async () => {
      const page = await registry();
      return page.total === 2 && page;
    });
    const shown = (n: number, spaceId: string) => ({
      spaceId,
      filingNumber: filingNumber(n),
      spaceName: `导入空间${run}-${n}`,
      organisationName: `鞍山市运营公司${run}-${n}`,
      divisionCode: '210302',
      filedOn: `${year - 2}-03-01`,
      status: 'ACTIVE',
    });
    expect(listed.items).toEqual(expect.arrayContaining([shown(1, unqualifiedLastYear), shown(2, qualifiedLastYear)]));

    // The same file again: nothing created, no event raised, each space listed once.
    const second = await importFile();
    expect(second.created).toEqual([]);
    expect(second.alreadyOnRecord).toEqual(first.created);
    expect(await stack.db.eventOutbox.count({ where: { subject: { in: [unqualifiedLastYear, qualifiedLastYear] } } })).toBe(2);

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
    await stack.recorded(
      'the revocation on the record',
      async () => (await city().get<{ status: string }>(`/spaces/${unqualifiedLastYear}`)).body.status === 'REVOKED',
    );
    await stack.tap.waitFor(qualifiedLastYear, 'evaluation.result.confirmed');
    expect(stack.tap.types(qualifiedLastYear)).not.toContain('space.revoked');
    expect((await city().get<{ status: string; grades: Record<string, string> }>(`/spaces/${qualifiedLastYear}`)).body).toMatchObject({
      status: 'ACTIVE',
      grades: { [year - 2]: 'D', [year - 1]: 'C', [year]: 'D' },
    });

    // The registry follows: the revoked space shows REVOKED, each space is still listed once, and
    // each import event was published once, by the first import.
    const after = await stack.recorded('the revocation in the public registry', async () => {
      const page = await registry();
      return page.items.find((s) => s.spaceId === unqualifiedLastYear)?.status === 'REVOKED' && page;
    });
    expect(after.items.map((s) => [s.spaceId, s.status]).sort()).toEqual(
      [
        [unqualifiedLastYear, 'REVOKED'],
        [qualifiedLastYear, 'ACTIVE'],
      ].sort(),
    );
    for (const id of [unqualifiedLastYear, qualifiedLastYear]) expect(stack.tap.types(id).filter((t) => t === 'space.imported')).toHaveLength(1);
  });
});
