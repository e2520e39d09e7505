// The case search benchmark (`npm run bench:search`, infra/local/bench-search.sh): an intake
// database of its own filled with 30,000 organisations, 50,000 applications and 20,000 filed
// spaces, the intake service on it, and each search of search-queries.ts made one after another
// as a person makes them; median and p99 of the whole request. Figures: docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { Pool } from 'pg';
import { connectionSettings, poolConfig } from '@makerspace/database';
import { signedIn } from '@makerspace/testing';
import { latencies, until } from '../support/stats';
import { REPO_ROOT } from '../system/system-processes';
import { SEARCHES } from './search-queries';
import { SCALE, seedCases } from './seed-cases';

const SUFFIX = '_search_bench';
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 200);
const PORT = Number(process.env.BENCH_SEARCH_PORT ?? 3291);
const log = (message: string) => console.log(`[bench:search] ${message}`);
const settings = connectionSettings('intake', { ...process.env, INTAKE_DATABASE_URL: undefined, DATABASE_NAME_SUFFIX: SUFFIX });

async function freshDatabase(): Promise<void> {
  const admin = new Pool(poolConfig({ ...settings, database: 'postgres' }, { max: 1 }));
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${settings.database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${settings.database}"`);
  } finally {
    await admin.end();
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_NAME_SUFFIX: SUFFIX };
  delete env.INTAKE_DATABASE_URL;
  const migrate = spawnSync('bash', ['-c', 'source infra/prisma/cli.sh && prisma6 migrate deploy --config services/intake/prisma-migrate.config.ts'], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrations of ${settings.database} failed: ${migrate.stdout}${migrate.stderr}`);
}

async function main() {
  await freshDatabase();
  const db = new Pool(poolConfig(settings, { max: 2 }));
  let started = performance.now();
  await seedCases(db);
  await db.end();
  log(
    `${settings.database}: ${SCALE.organisations} organisations, ${SCALE.applications} applications, ${SCALE.spaces} filed spaces in ${Math.round((performance.now() - started) / 1000)} s`,
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_NAME_SUFFIX: SUFFIX,
    INTAKE_PORT: String(PORT),
    INTAKE_GROUP_ID: `intake-search-bench-${Date.now()}`,
  };
  delete env.INTAKE_DATABASE_URL;
  const intake = spawn(process.execPath, ['services/intake/dist/main.js'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const url = `http://127.0.0.1:${PORT}`;
    await until('intake ready', async () => (await fetch(`${url}/health/ready`).catch(() => null))?.ok, 120_000, 500);
    const rows: string[] = [];
    const all: number[] = [];
    for (const search of SEARCHES) {
      const headers = await signedIn(search.as);
      const get = async (i: number) => {
        const answer = await fetch(`${url}/applications?${search.query(i)}`, { headers });
        if (answer.status !== 200) throw new Error(`${search.name}: ${answer.status} ${await answer.text()}`);
        return (await answer.json()) as { total: number };
      };
      for (let i = 0; i < 20; i++) await get(i); // warm: the query plans cached, the pages read
      const samples: number[] = [];
      let found = 0;
      for (let i = 0; i < ROUNDS; i++) {
        started = performance.now();
        found += (await get(i)).total;
        samples.push(performance.now() - started);
      }
      all.push(...samples);
      const l = latencies(samples);
      rows.push(`| ${search.name} | ${Math.round(found / ROUNDS)} | ${l.p50.toFixed(1)} | ${l.p99.toFixed(1)} | ${l.max.toFixed(1)} |`);
    }
    const l = latencies(all);
    rows.push(`| **all ${all.length} searches** | | **${l.p50.toFixed(1)}** | **${l.p99.toFixed(1)}** | ${l.max.toFixed(1)} |`);
    console.log(['| search | found (mean total) | median ms | p99 ms | max ms |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
  } finally {
    intake.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
