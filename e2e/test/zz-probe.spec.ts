import http from 'node:http';
import { confirmResult, fileSelfReport } from '@makerspace/contracts';
import { startWorker } from '@makerspace/workflows';
import { selfReports } from './support/self-reports';
import { timeSkippingEnvironment } from './support/time-skipping';
it('probe', async () => {
  const space = { spaceId: 's1', filingNumber: 'f1', spaceName: 'n', organisationId: 'o1', divisionCode: '210302' };
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/spaces/supervised')) { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ spaces: [space], next: null })); return; }
    res.statusCode = 404; res.end('{}');
  }).listen(0);
  process.env.EVALUATION_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const env = await timeSkippingEnvironment();
  process.env.SUPERVISION_TASK_QUEUE = 'probe-q';
  process.env.FILING_TASK_QUEUE = 'probe-f';
  const worker = await startWorker({ connection: env.nativeConnection, namespace: 'default' });
  const cycle = await env.client.workflow.start('evaluationCycle', { workflowId: 'evaluation-2026', taskQueue: 'probe-q', args: [{ year: 2026 }] });
  await env.sleep(40 * 24 * 3600 * 1000);
  await new Promise((r) => setTimeout(r, 2000));
  console.log('cycle', (await cycle.describe()).status.name);
  const h = env.client.workflow.getHandle('evaluation-2026-s1');
  const step = async (label: string) => {
    const before = await env.currentTimeMs();
    const sleeping = env.sleep(60 * 1000);
    const done = await Promise.race([sleeping.then(() => true), new Promise((r) => setTimeout(() => r(false), 4000))]);
    console.log(label, done ? 'slept' : 'STUCK', new Date(before).toISOString(), '->', new Date(await env.currentTimeMs()).toISOString());
    return done;
  };
  await step('start');
  await h.executeUpdate(fileSelfReport, { args: [{ actor: { id: 'u', role: 'applicant', scope: 'o1' }, report: selfReports.qualified(2026) }] });
  await step('after report');
  await h.executeUpdate(confirmResult, { args: [{ actor: { id: 'c', role: 'city-officer', scope: null }, outcome: 'CONFIRM' }] });
  await step('after confirm');
  await new Promise((r) => setTimeout(r, 2000));
  console.log((await h.describe()).status.name);
  await step('2 s after confirm');
  await worker.shutdown();
  await env.teardown();
  server.close();
}, 60_000);
