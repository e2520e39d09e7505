import { Injectable } from '@nestjs/common';
import { evaluationCycleState, evaluationCycleWorkflowId } from '@makerspace/contracts';
import { PrismaService } from '../database/prisma.service';
import { SupervisionWorkflows } from '../temporal/supervision-workflows';
import { RequestActor, requireRole } from '@makerspace/http';
import { divisionOf } from '../access/space-access';
import type { ProgressSearch, ResultSearch } from './cycle.dto';

/** How far a year's evaluation has come, and its results, overall or for one division. */
@Injectable()
export class CycleProgress {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workflows: SupervisionWorkflows,
  ) {}

  /** The cycle and its evaluations counted by status and confirmed grade, for the city or one division (a district officer's own). */
  async progress(actor: RequestActor, year: number, q: ProgressSearch) {
    requireRole(actor, 'city-officer', 'district-officer', 'scheduler');
    const divisionCode = divisionOf(actor, q.divisionCode);
    const where = { year, ...(divisionCode ? { divisionCode } : {}) };
    const [workflow, cycle, byStatus, byGrade, reportsFiled, reportsMissed] = await Promise.all([
      this.workflowOf(year),
      this.prisma.evaluationCycle.findUnique({ where: { year } }),
      this.prisma.evaluation.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.prisma.evaluation.groupBy({ by: ['grade'], where: { ...where, status: 'CONFIRMED' }, _count: { _all: true } }),
      this.prisma.evaluation.count({ where: { ...where, reportFiledOn: { not: null } } }),
      this.prisma.evaluation.count({ where: { ...where, reportMissed: true } }),
    ]);
    return {
      year,
      divisionCode: divisionCode ?? null,
      workflow,
      cycle,
      evaluations: {
        total: byStatus.reduce((sum, r) => sum + r._count._all, 0),
        byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])),
        confirmedByGrade: Object.fromEntries(byGrade.map((r) => [r.grade ?? '-', r._count._all])),
        reportsFiled,
        reportsMissed,
      },
    };
  }

  /** The cycle's workflow: its status and where it stands (waiting to open, too late, ...), null before it was opened. */
  private async workflowOf(year: number) {
    const workflowId = evaluationCycleWorkflowId(year);
    const status = await this.workflows.status(workflowId);
    if (!status) return null;
    return { status, state: await this.workflows.query(workflowId, evaluationCycleState, 'evaluation cycle') };
  }

  /** The year's results in space id order, with each space's name and filing number. */
  async results(actor: RequestActor, year: number, q: ResultSearch) {
    requireRole(actor, 'city-officer', 'district-officer');
    const f = { ...q, divisionCode: divisionOf(actor, q.divisionCode) };
    const rows = await this.prisma.evaluation.findMany({
      where: { year, divisionCode: f.divisionCode, status: f.status, grade: f.grade, ...(f.after ? { spaceId: { gt: f.after } } : {}) },
      orderBy: { spaceId: 'asc' },
      take: f.limit,
      omit: { selfReport: true },
    });
    const spaces = await this.prisma.space.findMany({
      where: { id: { in: rows.map((r) => r.spaceId) } },
      select: { id: true, name: true, filingNumber: true },
    });
    const byId = new Map(spaces.map((s) => [s.id, s]));
    return rows.map((r) => ({ ...r, spaceName: byId.get(r.spaceId)?.name ?? null, filingNumber: byId.get(r.spaceId)?.filingNumber ?? null }));
  }
}
