import type { Client } from '@temporalio/client';
import type { EventTap, FilingDriver } from '@makerspace/testing';
import { startQualifyingFiling } from '../../test/support/filing-start';

/** A filing procedure driven to re-review, where it waits for the city: a procedure in the middle of a stage. */
export async function aProcedureAtReReview(client: Client, tap: EventTap) {
  const { applicationId, driver } = await startQualifyingFiling(client);
  tap.watch(applicationId);
  await driver.recommend();
  const reReview = await driver.task('re-review');
  await tap.waitFor(applicationId, 'task.opened', (e) => (e.payload as { taskId: string }).taskId === reReview.taskId);
  return { applicationId, driver, reReview };
}

/** Drive the procedure on from on-site inspection to public notice; what it published, each event counted once by id. */
export async function onFromInspectionToPublicNotice(driver: FilingDriver, tap: EventTap) {
  await driver.passInspection();
  await driver.expertPanel();
  await tap.waitFor(driver.applicationId, 'public-notice.opened');
  const events = [...new Map(tap.of(driver.applicationId).map((e) => [e.id, e])).values()];
  const count = (type: string) => events.filter((e) => e.type === type).length;
  return {
    submitted: count('application.submitted'),
    noticeOpened: count('public-notice.opened'),
    tasksOpened: count('task.opened'),
    tasksCompleted: count('task.completed'),
    stages: events.filter((e) => e.type === 'application.advanced').map((e) => (e.payload as { to: string }).to),
  };
}

/** What a procedure that went from submission to public notice published, whatever happened on the way. */
export const PUBLISHED_ONCE = { submitted: 1, noticeOpened: 1, stages: ['RE_REVIEW', 'ON_SITE_INSPECTION', 'EXPERT_REVIEW', 'PUBLIC_NOTICE'] };
