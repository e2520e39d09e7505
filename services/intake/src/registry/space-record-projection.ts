import { EventEnvelope, type EventPayload, isEvent } from '@makerspace/contracts';
import type { Prisma } from '.prisma/intake-client';

/**
 * Keeps a filed space's public registry entry in step with its supervision (Art. 7, Art. 8): a
 * space filed before the system enters the registry when it is imported at go-live; an approved
 * change of name, operating organisation or location shows the new name, operator or district; a
 * revocation shows the space as REVOKED. A space's events share its key, so they arrive in order;
 * setting values (never adding to them) makes a redelivered event harmless. A change of area alone
 * changes nothing the registry shows.
 */
export async function projectSpaceRecord(tx: Prisma.TransactionClient, event: EventEnvelope): Promise<void> {
  if (isEvent(event, 'space.imported')) {
    await enterImportedSpace(tx, event.payload);
    return;
  }
  if (isEvent(event, 'space.revoked')) {
    await tx.registryEntry.updateMany({ where: { spaceId: event.payload.spaceId }, data: { status: 'REVOKED' } });
    return;
  }
  if (!isEvent(event, 'change.approved')) return;
  const { spaceId, change } = event.payload;
  const shown = await registryFieldsOf(tx, change);
  if (Object.keys(shown).length > 0) await tx.registryEntry.updateMany({ where: { spaceId }, data: shown });
}

/**
 * An imported space enters the registry as a space filed through the system does, without an
 * application. It enters once: a redelivered import finds its entry and leaves what later events
 * set on it, and a filing number the registry already lists is not listed twice.
 */
async function enterImportedSpace(tx: Prisma.TransactionClient, p: EventPayload<'space.imported'>): Promise<void> {
  if (await tx.registryEntry.findFirst({ where: { filingNumber: p.filingNumber }, select: { spaceId: true } })) return;
  await tx.registryEntry.createMany({
    data: [
      {
        spaceId: p.spaceId,
        filingNumber: p.filingNumber,
        spaceName: p.spaceName,
        organisationName: p.organisationName,
        divisionCode: p.divisionCode,
        filedOn: p.filedOn,
        status: p.status,
      },
    ],
    skipDuplicates: true,
  });
}

/** What of an approved change the registry shows (the change as the workflow validated it). */
async function registryFieldsOf(tx: Prisma.TransactionClient, change: Record<string, unknown>): Promise<Prisma.RegistryEntryUpdateManyMutationInput> {
  switch (change.kind) {
    case 'NAME':
      return typeof change.name === 'string' ? { spaceName: change.name } : {};
    case 'OPERATING_ORGANISATION': {
      // The change names the new operator by its USCC (and its id when it registered here); the
      // name shown is the one it registered with. An operator unknown here leaves the name as it was.
      const uscc = (change.organisation as { uscc?: unknown } | undefined)?.uscc;
      const id = change.organisationId;
      const where = typeof id === 'string' ? { id } : typeof uscc === 'string' ? { uscc } : undefined;
      const operator = where && (await tx.organisation.findFirst({ where, select: { name: true } }));
      return operator ? { organisationName: operator.name } : {};
    }
    case 'LOCATION': {
      const divisionCode = (change.venue as { divisionCode?: unknown } | undefined)?.divisionCode;
      return typeof divisionCode === 'string' ? { divisionCode } : {};
    }
    default:
      return {};
  }
}
