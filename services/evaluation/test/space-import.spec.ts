import ExcelJS from 'exceljs';
import { PrismaClient } from '.prisma/evaluation-client';
import { TOPICS } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka } from '@makerspace/events';
import { testing } from '@makerspace/policy';
import { As, bootService, BootedService, HttpAnswer, httpClient, signedIn, startAtEnd, unique, waitFor } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { importedSpaceId } from '../src/imports/space-import-id';
import { EVALUATION_SERVICE } from '../src/service';

interface Report {
  importId: string;
  created: { row: number; filingNumber: string; spaceId: string }[];
  alreadyOnRecord: { row: number; filingNumber: string; spaceId: string }[];
  refused: { row: number; column: string; field: string; rule: string }[];
}

const cityOfficer: As = { id: 'officer-city', role: 'city-officer' };
const HEADER = ['filing_number', 'space_name', 'organisation', 'uscc', 'venue', 'district', 'filed_on', 'past_grades'];

/** A filing number no other run has used: the test database keeps earlier runs' spaces. */
const filingNumber = () => `鞍科众备〔2023〕${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

const aRow = (overrides: Partial<Record<string, string>> = {}): string[] => {
  const row: Record<string, string> = {
    filing_number: filingNumber(),
    space_name: '鞍山创客空间',
    organisation: '鞍山市某运营有限公司',
    uscc: testing.aValidUscc('210302'),
    venue: '铁东区南中华路 1号',
    district: '210302',
    filed_on: '2023-04-18',
    past_grades: '2023:C; 2024:D',
    ...overrides,
  };
  return HEADER.map((h) => row[h]);
};

const asCsv = (rows: string[][]) => Buffer.from(`\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`);

async function asXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('备案众创空间');
  sheet.addRow(['备案编号', '众创空间名称', '运营主体', '统一社会信用代码', '场地地址', '所在区县', '备案日期', '历年评价']);
  // A spreadsheet keeps the filing date as a date cell, not as text.
  for (const r of rows) sheet.addRow([...r.slice(0, 6), new Date(`${r[6]}T00:00:00Z`), r[7]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The go-live import on the real evaluation service and PostgreSQL: CSV and XLSX files, a file with
 * a bad row refused naming the row and column with nothing recorded, the partial mode, the same
 * file twice creating each space once, the spaces under supervision with their past grades.
 */
describe('POST /space-imports', () => {
  let service: BootedService;
  const db = new PrismaClient({ adapter: prismaAdapter(connectionSettings('evaluation')) });
  const upload = async (bytes: Buffer, name: string, query = '', as: As = cityOfficer): Promise<HttpAnswer<Report>> => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${service.url}/space-imports${query}`, { method: 'POST', headers: await signedIn(as), body: form });
    return { status: res.status, body: (await res.json()) as Report, headers: res.headers };
  };
  const spacesFiled = (rows: string[][]) => db.space.findMany({ where: { filingNumber: { in: rows.map((r) => r[0]) } }, orderBy: { filingNumber: 'asc' } });
  /** The events raised for the rows' spaces (their ids are named after the filing numbers). */
  const eventsRaised = (rows: string[][]) =>
    db.eventOutbox.findMany({ where: { subject: { in: rows.map((r) => importedSpaceId(r[0])) } }, orderBy: { seq: 'asc' } });

  beforeAll(async () => {
    process.env.EVALUATION_SCHEDULE_ON_START = 'false';
    process.env.EVALUATION_GROUP_ID = unique('evaluation-import');
    // The service's consumer reads only what happens from now on, not every earlier run's events.
    await startAtEnd(createKafka('evaluation-import-spec'), process.env.EVALUATION_GROUP_ID, Object.values(TOPICS));
    service = await bootService(AppModule, EVALUATION_SERVICE);
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await db.$disconnect();
  });

  it('imports a CSV file once: the second run finds every space on record and creates nothing', async () => {
    const rows = [aRow(), aRow({ district: '铁西区', past_grades: '' }), aRow({ filed_on: '2021-12-30', past_grades: '2021:A,2022:B;2023:C' })];
    const first = await upload(asCsv(rows), 'spaces.csv');
    expect(first.status).toBe(201);
    expect(first.body.created.map((c) => [c.row, c.filingNumber])).toEqual(rows.map((r, i) => [i + 2, r[0]]));
    expect(first.body.refused).toEqual([]);

    const second = await upload(asCsv(rows), 'spaces.csv');
    expect(second.status).toBe(201);
    expect(second.body.created).toEqual([]);
    expect(second.body.alreadyOnRecord).toEqual(first.body.created);

    expect(await spacesFiled(rows)).toHaveLength(3);
    const ids = first.body.created.map((c) => c.spaceId);
    expect(await db.spaceImport.count({ where: { spaceId: { in: ids } } })).toBe(3);
    expect(await db.auditEntry.count({ where: { action: 'space.imported', subjectId: { in: ids } } })).toBe(3);

    // One space.imported a space, raised by the first import with what the public registry shows.
    const events = await eventsRaised(rows);
    expect(events.map((e) => [e.type, e.subject])).toEqual(ids.map((id) => ['space.imported', id]));
    expect(events[1].envelope).toMatchObject({
      id: `space-import:${ids[1]}:space.imported`,
      subject: ids[1],
      actor: { id: cityOfficer.id, role: 'city-officer' },
      payload: {
        spaceId: ids[1],
        filingNumber: rows[1][0],
        spaceName: '鞍山创客空间',
        organisationName: '鞍山市某运营有限公司',
        uscc: rows[1][3],
        organisationId: rows[1][3],
        divisionCode: '210303',
        filedOn: '2023-04-18',
        status: 'ACTIVE',
        importId: first.body.importId,
      },
    });
    // The relay publishes them to Kafka once committed.
    await waitFor('the import events published', async () => (await eventsRaised(rows)).every((e) => e.publishedAt !== null), 30_000);
  });

  it('creates each space once when the same file is imported twice at the same moment', async () => {
    const rows = [aRow(), aRow(), aRow()];
    const answers = await Promise.all([upload(asCsv(rows), 'a.csv'), upload(asCsv(rows), 'b.csv')]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(
      answers
        .flatMap((a) => a.body.created)
        .map((c) => c.filingNumber)
        .sort(),
    ).toEqual(rows.map((r) => r[0]).sort());
    expect(answers.flatMap((a) => a.body.alreadyOnRecord)).toHaveLength(3);
    expect(await spacesFiled(rows)).toHaveLength(3);
    expect(await eventsRaised(rows)).toHaveLength(3);
  });

  it('puts the spaces under supervision with their past grades confirmed, which count toward Art. 7', async () => {
    const rows = [aRow({ district: '千山区', past_grades: '2023:C; 2024:D' })];
    const { body } = await upload(asCsv(rows), 'one.csv');
    const [{ spaceId }] = body.created;

    const record = await httpClient(service.url, cityOfficer).get<{ status: string; divisionCode: string; filedOn: string; grades: Record<string, string> }>(
      `/spaces/${spaceId}`,
    );
    expect(record.body).toMatchObject({ status: 'ACTIVE', divisionCode: '210311', filedOn: '2023-04-18', grades: { 2023: 'C', 2024: 'D' } });

    // ACTIVE and filed before the year's end: what the next cycle reads when it asks the spaces for reports.
    const active = await httpClient(service.url, { id: 'scheduler-1', role: 'scheduler' }).get<{ id: string; filedOn: string }[]>(
      `/spaces?status=ACTIVE&after=${spaceId.slice(0, -1)}&limit=1`,
    );
    expect(active.body).toEqual([expect.objectContaining({ id: spaceId, filedOn: '2023-04-18' })]);
  });

  it('refuses a file with a bad USCC in row 7, naming the row and the column, and records nothing', async () => {
    const uscc = testing.aValidUscc('210302');
    const rows = [aRow(), aRow(), aRow(), aRow(), aRow(), aRow({ uscc: uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0') }), aRow()];
    const answer = await upload(asCsv(rows), 'bad.csv');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'IMPORT_REFUSED',
      errors: [{ row: 7, column: 'uscc', rule: 'usccCheck', article: 'Art. 5(1)' }],
    });
    expect(await spacesFiled(rows)).toEqual([]);
    expect(await eventsRaised(rows)).toEqual([]);
  });

  it('reads an XLSX workbook with Chinese headings and date cells; partial mode records the good rows and reports the rest', async () => {
    const rows = [aRow({ filed_on: '2022-07-01', past_grades: '2022:B' }), aRow({ district: '999999' }), aRow({ past_grades: '2023:D,2024:D' })];
    const file = await asXlsx(rows);

    const whole = await upload(file, 'spaces.xlsx');
    expect(whole.status).toBe(400);
    expect(await spacesFiled(rows)).toEqual([]);

    const partial = await upload(file, 'spaces.xlsx', '?partial=true');
    expect(partial.status).toBe(201);
    expect(partial.body.created).toEqual([expect.objectContaining({ row: 2, filingNumber: rows[0][0] })]);
    expect(partial.body.refused.map((i) => [i.row, i.field, i.rule])).toEqual([
      [3, 'row 3, column F (district)', 'district'],
      [4, 'row 4, column H (past_grades)', 'revokedBefore'],
    ]);
    const [space] = await spacesFiled(rows);
    expect(space).toMatchObject({ filedOn: '2022-07-01', divisionCode: '210302', status: 'ACTIVE' });
  });

  it('is for city officers and the scheduler, and wants a file', async () => {
    expect((await upload(asCsv([aRow()]), 'x.csv', '', { id: 'op', role: 'applicant', scope: 'org' })).status).toBe(403);
    const res = await fetch(`${service.url}/space-imports`, {
      method: 'POST',
      headers: { ...(await signedIn(cityOfficer)), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ pointer: '/file', rule: 'required' }] });
  });
});
