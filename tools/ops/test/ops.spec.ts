import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaClient } from '.prisma/evaluation-client';
import { deadLetterTopic, TOPICS } from '@makerspace/contracts';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { createKafka, EventConsumer } from '@makerspace/events';
import { openFileStore } from '@makerspace/files';
import { testing } from '@makerspace/policy';
import { AppModule, EVALUATION_SERVICE } from '@makerspace/evaluation/testing';
import { bootService, BootedService, startAtEnd, unique, waitFor } from '@makerspace/testing';
import { readDeadLetters } from '../src/dead-letter-store';
import type { Io } from '../src/io';
import { runOps } from '../src/run-ops';

/** A console that keeps what a command says, with the settings it runs with. */
function recordingIo(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: Io = { env, out: (l) => out.push(l), err: (l) => err.push(l), writeFile: (p, c) => files.set(p, c.toString()) };
  return { io, out, err, files };
}

const filingNumber = () => `鞍科众备〔2022〕${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const HEADER = 'filing_number,organisation,uscc,venue,district,filed_on,past_grades';

/**
 * The operator commands against the real stack: the evaluation service (booted here) over HTTP with
 * the development issuer's tokens, the service databases, Kafka and the Temporal dev server.
 */
describe('npm run ops', () => {
  let service: BootedService;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const imported: string[] = [];
  const db = new PrismaClient({ adapter: prismaAdapter(connectionSettings('evaluation')) });
  const ops = async (...argv: string[]) => {
    const run = recordingIo(env);
    return { code: await runOps(argv, run.io), ...run };
  };

  beforeAll(async () => {
    process.env.EVALUATION_SCHEDULE_ON_START = 'false';
    process.env.EVALUATION_GROUP_ID = unique('evaluation-ops');
    await startAtEnd(createKafka('ops-spec'), process.env.EVALUATION_GROUP_ID, Object.values(TOPICS));
    service = await bootService(AppModule, EVALUATION_SERVICE);
    env = { ...process.env, EVALUATION_URL: service.url, OPS_USER_ID: 'ops-spec' };
    dir = mkdtempSync(path.join(tmpdir(), 'ops-spec-'));
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a go-live file once, and names the row and column of a bad one', async () => {
    const rows = [filingNumber(), filingNumber()].map((n) => `${n},鞍山市运营公司,${testing.aValidUscc('210381')},海城市 1号,海城市,2022-06-01,2022:B;2023:C`);
    const file = path.join(dir, 'spaces.csv');
    writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);

    imported.push(...rows.map((r) => r.split(',')[0]));
    const first = await ops('import', file);
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(/: 2 space\(s\) created, 0 already on record, 0 row\(s\) refused$/);
    const again = await ops('import', file);
    expect(again.out[0]).toMatch(/: 0 space\(s\) created, 2 already on record/);

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, `${HEADER}\n${filingNumber()},公司,91210302MA0Y4Q2X5X,地址,210302,2022-06-01,\n`);
    const refused = await ops('import', bad);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toMatch(/row 2, column C \(uscc\): .*\[usccCheck, Art\. 5\(1\)\]/);
    expect(await db.space.count({ where: { filingNumber: { in: imported } } })).toBe(2);

    const registry = await ops('export-registry', '--division', '210381', '--out', path.join(dir, 'registry.csv'));
    expect(registry.code).toBe(0);
    const csv = registry.files.get(path.join(dir, 'registry.csv'))!;
    expect(csv.startsWith('\uFEFFfiling_number,space_name,space_id,')).toBe(true);
    for (const row of rows) expect(csv).toContain(`${row.split(',')[0]},鞍山市运营公司,`);
  });

  it('opens a year once', async () => {
    await ops('open-year', '2099');
    const again = await ops('open-year', '2099');
    expect(again).toMatchObject({ code: 0, out: ['the evaluation of 2099 was already opened (workflow evaluation-2099); nothing started'] });
    expect((await ops('open-year', 'next')).code).toBe(2);
  });

  it("exports a year's provincial list", async () => {
    const list = await ops('export-provincial', '2024');
    expect(list.code).toBe(0);
    expect(list.out[0]).toMatch(/^\uFEFF?.*filing/i);
  });

  it('lists the overdue supervision tasks and change reports of every desk', async () => {
    // A space the import above took over, in Haicheng (210381).
    const space = await db.space.findFirstOrThrow({ where: { filingNumber: { in: imported } } });
    const changeId = randomUUID();
    const taskId = `evaluation-2025-${space.id}/DISTRICT_CHECK`;
    await db.changeReport.create({
      data: {
        id: changeId,
        spaceId: space.id,
        kind: 'NAME',
        effectiveOn: '2025-01-10',
        deadline: '2025-04-10',
        source: 'STAFF',
        status: 'OVERDUE',
        change: { kind: 'NAME', effectiveOn: '2025-01-10', name: '新名称' },
      },
    });
    await db.supervisionTask.create({
      data: {
        id: taskId,
        workflowId: `evaluation-2025-${space.id}`,
        spaceId: space.id,
        spaceName: space.name,
        divisionCode: space.divisionCode,
        stage: 'DISTRICT_CHECK',
        assigneeRole: 'district-officer',
        scope: space.divisionCode,
        openedOn: '2026-05-01',
        dueOn: '2026-05-15',
        overdue: true,
      },
    });
    try {
      const overdue = await ops('overdue', '--division', space.divisionCode);
      expect(overdue.code).toBe(0);
      expect(overdue.out.find((l) => l.startsWith(`change ${changeId}`))).toMatch(/deadline 2025-04-10  NAME effective 2025-01-10/);
      expect(overdue.out.find((l) => l.startsWith(`supervision ${taskId}`))).toMatch(/due 2026-05-15  DISTRICT_CHECK .*\(district-officer 210381\)/);
      expect((await ops('overdue', '--division', '210302')).out.some((l) => l.includes(changeId) || l.includes(taskId))).toBe(false);
    } finally {
      await db.changeReport.delete({ where: { id: changeId } });
      await db.supervisionTask.delete({ where: { id: taskId } });
    }
  });

  it('verifies every audit chain', async () => {
    const verified = await ops('audit-verify');
    expect(verified.code).toBe(0);
    expect(verified.out.map((l) => l.split(' ')[0])).toEqual(['intake', 'review', 'evaluation']);
    for (const line of verified.out) expect(line).toMatch(/chain holds/);
  });

  it('lists a dead letter and re-drives it to the consumer that parked it', async () => {
    const kafka = createKafka('ops-spec-dlq');
    const topic = `ops-spec-${randomUUID()}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [topic, deadLetterTopic(topic)].map((t) => ({ topic: t, numPartitions: 1 })) });
    // A consumer as the services run it parks what it cannot take (here: no event type it knows).
    const consumer = new EventConsumer(kafka, { groupId: unique('ops-spec'), topics: [topic], handle: async () => undefined, log: () => undefined });
    const producer = kafka.producer();
    try {
      await consumer.start();
      await producer.connect();
      const id = `ops-spec-${randomUUID()}:0:nothing.happened`;
      await producer.send({ topic, messages: [{ key: 'subject-1', value: JSON.stringify({ id, type: 'nothing.happened' }) }] });
      await waitFor('the message parked', async () => (await readDeadLetters(kafka, topic)).length === 1);

      const listed = await ops('dead-letters', topic);
      expect(listed.out[0]).toBe(`1 dead letter(s) on ${topic}.dlq`);
      expect(listed.out[1]).toContain(`nothing.happened ${id}  from ${topic} 0:0`);

      const redriven = await ops('redrive', topic, id);
      expect(redriven).toMatchObject({ code: 0 });
      // Back on its topic, the consumer takes it again (and parks it again: nothing was fixed).
      await waitFor('the re-driven message parked again', async () => (await readDeadLetters(kafka, topic)).length === 2);
      const [, again] = await readDeadLetters(kafka, topic);
      expect(again).toMatchObject({ eventId: id, sourceOffset: '0:1', key: Buffer.from('subject-1') });

      expect((await ops('redrive', topic, 'no-such-event')).code).toBe(1);
      expect((await ops('dead-letters', 'no-such-topic')).code).toBe(2);
    } finally {
      await producer.disconnect();
      await consumer.stop();
      await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] });
      await admin.disconnect();
    }
  });

  it('explains itself', async () => {
    const help = await ops('help');
    expect(help.code).toBe(0);
    expect(help.err.join('\n')).toMatch(
      /open-year[\s\S]*overdue[\s\S]*audit-verify[\s\S]*export-registry[\s\S]*export-provincial[\s\S]*dead-letters[\s\S]*redrive[\s\S]*import[\s\S]*backup[\s\S]*restore/,
    );
    expect((await ops('launch')).code).toBe(2);
  });

  it('moves the files of a local-disk store into the object store, checked by checksum, once', async () => {
    const from = path.join(dir, 'evidence');
    const put = (bytes: Buffer, name = sha256(bytes)) => {
      mkdirSync(path.join(from, name.slice(0, 2)), { recursive: true });
      writeFileSync(path.join(from, name.slice(0, 2), name), bytes);
      return name;
    };
    const lease = put(Buffer.from(`%PDF-1.4 lease ${randomUUID()}`));
    const plan = put(Buffer.from(`%PDF-1.4 plan ${randomUUID()}`));
    const damaged = put(Buffer.from('damaged on the disk'), sha256(Buffer.from(`%PDF-1.4 lost ${randomUUID()}`)));

    const first = await ops('migrate-files', '--from', from);
    expect(first.out).toContain(`${damaged}: damaged (its bytes hash to ${sha256(Buffer.from('damaged on the disk'))}); not copied`);
    expect(first.out.at(-1)).toBe('migrate-files: 2 copied, 0 already in the store, 1 damaged');
    expect(first.code).toBe(1);
    const store = openFileStore(env);
    expect([await store.has(lease), await store.has(plan), await store.has(damaged)]).toEqual([true, true, false]);

    rmSync(path.join(from, damaged.slice(0, 2)), { recursive: true });
    const again = await ops('migrate-files', '--from', from);
    expect({ code: again.code, last: again.out.at(-1) }).toEqual({ code: 0, last: 'migrate-files: 0 copied, 2 already in the store, 0 damaged' });
  });

  // The drill itself stops and starts Temporal, so it runs on servers of its own: e2e/faults/backup-restore.spec.ts.
  it('refuses a backup into a folder that holds something, and a restore of a folder that holds no backup', async () => {
    writeFileSync(path.join(dir, 'something'), 'x');
    const backup = await ops('backup', dir);
    expect(backup).toMatchObject({ code: 2, err: [`${dir} is not empty\nusage: npm run ops -- backup <folder>`] });
    const restore = await ops('restore', dir);
    expect(restore).toMatchObject({ code: 2, err: [`restore failed: ${dir} holds no backup (no manifest.json)`] });
    expect((await ops('backup')).code).toBe(2);
  });
});
