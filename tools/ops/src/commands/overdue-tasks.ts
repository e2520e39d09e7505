import { todayInShanghai } from '@makerspace/policy';
import { textOption } from '../args';
import type { Command } from '../command';
import { withDatabase } from '../database';

interface OverdueTask {
  id: string;
  applicationId: string;
  stage: string;
  assigneeRole: string;
  scope: string | null;
  dueOn: string;
  escalated: boolean;
  claimedBy: string | null;
  titleEn: string;
}

interface OverdueSupervisionTask {
  id: string;
  spaceId: string;
  spaceName: string;
  stage: string;
  assigneeRole: string;
  scope: string | null;
  dueOn: string;
  escalatedTo: string | null;
}

interface OverdueChange {
  id: string;
  spaceId: string;
  kind: string;
  effectiveOn: string;
  deadline: string;
}

/**
 * The bureau's overdue work across every desk: filing tasks past their due day (the review
 * service's task read model), supervision tasks past theirs (checks, reviews and confirmations of
 * evaluations and changes) and changes whose report deadline passed (Art. 8), both the evaluation
 * service's. Read from the databases: the services' APIs show each person their own desk only.
 */
export const overdueTasks: Command = {
  name: 'overdue',
  usage: 'overdue [--division <code>]',
  summary: 'every overdue filing and supervision task (all desks) and every change report past its Art. 8 deadline, oldest first',
  async run(args, io) {
    const today = todayInShanghai(new Date());
    const division = textOption(args, 'division') ?? null;
    const tasks = await withDatabase(
      'review',
      async (pool) =>
        (
          await pool.query<OverdueTask>(
            `SELECT t."id", t."applicationId", t."stage", t."assigneeRole", t."scope", t."dueOn", t."escalated", t."claimedBy", t."titleEn"
             FROM "Task" t LEFT JOIN "Application" a ON a."id" = t."applicationId"
            WHERE t."status" = 'OPEN' AND (t."overdue" OR t."dueOn" < $1) AND ($2::text IS NULL OR a."divisionCode" = $2)
            ORDER BY t."dueOn", t."id"`,
            [today, division],
          )
        ).rows,
    );
    const supervision = await withDatabase(
      'evaluation',
      async (pool) =>
        (
          await pool.query<OverdueSupervisionTask>(
            `SELECT "id", "spaceId", "spaceName", "stage", "assigneeRole", "scope", "dueOn", "escalatedTo"
             FROM "SupervisionTask"
            WHERE "status" = 'OPEN' AND ("overdue" OR "dueOn" < $1) AND ($2::text IS NULL OR "divisionCode" = $2)
            ORDER BY "dueOn", "id"`,
            [today, division],
          )
        ).rows,
    );
    const changes = await withDatabase(
      'evaluation',
      async (pool) =>
        (
          await pool.query<OverdueChange>(
            `SELECT c."id", c."spaceId", c."kind", c."effectiveOn", c."deadline"
             FROM "ChangeReport" c LEFT JOIN "Space" s ON s."id" = c."spaceId"
            WHERE c."status" = 'OVERDUE' AND ($1::text IS NULL OR s."divisionCode" = $1)
            ORDER BY c."deadline", c."id"`,
            [division],
          )
        ).rows,
    );
    io.out(
      `${tasks.length} overdue filing task(s), ${supervision.length} overdue supervision task(s), ${changes.length} overdue change report(s) as of ${today}`,
    );
    for (const t of tasks) {
      const desk = `${t.assigneeRole}${t.scope ? ` ${t.scope}` : ''}${t.escalated ? ', escalated to the city' : ''}${t.claimedBy ? `, claimed by ${t.claimedBy}` : ''}`;
      io.out(`task ${t.id}  due ${t.dueOn}  ${t.stage}  application ${t.applicationId}  (${desk})  ${t.titleEn}`);
    }
    for (const t of supervision) {
      const desk = `${t.assigneeRole}${t.scope ? ` ${t.scope}` : ''}${t.escalatedTo ? `, escalated to ${t.escalatedTo}` : ''}`;
      io.out(`supervision ${t.id}  due ${t.dueOn}  ${t.stage}  space ${t.spaceId} ${t.spaceName}  (${desk})`);
    }
    for (const c of changes)
      io.out(`change ${c.id}  deadline ${c.deadline}  ${c.kind} effective ${c.effectiveOn}  space ${c.spaceId}  (city officer: revoke or accept late, Art. 8)`);
    return 0;
  },
};
