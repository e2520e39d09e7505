import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';

/** How many workflows the Temporal server holds (open or closed), those started before `before` if given. */
export async function workflowCount(env: NodeJS.ProcessEnv, before?: Date): Promise<number> {
  const temporal = new TemporalGateway(temporalSettings(env));
  try {
    const client = await temporal.client();
    return (await client.workflow.count(before ? `StartTime < "${before.toISOString()}"` : undefined)).count;
  } finally {
    await temporal.close();
  }
}
