import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Connection, Client } from '@temporalio/client';
import { temporalSettings } from '@makerspace/config';
import { evaluationCycleWorkflow, evaluationCycleWorkflowId } from '@makerspace/contracts';
import { connectionSettings } from '@makerspace/database';
import { createKafka, EventPublisher } from '@makerspace/events';
import { calendarDate, RULESETS, selectRuleset, selfReportDueDate, todayInShanghai } from '@makerspace/policy';
import { systemEnv } from './cluster-servers';

const DIVISIONS = ['210302', '210303', '210304', '210311', '210321', '210323', '210381'];

/** `count` ACTIVE spaces filed on `filedOn`, written straight into the evaluation service's records (as the go-live import would). */
export async function fileSpaces(count: number, filedOn: string): Promise<void> {
  const pool = new Pool(connectionSettings('evaluation', systemEnv()));
  try {
    const ids = Array.from({ length: count }, () => randomUUID());
    await pool.query(
      `INSERT INTO "Space" (id, "filingNumber", "organisationId", name, "divisionCode", "filedOn", "updatedAt")
       SELECT id, '鞍科众备〔集群〕' || ord, gen_random_uuid()::text, '创客空间 ' || ord, ($2::text[])[(ord % 7 + 1)::int], $3, now()
         FROM unnest($1::text[]) WITH ORDINALITY AS s(id, ord)`,
      [ids, DIVISIONS, filedOn],
    );
  } finally {
    await pool.end();
  }
}

/**
 * Open the year's cycle as it stands once its first run has opened it in January: the opening
 * event published with the id the workflow gives it, and the cycle started with that progress. On
 * a real clock this year's cycle would sleep until January, and last year's is past its report
 * deadline; everything after the opening runs as it does in January (as in
 * bench/src/measure/evaluation-cycle.ts).
 */
export async function openCycle(year: number): Promise<void> {
  const ruleset = selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
  const workflowId = evaluationCycleWorkflowId(year);
  const publisher = new EventPublisher(createKafka('cluster-cycle-opening'));
  await publisher.connect();
  try {
    const type = 'evaluation.cycle.opened';
    const payload = {
      year,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      openedOn: todayInShanghai(new Date()),
      selfReportDueOn: selfReportDueDate(year, ruleset),
    };
    await publisher.publish({
      id: `${workflowId}:1:${type}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: workflowId,
      actor: { id: 'supervision-workflow', role: 'system' },
      payload,
    });
  } finally {
    await publisher.disconnect();
  }
  const connection = await Connection.connect({ address: systemEnv().TEMPORAL_ADDRESS });
  try {
    await new Client({ connection }).workflow.start(evaluationCycleWorkflow.type, {
      workflowId,
      taskQueue: temporalSettings().taskQueues.supervision,
      args: [{ year, progress: { rulesetId: ruleset.id, rulesetVersion: ruleset.version, after: null, requested: 0, alreadyRequested: 0, eventsRaised: 1 } }],
    });
  } finally {
    await connection.close();
  }
}
