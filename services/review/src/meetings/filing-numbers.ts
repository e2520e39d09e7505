import { Injectable } from '@nestjs/common';
import { Prisma } from '.prisma/review-client';
import { PrismaService } from '../database/prisma.service';
import { formatFilingNumber } from './filing-number';

/**
 * Gives approved applications their filing numbers: one per application, whatever the number of
 * retries, and per year in sequence without gaps.
 */
@Injectable()
export class FilingNumbers {
  constructor(private readonly prisma: PrismaService) {}

  /** The application's filing number: the one it already has, or the next of `year`. */
  async allocate(applicationId: string, year: number): Promise<string> {
    const existing = await this.prisma.filingNumber.findUnique({ where: { applicationId } });
    if (existing) return existing.number;
    try {
      return await this.prisma.$transaction(async (tx) => {
        // One statement takes the next number and holds the year's counter until commit: concurrent
        // approvals queue behind it, and one that rolls back gives its number back.
        const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
          INSERT INTO "FilingNumberCounter" ("year", "last") VALUES (${year}, 1)
          ON CONFLICT ("year") DO UPDATE SET "last" = "FilingNumberCounter"."last" + 1
          RETURNING "last"`;
        const number = formatFilingNumber(year, last);
        await tx.filingNumber.create({ data: { applicationId, year, sequence: last, number } });
        return number;
      });
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e;
      // The same application was numbered by a concurrent call: that number stands, this one rolled back.
      return (await this.prisma.filingNumber.findUniqueOrThrow({ where: { applicationId } })).number;
    }
  }
}
