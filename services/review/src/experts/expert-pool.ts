import { HttpStatus, Injectable } from '@nestjs/common';
import { DirectoryReader, Expert } from '@makerspace/identity';
import { ApiException, notFound } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';
import { conflictOf } from './conflict-of-interest';

/** An expert of the pool as the city sees it when it picks a panel: the conflict, when the data shows one. */
export interface PoolExpert extends Expert {
  conflict: string | null;
}

/**
 * The expert pool is the identity provider's (its group of experts, each with the field and the
 * organisation the bureau recorded): the city picks a panel from it, and a panel naming anyone
 * outside it, or an expert of the applying organisation, is refused before it reaches the workflow.
 */
@Injectable()
export class ExpertPool {
  constructor(
    private readonly directory: DirectoryReader,
    private readonly prisma: PrismaService,
  ) {}

  /** The pool; for an application, each expert with the conflict of interest its data shows. */
  async experts(applicationId?: string): Promise<PoolExpert[]> {
    const uscc = applicationId ? await this.applyingUscc(applicationId) : null;
    return (await this.directory.experts()).map((expert) => ({ ...expert, conflict: conflictOf(expert, uscc) }));
  }

  /** 400 naming `experts` for each named expert who is not in the pool or is in conflict. */
  async checkPanel(applicationId: string, expertIds: readonly string[]): Promise<void> {
    const pool = new Map((await this.experts(applicationId)).map((e) => [e.id, e]));
    const issues = expertIds.flatMap((id) => {
      const expert = pool.get(id);
      if (!expert) return [{ field: 'experts', rule: 'expert pool', message: `${id} is not an expert of the pool (the identity provider's group of experts)` }];
      return expert.conflict ? [{ field: 'experts', rule: 'conflict of interest', message: expert.conflict }] : [];
    });
    if (issues.length) throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the panel is not valid', issues);
  }

  private async applyingUscc(applicationId: string): Promise<string | null> {
    const application = await this.prisma.application.findUnique({ where: { id: applicationId }, select: { uscc: true } });
    if (!application) throw notFound('application');
    return application.uscc;
  }
}
