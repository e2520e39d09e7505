import { randomUUID } from 'node:crypto';
import type { Client as Temporal } from '@temporalio/client';
import { Client as Pg } from 'pg';
import { temporalSettings } from '@makerspace/config';
import { evaluationCycleWorkflow, evaluationCycleWorkflowId } from '@makerspace/contracts';
import { connectionSettings } from '@makerspace/database';
import { createKafka, EventPublisher } from '@makerspace/events';
import { calendarDate, dateParts, RULESETS, selectRuleset, selfReportDueDate, todayInShanghai } from '@makerspace/policy';

const DIVISIONS = ['210302', '210303', '210304', '210311', '210321', '210323', '210381'];

/** `count` ACTIVE spaces filed today, written straight into the evaluation service's space records. */
export async function fileSpaces(count: number): Promise<void> {
  const db = new Pg(connectionSettings('evaluation'));
  await db.connect();
  try {
    const ids = Array.from({ length: count }, () => randomUUID());
    await db.query(
      `INSERT INTO "Space" (id, "filingNumber", "organisationId", name, "divisionCode", "filedOn", "updatedAt")
       SELECT id, '鞍科众备〔load〕' || id, id, '创客空间 ' || n, ($2::text[])[1 + ((n - 1) % array_length($2::text[], 1))::int], $3, now() FROM unnest($1::text[]) WITH ORDINALITY AS s(id, n)`,
      [ids, DIVISIONS, todayInShanghai(new Date())],
    );
  } finally {
    await db.end();
  }
}

/**
 * Open this year's evaluation cycle as it stands once its opening day has come (the bench does the
 * same: on a real clock this year's cycle would wait for January, last year's is past its report
 * deadline): the opening event the cycle's first run raises (`evaluation-<year>:1:...`, published
 * here under the same id and payload), then a run that goes on from there, as a continued run
 * does. It pages the ACTIVE spaces from the evaluation service and starts a space evaluation for
 * each, which asks for the report.
 */
export async function openCycle(temporal: Temporal): Promise<{ year: number; workflowId: string }> {
  const openedOn = todayInShanghai(new Date());
  const year = dateParts(openedOn).year;
  const ruleset = selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
  const workflowId = evaluationCycleWorkflowId(year);
  const publisher = new EventPublisher(createKafka('faults-load'));
  try {
    const type = 'evaluation.cycle.opened';
    await publisher.publish({
      id: `${workflowId}:1:${type}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: workflowId,
      actor: { id: 'supervision-workflow', role: 'system' },
      payload: { year, rulesetId: ruleset.id, rulesetVersion: ruleset.version, openedOn, selfReportDueOn: selfReportDueDate(year, ruleset) },
    });
  } finally {
    await publisher.disconnect();
  }
  await temporal.workflow.start(evaluationCycleWorkflow.type, {
    workflowId,
    taskQueue: temporalSettings().taskQueues.supervision,
    args: [{ year, progress: { rulesetId: ruleset.id, rulesetVersion: ruleset.version, after: null, requested: 0, alreadyRequested: 0, eventsRaised: 1 } }],
  });
  return { year, workflowId };
}
