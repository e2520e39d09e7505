import { temporalSettings } from '@makerspace/temporal';
import { startWorker } from './worker';

async function main() {
  const running = await startWorker();
  console.log(`workflows worker polling (Temporal ${temporalSettings().address})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.shutdown());
  await running.run;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
