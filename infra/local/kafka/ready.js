// Readiness of the local broker: exits 0 once a client can fetch cluster metadata (brokers and
// topics) naming at least BROKERS brokers, 1 after the timeout. Usage: node ready.js HOST:PORT [SECONDS] [BROKERS]
const { Kafka, logLevel } = require('kafkajs');

const [broker, seconds = '60', brokers = '1'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;

async function probe() {
  const kafka = new Kafka({
    clientId: 'stack-ready',
    brokers: [broker],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.listTopics();
    return cluster.brokers.length >= Number(brokers);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

(async () => {
  let lastError;
  while (Date.now() < deadline) {
    try {
      if (await probe()) process.exit(0);
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`[stack] kafka at ${broker} gave no metadata within ${seconds}s: ${lastError ?? 'no brokers'}`);
  process.exit(1);
})();
