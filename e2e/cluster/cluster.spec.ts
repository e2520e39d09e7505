import { dateParts, todayInShanghai } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import { script, SERVICES } from './support/cluster-servers';
import { ClusterSystem } from './support/cluster-system';
import { auditChains, Count, createdOnce, deadLetters, evaluations, eventsApplied, procedures } from './support/cluster-counts';
import { FilingJourneys } from './support/filing-journeys';
import { fileSpaces, openCycle } from './support/supervised-spaces';
import { readTopics } from './support/topic-contents';

const SPACES = 1_000;
const JOURNEYS_IN_FLIGHT = 4;

/**
 * The system spread out as production runs it (the Temporal server on PostgreSQL, three Kafka
 * nodes, two replicas of every service behind nginx, two workers), under a steady load of
 * submissions and staff decisions and an evaluation cycle over 1,000 spaces, through one fault at
 * a time. Afterwards everything is counted: nothing lost, nothing doubled (docs/faults.md).
 */
describe('two of everything, under load and faults', () => {
  const system = new ClusterSystem();
  const journeys = new FilingJourneys();
  const recoveries: { fault: string; seconds: number }[] = [];
  const year = dateParts(todayInShanghai(new Date())).year;

  beforeAll(async () => {
    await system.start();
    await fileSpaces(SPACES, `${year}-01-15`);
  }, 600_000);
  afterAll(() => system.stop());

  /** Work done again after a fault: two more journeys through to their end. */
  async function servesAgain(fault: string, since: number): Promise<void> {
    const before = journeys.completed();
    await waitFor(`journeys to complete again after ${fault}`, async () => journeys.completed() >= before + 2, 300_000, 250);
    recoveries.push({ fault, seconds: Math.round((Date.now() - since) / 100) / 10 });
  }

  it('loses and doubles nothing through a killed worker and replicas, a broker away, Temporal and PostgreSQL restarted and a rolling deploy', async () => {
    journeys.start(JOURNEYS_IN_FLIGHT);
    await waitFor('the first journeys to complete', async () => journeys.completed() >= 4, 300_000, 250);
    await openCycle(year);

    await system.workers[0].kill();
    await servesAgain('one worker killed (SIGKILL)', Date.now());
    await system.addWorker();

    await Promise.all(
      SERVICES.map((s) =>
        system.replicas
          .get(s)!
          .find((p) => p.name === `${s}-1`)!
          .kill(),
      ),
    );
    const killed = Date.now();
    await servesAgain('one replica of each service killed (SIGKILL)', killed);
    await Promise.all(SERVICES.map((s) => system.restartReplica(s, 1)));

    await script('kafka-cluster', 'stop', '2');
    await new Promise((r) => setTimeout(r, 60_000));
    await script('kafka-cluster', 'start', '2');
    await servesAgain('a Kafka node stopped for 60 s', Date.now());

    await script('temporal-server', 'stop');
    await script('temporal-server', 'start');
    await servesAgain('the Temporal server restarted', Date.now());

    await script('postgres', 'stop');
    await script('postgres', 'start');
    await servesAgain('PostgreSQL restarted', Date.now());

    // A rolling deploy: a new copy of every service and a new worker start at the same moment and
    // take traffic beside the old ones; then the old ones stop gracefully.
    await Promise.all(SERVICES.map((s) => system.restartReplica(s, 3)));
    await system.addWorker();
    await system.route();
    const oldStopped = Date.now();
    await Promise.all(
      SERVICES.map((s) =>
        system.replicas
          .get(s)!
          .find((p) => p.name === `${s}-2`)!
          .stop(),
      ),
    );
    await system.workers[1].stop();
    await system.route();
    await servesAgain('a rolling deploy (new copies of every service and a worker, then the old ones stopped)', oldStopped);

    await journeys.stop();
    const submitted = journeys.journeys.filter((j) => j.done).map((j) => j.applicationId!);
    const failed = journeys.journeys.filter((j) => j.failed);
    await waitFor(`every request of the ${year} cycle recorded`, async () => (await evaluations(year, SPACES))[1].found >= SPACES, 600_000, 2_000).catch(
      () => undefined,
    );

    const topics = await waitForQuiet();
    const counts: Count[] = [
      { what: 'journeys that gave up', expected: 0, found: failed.length, differs: failed.map((j) => `${j.applicationId ?? j.applicantId}: ${j.failed}`) },
      ...(await procedures(submitted, 'ON_SITE_INSPECTION')),
      ...(await evaluations(year, SPACES)),
      ...(await eventsApplied(topics, submitted)),
      deadLetters(topics),
      ...(await auditChains()),
      ...(await createdOnce()),
    ];
    console.log(report(counts, submitted.length, journeys.retries, recoveries));
    expect(counts.filter((c) => c.found !== c.expected || c.differs.length)).toEqual([]);
  });

  /** Let the consumers catch up: read the topics until the consumers' records stop changing. */
  async function waitForQuiet() {
    let last = '';
    for (;;) {
      const topics = await readTopics();
      const now = `${topics.events.size}`;
      if (now === last) return topics;
      last = now;
      await new Promise((r) => setTimeout(r, 10_000));
    }
  }
});

function report(counts: Count[], submitted: number, retries: number, recoveries: { fault: string; seconds: number }[]): string {
  const lines = [`[cluster] ${submitted} applications submitted and decided twice each, ${retries} requests repeated while faults were in hand`];
  for (const r of recoveries) lines.push(`[cluster] recovered from ${r.fault} in ${r.seconds} s`);
  for (const c of counts)
    lines.push(
      `[cluster] ${c.found === c.expected && !c.differs.length ? 'ok  ' : 'DIFF'} ${c.what}: expected ${c.expected}, found ${c.found}${c.differs.length ? ` (${c.differs.slice(0, 5).join('; ')}${c.differs.length > 5 ? '; …' : ''})` : ''}`,
    );
  return lines.join('\n');
}
