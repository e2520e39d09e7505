import path from 'node:path';
import { previousRelease } from '../prisma/rolling-deploy/previous-release';
import { checkReleaseMigrations } from '../prisma/rolling-deploy/release-migrations';

/**
 * The services' migrations added since the previous release keep the expand/contract rules
 * (docs/prisma.md): the previous release, still running during a rolling deploy, works against
 * the new schema. `npm run migrations:check` gives the same verdict with the full report.
 */
it('the migrations added since the previous release leave its code working', async () => {
  const repo = path.resolve(__dirname, '../..');
  const { violations } = await checkReleaseMigrations(repo, previousRelease(repo));
  expect(violations.map((v) => `${v.migration} [${v.rule}] ${v.statement}: ${v.message}`)).toEqual([]);
});
