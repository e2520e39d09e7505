// Creates Keycloak's own database on the stack's PostgreSQL when it is missing (a stack whose
// PostgreSQL was started before Keycloak was part of it). Usage: node database.js NAME
const { Client } = require('pg');

const [name] = process.argv.slice(2);
const client = new Client({
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || process.env.PG_PORT),
  user: process.env.DATABASE_USER || 'postgres',
  password: process.env.DATABASE_PASSWORD || 'postgres',
  database: 'postgres',
});

(async () => {
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
})().catch((e) => {
  console.error(`the database ${name} could not be made ready: ${e.message}`);
  process.exit(1);
});
