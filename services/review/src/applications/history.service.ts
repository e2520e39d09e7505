import { Injectable } from '@nestjs/common';
import type { FilingState } from '@makerspace/contracts';
import { notFound, RequestActor } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { FilingWorkflows } from '../filing/filing-workflows';
import { requireStaff } from '../tasks/desk';
import { expertView } from './panel-privacy';

/**
 * An application's filing state and history as the caller may see it: a district officer only
 * its division's applications, an expert only its panel's (without the other scores until all
 * are in), the city and the meeting secretary everything. Anything else answers 404.
 */
@Injectable()
export class HistoryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workflows: FilingWorkflows,
  ) {}

  async of(actor: RequestActor, applicationId: string): Promise<FilingState> {
    requireStaff(actor);
    if (actor.role === 'district-officer') {
      const application = await this.prisma.application.findUnique({ where: { id: applicationId } });
      if (application?.divisionCode !== actor.scope) throw notFound('application');
    }
    const state = await this.workflows.state(applicationId);
    const view = actor.role === 'expert' ? expertView(state, actor.id) : state;
    if (!view) throw notFound('application');
    return view;
  }
}
