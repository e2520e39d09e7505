// Readiness of the local object store: exits 0 once a signed S3 request (list the buckets) is
// answered with the stack's keys, 1 after the timeout. Usage: node ready.js [SECONDS]
const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');

const seconds = Number(process.argv[2] ?? 60);
const deadline = Date.now() + seconds * 1000;
const client = new S3Client({
  endpoint: process.env.OBJECT_STORE_URL,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: process.env.OBJECT_STORE_ACCESS_KEY, secretAccessKey: process.env.OBJECT_STORE_SECRET_KEY },
  maxAttempts: 1,
});

(async () => {
  let lastError;
  while (Date.now() < deadline) {
    try {
      await client.send(new ListBucketsCommand({}));
      process.exit(0);
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`[stack] the object store at ${process.env.OBJECT_STORE_URL} answered no signed request within ${seconds}s: ${lastError}`);
  process.exit(1);
})();
