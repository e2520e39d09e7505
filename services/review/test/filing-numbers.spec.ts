import { randomInt, randomUUID } from 'node:crypto';
import { PrismaService } from '../src/database/prisma.service';
import { FilingNumbers } from '../src/meetings/filing-numbers';

/** Filing numbers as the review service allocates them, in its real test database. */
describe('filing numbers (备案编号) from the review database', () => {
  const prisma = new PrismaService();
  const numbers = new FilingNumbers(prisma);
  // A year of its own, so test runs never share a sequence.
  const year = 3000 + randomInt(6000);
  const seq = (n: number) => `鞍科众备〔${year}〕${String(n).padStart(3, '0')}`;

  afterAll(async () => {
    await prisma.filingNumber.deleteMany({ where: { year } });
    await prisma.filingNumberCounter.deleteMany({ where: { year } });
    await prisma.$disconnect();
  });

  it("numbers a year's approvals from 001 in the order they come", async () => {
    expect(await numbers.allocate(randomUUID(), year)).toBe(seq(1));
    expect(await numbers.allocate(randomUUID(), year)).toBe(seq(2));
  });

  it('gives an application approved again (a retried meeting record) the number it already has', async () => {
    const applicationId = randomUUID();
    const first = await numbers.allocate(applicationId, year);
    expect(await numbers.allocate(applicationId, year)).toBe(first);
    expect(await prisma.filingNumber.count({ where: { applicationId } })).toBe(1);
  });

  it('numbers approvals that come at once without gaps or repeats', async () => {
    const before = (await prisma.filingNumberCounter.findUniqueOrThrow({ where: { year } })).last;
    const given = await Promise.all(Array.from({ length: 8 }, () => numbers.allocate(randomUUID(), year)));
    expect([...given].sort()).toEqual(Array.from({ length: 8 }, (_, i) => seq(before + i + 1)));
  });

  it('gives one number to concurrent retries of the same approval, and spends no other', async () => {
    const applicationId = randomUUID();
    const before = (await prisma.filingNumberCounter.findUniqueOrThrow({ where: { year } })).last;
    const given = await Promise.all(Array.from({ length: 5 }, () => numbers.allocate(applicationId, year)));
    expect(new Set(given)).toEqual(new Set([seq(before + 1)]));
    expect(await numbers.allocate(randomUUID(), year)).toBe(seq(before + 2));
  });

  it('starts each year at 001', async () => {
    expect(await numbers.allocate(randomUUID(), year + 1)).toBe(`鞍科众备〔${year + 1}〕001`);
    await prisma.filingNumber.deleteMany({ where: { year: year + 1 } });
    await prisma.filingNumberCounter.deleteMany({ where: { year: year + 1 } });
  });
});
