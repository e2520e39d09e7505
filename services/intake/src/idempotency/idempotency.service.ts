import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
import { Prisma } from '.prisma/intake-client';
import { conflict } from '@makerspace/http';
import { PrismaService } from '../database/prisma.service';

export interface Outcome<T> {
  status: number;
  body: T;
}

/**
 * Runs a request at most once per Idempotency-Key: the first answer (success or refusal) is stored
 * and a repeat of the key gets the same answer; the same key with a different request is refused.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly prisma: PrismaService) {}

  async once<T>(key: string | undefined, request: unknown, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    if (!key) return run();
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const stored = await this.prisma.idempotencyRecord.findUnique({ where: { key } });
    if (stored) {
      if (stored.requestHash !== requestHash) throw conflict('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
      return { status: stored.status, body: stored.body as T };
    }
    let outcome: Outcome<T>;
    try {
      outcome = await run();
    } catch (e) {
      // A refusal (4xx) is an answer too: replay it. Faults (5xx, unavailable) are not stored, so a retry runs again.
      if (e instanceof HttpException && e.getStatus() < 500) outcome = { status: e.getStatus(), body: e.getResponse() as T };
      else throw e;
    }
    await this.prisma.idempotencyRecord
      .create({ data: { key, requestHash, status: outcome.status, body: outcome.body as Prisma.InputJsonValue } })
      .catch(() => undefined); // a concurrent twin stored it first; both answers are the same
    return outcome;
  }
}
