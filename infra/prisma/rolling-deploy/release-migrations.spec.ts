import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previousRelease } from './previous-release';
import { checkReleaseMigrations } from './release-migrations';

/** A repository of one service with a released migration, in a folder of its own. */
function aRepository(): { dir: string; git: (...args: string[]) => string; write: (file: string, text: string) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-migrations-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  git('init', '-q', '-b', 'main');
  write('services/intake/prisma/schema.prisma', 'model Application {\n  id     String @id\n  status String\n  note   String?\n}\n');
  write(
    'services/intake/prisma/migrations/20270101000000_init/migration.sql',
    'CREATE TABLE "Application" ("id" TEXT NOT NULL, "status" TEXT NOT NULL, "note" TEXT);\n',
  );
  git('add', '-A');
  git('commit', '-qm', 'release 1');
  return { dir, git, write };
}

describe('the migrations a tree adds to the previous release', () => {
  const repos: string[] = [];
  afterAll(() => repos.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('on a branch, the previous release is where it left main; on main, the commit before HEAD; MIGRATIONS_BASE names another', () => {
    const { dir, git, write } = aRepository();
    repos.push(dir);
    const release1 = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'next');
    write('services/intake/prisma/migrations/20270201000000_district/migration.sql', 'ALTER TABLE "Application" ADD COLUMN "district" TEXT;\n');
    git('add', '-A');
    git('commit', '-qm', 'district');
    expect(previousRelease(dir, {}).commit).toBe(release1);
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', '-m', 'merge next', 'next');
    expect(previousRelease(dir, {}).commit).toBe(release1);
    expect(previousRelease(dir, { MIGRATIONS_BASE: 'next' }).commit).toBe(git('rev-parse', 'next'));
    expect(() => previousRelease(dir, { MIGRATIONS_BASE: 'v9' })).toThrow(/MIGRATIONS_BASE=v9 names no commit/);
  });

  it('finds a released migration edited or deleted, and an added one that breaks the previous release', async () => {
    const { dir, git, write } = aRepository();
    repos.push(dir);
    write('services/intake/prisma/migrations/20270115000000_index/migration.sql', 'CREATE INDEX "Application_status_idx" ON "Application"("status");\n');
    git('add', '-A');
    git('commit', '-qm', 'release 2');
    git('checkout', '-qb', 'next');
    write('services/intake/prisma/schema.prisma', 'model Application {\n  id     String @id\n  status String\n}\n');
    write('services/intake/prisma/migrations/20270101000000_init/migration.sql', 'CREATE TABLE "Application" ("id" TEXT NOT NULL, "status" TEXT NOT NULL);\n');
    fs.rmSync(path.join(dir, 'services/intake/prisma/migrations/20270115000000_index'), { recursive: true });
    write('services/intake/prisma/migrations/20270201000000_drop_note/migration.sql', 'ALTER TABLE "Application" DROP COLUMN "note";\n');

    const check = await checkReleaseMigrations(dir, previousRelease(dir, {}));
    expect(check.added).toEqual(['intake/20270201000000_drop_note']);
    expect(check.violations.map((v) => [v.migration, v.rule])).toEqual([
      ['services/intake/prisma/migrations/20270101000000_init', 'released-migration-changed'],
      ['services/intake/prisma/migrations/20270115000000_index', 'released-migration-changed'],
      ['services/intake/prisma/migrations/20270201000000_drop_note', 'contract-too-early'],
    ]);
  });

  it('a column dropped a release after the code stopped mapping it passes', async () => {
    const { dir, git, write } = aRepository();
    repos.push(dir);
    write('services/intake/prisma/schema.prisma', 'model Application {\n  id     String @id\n  status String\n}\n');
    git('commit', '-qam', 'release 2: the code no longer maps note');
    git('checkout', '-qb', 'next');
    write('services/intake/prisma/migrations/20270301000000_drop_note/migration.sql', 'ALTER TABLE "Application" DROP COLUMN "note";\n');
    expect((await checkReleaseMigrations(dir, previousRelease(dir, {}))).violations).toEqual([]);
  });
});
