import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { notFound } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflow } from '../filing/filing-workflow';
import type { ObjectionForm } from './objection.dto';

export interface Lodged {
  objectionId: string;
  applicationId: string;
  lodgedOn: string;
}

/**
 * An objection from the public to an application under public notice (Art. 6(4)). The filing
 * workflow decides whether the notice period is open and opens a city officer's task to resolve it.
 */
@Injectable()
export class ObjectionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly filing: FilingWorkflow,
  ) {}

  async lodge(applicationId: string, form: ObjectionForm): Promise<Lodged> {
    const app = await this.prisma.application.findUnique({ where: { id: applicationId }, select: { id: true } });
    if (!app) throw notFound('public notice');
    const objectionId = randomUUID();
    const state = await this.filing.lodgeObjection(applicationId, { objectionId, ...form });
    const lodged = state.notice?.objections.find((o) => o.objectionId === objectionId);
    return { objectionId, applicationId, lodgedOn: lodged!.lodgedOn };
  }
}
