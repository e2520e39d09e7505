import { expandContractViolations, type ExpandContractRule, widens } from './expand-contract';
import { schemaUsage } from './prisma-schema-usage';

/** What the previous release's code maps: a space with a mapped table and column, a task, an enum. */
const previous = schemaUsage(`
// the previous release's schema
model Space {
  id        String      @id @default(uuid())
  name      String
  code      String      @db.VarChar(20)
  note      String?
  status    SpaceStatus @default(ACTIVE)
  visits    Int         @default(0) @map("visit_count")
  createdAt DateTime    @default(now())
  tasks     Task[]

  @@map("spaces")
}

model Task {
  id      String @id
  spaceId String
  space   Space  @relation(fields: [spaceId], references: [id])
}

enum SpaceStatus {
  ACTIVE
  REVOKED
}
`);

async function rulesBroken(...scripts: string[]): Promise<ExpandContractRule[]> {
  const migrations = scripts.map((sql, i) => ({ service: 'evaluation', name: `2027010100000${i}_change`, sql }));
  return (await expandContractViolations(previous, migrations, 'the release before')).map((v) => v.rule);
}

describe('expand/contract: migrations the previous release survives during a rolling deploy', () => {
  it('reads the previous schema by its database names: mapped tables and columns, no relation fields', () => {
    expect([...previous.tables.keys()]).toEqual(['spaces', 'Task']);
    expect([...previous.tables.get('spaces')!.keys()]).toEqual(['id', 'name', 'code', 'note', 'status', 'visit_count', 'createdAt']);
    expect(previous.tables.get('spaces')!.get('code')).toEqual({ optional: false, databaseDefault: false, type: 'varchar(20)' });
    expect(previous.tables.get('spaces')!.get('id')!.databaseDefault).toBe(false);
    expect(previous.tables.get('spaces')!.get('createdAt')!.databaseDefault).toBe(true);
    expect([...previous.tables.get('Task')!.keys()]).toEqual(['id', 'spaceId']);
  });

  describe('expanding passes', () => {
    it.each([
      [
        'a new table, its index and a foreign key',
        'CREATE TABLE "Visit" ("id" TEXT NOT NULL, "spaceId" TEXT NOT NULL, CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")); CREATE INDEX "Visit_spaceId_idx" ON "Visit"("spaceId");',
      ],
      ['a nullable column', 'ALTER TABLE "spaces" ADD COLUMN "district" TEXT;'],
      ['a NOT NULL column with a default', `ALTER TABLE "spaces" ADD COLUMN "grade" TEXT NOT NULL DEFAULT 'C', ADD COLUMN "seq" SERIAL NOT NULL;`],
      [
        'a VARCHAR made longer, or TEXT',
        'ALTER TABLE "spaces" ALTER COLUMN "code" SET DATA TYPE VARCHAR(40); ALTER TABLE "spaces" ALTER COLUMN "code" TYPE TEXT;',
      ],
      ['a required column made optional', 'ALTER TABLE "spaces" ALTER COLUMN "name" DROP NOT NULL;'],
      ['dropping what the previous release no longer maps', 'ALTER TABLE "spaces" DROP COLUMN "legacyCode"; DROP TABLE "OldImport";'],
      ['a function with a DROP in its body', 'CREATE FUNCTION "tidy"() RETURNS void LANGUAGE sql AS $$ ALTER TABLE "spaces" DROP COLUMN "note"; $$;'],
    ])('%s', async (_, sql) => {
      expect(await rulesBroken(sql)).toEqual([]);
    });

    it('a column added nullable, backfilled and given a default before it is made NOT NULL in the same release', async () => {
      expect(
        await rulesBroken(
          'ALTER TABLE "spaces" ADD COLUMN "district" TEXT;',
          `UPDATE "spaces" SET "district" = '210302'; ALTER TABLE "spaces" ALTER COLUMN "district" SET DEFAULT '210302', ALTER COLUMN "district" SET NOT NULL;`,
        ),
      ).toEqual([]);
    });
  });

  describe('contract-too-early: dropping what the previous release still maps', () => {
    it.each([
      ['a table', 'DROP TABLE "Task";'],
      [
        'a column, among other actions of one ALTER TABLE',
        '-- Prisma writes it this way\nALTER TABLE "spaces" ADD COLUMN "district" TEXT,\nDROP COLUMN "note";',
      ],
      ['a mapped column by its database name', 'ALTER TABLE "spaces" DROP COLUMN "visit_count";'],
      ['an enum', 'DROP TYPE "SpaceStatus";'],
    ])('%s', async (_, sql) => {
      expect(await rulesBroken(sql)).toEqual(['contract-too-early']);
    });
  });

  describe('rename-in-place: renaming what the previous release reads by its old name', () => {
    it.each([
      ['a column', 'ALTER TABLE "spaces" RENAME COLUMN "name" TO "spaceName";'],
      ['a table', 'ALTER TABLE "Task" RENAME TO "SpaceTask";'],
      ['an enum value', `ALTER TYPE "SpaceStatus" RENAME VALUE 'REVOKED' TO 'WITHDRAWN';`],
    ])('%s', async (_, sql) => {
      expect(await rulesBroken(sql)).toEqual(['rename-in-place']);
    });
  });

  describe("required-without-default: the previous release's inserts would fail", () => {
    it.each([
      ['a NOT NULL column without a default on a table it writes', 'ALTER TABLE "Task" ADD COLUMN "dueOn" TEXT NOT NULL;'],
      ['a column it may leave null made NOT NULL', 'ALTER TABLE "spaces" ALTER COLUMN "note" SET NOT NULL;'],
      ['a default it leaves the value to dropped', 'ALTER TABLE "spaces" ALTER COLUMN "createdAt" DROP DEFAULT;'],
    ])('%s', async (_, sql) => {
      expect(await rulesBroken(sql)).toEqual(['required-without-default']);
    });

    it('a column added nullable in one migration and made NOT NULL without a default in the next', async () => {
      expect(await rulesBroken('ALTER TABLE "Task" ADD COLUMN "dueOn" TEXT;', 'ALTER TABLE "Task" ALTER COLUMN "dueOn" SET NOT NULL;')).toEqual([
        'required-without-default',
      ]);
    });
  });

  describe('type-narrowed: a column it reads and writes gets another type', () => {
    it.each([
      ['a VARCHAR made shorter', 'ALTER TABLE "spaces" ALTER COLUMN "code" SET DATA TYPE VARCHAR(10);'],
      ['TEXT made VARCHAR', 'ALTER TABLE "spaces" ALTER COLUMN "name" SET DATA TYPE VARCHAR(200);'],
      ['INTEGER made BIGINT (the old client reads another type)', 'ALTER TABLE "spaces" ALTER COLUMN "visit_count" SET DATA TYPE BIGINT;'],
    ])('%s', async (_, sql) => {
      expect(await rulesBroken(sql)).toEqual(['type-narrowed']);
    });

    it("Prisma's script for an enum value removed: the column's type changed and the enum renamed and dropped", async () => {
      const prismaScript = `BEGIN;
CREATE TYPE "SpaceStatus_new" AS ENUM ('ACTIVE');
ALTER TABLE "spaces" ALTER COLUMN "status" TYPE "SpaceStatus_new" USING ("status"::text::"SpaceStatus_new");
ALTER TYPE "SpaceStatus" RENAME TO "SpaceStatus_old";
ALTER TYPE "SpaceStatus_new" RENAME TO "SpaceStatus";
DROP TYPE "SpaceStatus_old";
COMMIT;`;
      expect(await rulesBroken(prismaScript)).toEqual(['type-narrowed', 'rename-in-place']);
    });
  });

  it('names the migration, the statement and the previous release', async () => {
    const [v] = await expandContractViolations(
      previous,
      [{ service: 'evaluation', name: '20270101000000_tidy', sql: 'SELECT 1;\n\n-- no longer read\nALTER TABLE "spaces" DROP COLUMN "note";' }],
      'main at 0123456789',
    );
    expect(v).toEqual({
      rule: 'contract-too-early',
      migration: 'services/evaluation/prisma/migrations/20270101000000_tidy',
      statement: 'ALTER TABLE "spaces" DROP COLUMN "note"',
      message: expect.stringMatching(
        /^drops column "spaces"\."note", which the previous release still maps; .* \(the previous release is main at 0123456789\)$/,
      ),
    });
  });

  it.each([
    ['varchar(20)', 'varchar(40)', true],
    ['varchar(20)', 'varchar', true],
    ['varchar(20)', 'text', true],
    ['varchar(20)', 'varchar(19)', false],
    ['varchar', 'varchar(255)', false],
    ['text', 'varchar(255)', false],
    ['int4', 'int8', false],
    ['timestamp(3)', 'timestamp(3)', true],
  ])('%s to %s widens: %s', (from, to, widening) => {
    expect(widens(from, to)).toBe(widening);
  });
});
