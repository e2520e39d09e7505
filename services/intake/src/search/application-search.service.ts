import { HttpStatus, Injectable } from '@nestjs/common';
import type { ApplicationStatus, ApplicationSummary, Page } from '@makerspace/contracts';
import { ApiException, RequestActor } from '@makerspace/http';
import { todayInShanghai, validateUscc } from '@makerspace/policy';
import type { Prisma } from '.prisma/intake-client';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import type { ApplicationSearch } from './application-search.dto';
import { searchScope } from './search-scope';

/**
 * Finds applications for staff (within their jurisdiction) and lists an applicant's own: by part
 * of a name (trigram indexes, Chinese included), USCC, filing number, status, stage, division,
 * year of submission and overdue, sorted and paged by the database.
 */
@Injectable()
export class ApplicationSearchService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async search(actor: RequestActor, q: ApplicationSearch): Promise<Page<ApplicationSummary>> {
    const today = todayInShanghai(this.clock.now());
    const where: Prisma.ApplicationWhereInput = { AND: [searchScope(actor, q.division), ...(await this.filters(q, today))] };
    const [rows, total] = await Promise.all([
      this.prisma.application.findMany({
        where,
        orderBy: [q.sort === 'submittedOn' ? { submittedOn: { sort: q.order, nulls: 'last' } } : { [q.sort]: q.order }, { id: 'asc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
        select: {
          id: true,
          spaceName: true,
          divisionCode: true,
          status: true,
          stage: true,
          submittedOn: true,
          updatedAt: true,
          organisation: { select: { name: true, uscc: true } },
          deadlines: { where: { closedAt: null }, select: { dueOn: true }, orderBy: { dueOn: 'asc' }, take: 1 },
        },
      }),
      this.prisma.application.count({ where }),
    ]);
    const filed = await this.prisma.registryEntry.findMany({
      where: { applicationId: { in: rows.map((r) => r.id) } },
      select: { applicationId: true, filingNumber: true },
    });
    const filingNumberOf = new Map(filed.map((f) => [f.applicationId, f.filingNumber]));
    const items = rows.map((row): ApplicationSummary => {
      const dueOn = row.deadlines[0]?.dueOn ?? null;
      return {
        applicationId: row.id,
        spaceName: row.spaceName,
        organisationName: row.organisation.name,
        uscc: row.organisation.uscc,
        divisionCode: row.divisionCode,
        status: row.status as ApplicationStatus,
        stage: row.stage,
        submittedOn: row.submittedOn,
        updatedAt: row.updatedAt.toISOString(),
        filingNumber: filingNumberOf.get(row.id) ?? null,
        dueOn,
        overdue: UNDER_REVIEW.includes(row.status) && dueOn !== null && dueOn < today,
      };
    });
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  private async filters(q: ApplicationSearch, today: string): Promise<Prisma.ApplicationWhereInput[]> {
    const overdue: Prisma.ApplicationWhereInput = { status: { in: UNDER_REVIEW }, deadlines: { some: { closedAt: null, dueOn: { lt: today } } } };
    return [
      q.name ? { OR: [{ spaceName: { contains: q.name, mode: 'insensitive' } }, { organisationId: { in: await this.organisationsNamed(q.name) } }] } : {},
      q.uscc ? { organisation: { uscc: checkedUscc(q.uscc) } } : {},
      q.filingNumber ? { id: { in: await this.filedAs(q.filingNumber) } } : {},
      q.status ? { status: q.status } : {},
      q.stage ? { stage: q.stage } : {},
      q.division ? { divisionCode: q.division } : {},
      q.year ? { submittedOn: { startsWith: `${q.year}-` } } : {},
      q.overdue === true ? overdue : q.overdue === false ? { NOT: overdue } : {},
    ];
  }

  /**
   * The organisations whose name contains the text, looked up first: the applications' own
   * trigram index and their organisation index then combine (a join to the organisation's name
   * inside the OR made PostgreSQL scan every application, docs/benchmarks.md "Case search").
   */
  private async organisationsNamed(name: string): Promise<string[]> {
    const named = await this.prisma.organisation.findMany({ where: { name: { contains: name, mode: 'insensitive' } }, select: { id: true } });
    return named.map((o) => o.id);
  }

  /** The applications whose filed space's number contains the text. */
  private async filedAs(filingNumber: string): Promise<string[]> {
    const entries = await this.prisma.registryEntry.findMany({
      where: { filingNumber: { contains: filingNumber }, applicationId: { not: null } },
      select: { applicationId: true },
    });
    return entries.map((e) => e.applicationId!);
  }
}

/** The statuses of an application whose procedure is at a review stage (submitted: at the district's). */
const UNDER_REVIEW = ['SUBMITTED', 'IN_REVIEW'];

function checkedUscc(uscc: string): string {
  const check = validateUscc(uscc);
  if (!check.valid) {
    throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the query is not valid', [
      { field: 'uscc', rule: 'GB 32100-2015', message: `${check.reason.en} / ${check.reason.zh}` },
    ]);
  }
  return uscc;
}
