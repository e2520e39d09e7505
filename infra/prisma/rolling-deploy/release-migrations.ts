import fs from 'node:fs';
import path from 'node:path';
import { expandContractViolations, type Violation } from './expand-contract';
import { schemaUsage } from './prisma-schema-usage';
import { blobIds, fileAt, filesAt, type PreviousRelease } from './previous-release';

export interface MigrationsCheck {
  /** The migrations this tree adds to the previous release's, `<service>/<name>`. */
  added: string[];
  violations: Violation[];
}

const migrationsOf = (service: string) => `services/${service}/prisma/migrations`;

/**
 * Check every service's migrations against the previous release: those it applied must be
 * unchanged, and those added must keep the expand/contract rules against the schema its code
 * maps (expand-contract.ts).
 */
export async function checkReleaseMigrations(repo: string, previous: PreviousRelease): Promise<MigrationsCheck> {
  const check: MigrationsCheck = { added: [], violations: [] };
  const services = fs
    .readdirSync(path.join(repo, 'services'))
    .filter((s) => fs.existsSync(path.join(repo, migrationsOf(s))))
    .sort();
  for (const service of services) {
    const folder = migrationsOf(service);
    const released = filesAt(repo, previous, folder);
    const current = fs
      .readdirSync(path.join(repo, folder))
      .filter((name) => fs.existsSync(path.join(repo, folder, name, 'migration.sql')))
      .sort();
    const file = (name: string) => `${folder}/${name}/migration.sql`;
    const ids = blobIds(repo, current.map(file));
    for (const [i, name] of current.entries()) {
      const releasedId = released.get(file(name));
      if (releasedId && releasedId !== ids[i]) check.violations.push(changedRelease(`${folder}/${name}`, 'was edited', previous));
    }
    for (const releasedFile of released.keys()) {
      const name = path.basename(path.dirname(releasedFile));
      if (releasedFile.endsWith('/migration.sql') && !current.includes(name))
        check.violations.push(changedRelease(`${folder}/${name}`, 'was deleted', previous));
    }
    const added = current.filter((name) => !released.has(file(name)));
    check.added.push(...added.map((name) => `${service}/${name}`));
    const usage = schemaUsage(fileAt(repo, previous, `services/${service}/prisma/schema.prisma`) ?? '');
    const migrations = added.map((name) => ({ service, name, sql: fs.readFileSync(path.join(repo, file(name)), 'utf8') }));
    check.violations.push(...(await expandContractViolations(usage, migrations, previous.label)));
  }
  return check;
}

function changedRelease(migration: string, what: string, previous: PreviousRelease): Violation {
  return {
    rule: 'released-migration-changed',
    migration,
    statement: '',
    message: `${what} after the previous release (${previous.label}) applied it: databases that ran it keep the old one (Prisma refuses a changed checksum); change the schema in a new migration`,
  };
}
