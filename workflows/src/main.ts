import { startWorker } from './worker';

async function main() {
  const running = await startWorker();
  console.log(`workflows worker polling (Temporal ${process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233'})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.shutdown());
  await running.run;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
