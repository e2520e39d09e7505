import path from 'node:path';
import { previousRelease } from './previous-release';
import { checkReleaseMigrations } from './release-migrations';

/**
 * `npm run migrations:check`: the migrations this tree adds keep the expand/contract rules
 * against the previous release (docs/prisma.md). Exit 1 naming each migration and statement that
 * would break the previous release during a rolling deploy; 2 when the previous release cannot be
 * found.
 */
async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '../../..');
  let previous;
  try {
    previous = previousRelease(repo);
  } catch (e) {
    console.error(`migrations: ${(e as Error).message}`);
    return 2;
  }
  const { added, violations } = await checkReleaseMigrations(repo, previous);
  console.log(`migrations: ${added.length} added since the previous release, ${previous.label}${added.length ? `: ${added.join(', ')}` : ''}`);
  for (const v of violations) console.error(`\n${v.migration} [${v.rule}]\n  ${v.statement ? `${v.statement.split('\n')[0]}\n  ` : ''}${v.message}`);
  if (violations.length) console.error(`\nmigrations: ${violations.length} would break the previous release during a rolling deploy (docs/prisma.md)`);
  return violations.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
