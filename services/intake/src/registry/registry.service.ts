import { Injectable } from '@nestjs/common';
import type { FiledSpace, NoticeView, Page } from '@makerspace/contracts';
import { todayInShanghai } from '@makerspace/policy';
import type { Prisma } from '.prisma/intake-client';
import { Clock } from '../clock/clock';
import { PrismaService } from '../database/prisma.service';
import type { NoticeSearch, RegistrySearch } from './registry.dto';

/** What the public may read: the registry of filed spaces and the applications under public notice. */
@Injectable()
export class RegistryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async filedSpaces(q: RegistrySearch): Promise<Page<FiledSpace>> {
    const where: Prisma.RegistryEntryWhereInput = {
      ...(q.division ? { divisionCode: q.division } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.filingNumber ? { filingNumber: { contains: q.filingNumber } } : {}),
      ...(q.year ? { filedOn: { startsWith: `${q.year}-` } } : {}),
      ...(q.name ? { OR: [{ spaceName: { contains: q.name, mode: 'insensitive' } }, { organisationName: { contains: q.name, mode: 'insensitive' } }] } : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.registryEntry.findMany({ where, orderBy: [{ filedOn: 'desc' }, { filingNumber: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
      this.prisma.registryEntry.count({ where }),
    ]);
    const items = rows.map(({ applicationId: _a, ...space }) => space);
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  /** Notices whose period has not ended (Art. 6(4)): objections are taken until the last day. */
  async openNotices(q: NoticeSearch): Promise<Page<NoticeView>> {
    const where: Prisma.PublicNoticeWhereInput = { untilDate: { gte: todayInShanghai(this.clock.now()) }, ...(q.division ? { divisionCode: q.division } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.publicNotice.findMany({
        where,
        orderBy: [{ untilDate: 'asc' }, { applicationId: 'asc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      this.prisma.publicNotice.count({ where }),
    ]);
    const items = rows.map((n) => ({
      applicationId: n.applicationId,
      spaceName: n.spaceName,
      organisationName: n.organisationName,
      divisionCode: n.divisionCode,
      from: n.fromDate,
      until: n.untilDate,
    }));
    return { items, page: q.page, pageSize: q.pageSize, total };
  }
}
