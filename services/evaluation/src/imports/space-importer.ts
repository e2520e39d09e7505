import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Prisma } from '.prisma/evaluation-client';
import { appendAuditEntry, type AuditRecord } from '@makerspace/audit';
import { type EventPayload, eventVersion } from '@makerspace/contracts';
import { eventId } from '@makerspace/events';
import type { RequestActor } from '@makerspace/http';
import { type CalendarDate, RULESETS, selectRuleset, selfReportDueDate } from '@makerspace/policy';
import { PrismaService } from '../database/prisma.service';
import { EventRelay } from '../outbox/event-relay';
import { raiseEvent } from '../outbox/raise-event';
import type { Tx } from '../supervision/projection';
import type { ImportedSpace, ImportIssue } from './import-row';
import { importedSpaceId } from './space-import-id';

export interface ImportedRow {
  row: number;
  filingNumber: string;
  spaceId: string;
}

/** What an import did: the spaces it created, those already on record, and the rows it refused. */
export interface ImportReport {
  importId: string;
  file: string;
  partial: boolean;
  created: ImportedRow[];
  alreadyOnRecord: ImportedRow[];
  refused: ImportIssue[];
}

/** Transactions of large files take longer than Prisma's default 5 s. */
const TRANSACTION = { timeout: 300_000, maxWait: 30_000 };

/**
 * Records the spaces of a go-live import in one transaction: each space record (ACTIVE, so the
 * next evaluation cycle asks it for its report), its past grades as confirmed evaluations (they
 * count toward Art. 7's two consecutive unqualified years), its line in the import ledger, its
 * `space.imported` event for the public registry (in the outbox, published once committed) and an
 * audit entry. A filing number already on record, imported or filed through the system, is left
 * as it is: running the same file twice creates every space, and raises its event, once.
 */
@Injectable()
export class SpaceImporter {
  constructor(
    private readonly prisma: PrismaService,
    private readonly relay: EventRelay,
  ) {}

  async record(actor: RequestActor, file: string, spaces: readonly ImportedSpace[], refused: ImportIssue[], partial: boolean): Promise<ImportReport> {
    const report = await this.recordOnce(actor, { importId: randomUUID(), file, partial, refused }, spaces);
    if (report.created.length > 0) this.relay.wake();
    return report;
  }

  private async recordOnce(
    actor: RequestActor,
    head: Omit<ImportReport, 'created' | 'alreadyOnRecord'>,
    spaces: readonly ImportedSpace[],
  ): Promise<ImportReport> {
    try {
      return await this.prisma.$transaction((tx) => this.write(tx, actor, head, spaces), TRANSACTION);
    } catch (e) {
      // Another import took one of these filing numbers meanwhile: this run now finds it on record.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
        return this.prisma.$transaction((tx) => this.write(tx, actor, head, spaces), TRANSACTION);
      }
      throw e;
    }
  }

  private async write(
    tx: Tx,
    actor: RequestActor,
    head: Omit<ImportReport, 'created' | 'alreadyOnRecord'>,
    spaces: readonly ImportedSpace[],
  ): Promise<ImportReport> {
    const report: ImportReport = { ...head, created: [], alreadyOnRecord: [] };
    const filingNumbers = { in: spaces.map((s) => s.filingNumber) };
    const [filed, imported] = await Promise.all([
      tx.space.findMany({ where: { filingNumber: filingNumbers }, select: { id: true, filingNumber: true } }),
      tx.spaceImport.findMany({ where: { filingNumber: filingNumbers }, select: { spaceId: true, filingNumber: true } }),
    ]);
    const onRecord = new Map([...imported.map((i) => [i.filingNumber, i.spaceId] as const), ...filed.map((s) => [s.filingNumber, s.id] as const)]);
    const entries: AuditRecord[] = [];
    for (const space of spaces) {
      const existing = onRecord.get(space.filingNumber);
      if (existing) {
        report.alreadyOnRecord.push({ row: space.row, filingNumber: space.filingNumber, spaceId: existing });
        continue;
      }
      const spaceId = importedSpaceId(space.filingNumber);
      entries.push(await this.createSpace(tx, actor, head, spaceId, space));
      report.created.push({ row: space.row, filingNumber: space.filingNumber, spaceId });
    }
    // Appended last: the chain's lock is then held only for the commit, not while rows are written.
    for (const entry of entries) await appendAuditEntry(tx, entry);
    return report;
  }

  /** Writes the space's rows and raises its event; answers the audit entry that records them. */
  private async createSpace(
    tx: Tx,
    actor: RequestActor,
    head: Pick<ImportReport, 'importId' | 'file'>,
    spaceId: string,
    space: ImportedSpace,
  ): Promise<AuditRecord> {
    const record = await tx.space.create({
      data: {
        id: spaceId,
        filingNumber: space.filingNumber,
        // The operator's organisation is known here by its USCC only; intake's id is not known.
        organisationId: space.uscc,
        name: space.spaceName,
        divisionCode: space.divisionCode,
        filedOn: space.filedOn,
      },
    });
    const grades = Object.entries(space.pastGrades).map(([year, grade]) => ({ year: Number(year), grade }));
    await tx.evaluation.createMany({
      data: grades.map(({ year, grade }) => ({
        spaceId,
        year,
        divisionCode: space.divisionCode,
        status: 'CONFIRMED',
        dueOn: selfReportDueDate(year, selectRuleset(RULESETS, `${year + 1}-01-01` as CalendarDate)),
        grade,
        confirmedBy: actor.id,
      })),
    });
    const ledger = await tx.spaceImport.create({
      data: {
        filingNumber: space.filingNumber,
        spaceId,
        importId: head.importId,
        sourceRow: space.row,
        sourceFile: head.file,
        organisationName: space.organisationName,
        uscc: space.uscc,
        venue: space.venue,
        pastGrades: space.pastGrades,
        importedBy: actor.id,
      },
    });
    await raiseEvent(tx, {
      // One id per space, whatever import carries it.
      id: eventId('space-import', spaceId, 'space.imported'),
      type: 'space.imported',
      version: eventVersion('space.imported'),
      occurredAt: ledger.importedAt.toISOString(),
      subject: spaceId,
      actor: { id: actor.id, role: actor.role },
      payload: {
        spaceId,
        filingNumber: record.filingNumber,
        spaceName: record.name,
        organisationId: record.organisationId,
        divisionCode: record.divisionCode,
        organisationName: space.organisationName,
        uscc: space.uscc,
        filedOn: record.filedOn,
        status: 'ACTIVE',
        importId: head.importId,
      } satisfies EventPayload<'space.imported'>,
    });
    return {
      actor,
      action: 'space.imported',
      subject: { type: 'space', id: spaceId },
      reason: `go-live import ${head.importId}: row ${space.row} of ${head.file}`,
      after: { space: record, pastGrades: space.pastGrades, source: ledger },
    };
  }
}
