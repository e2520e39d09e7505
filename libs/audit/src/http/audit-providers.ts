import type { Type } from '@nestjs/common';
import type { AuditDatabase } from '../chain/sql-client';
import { AuditedDecisions } from '../decisions/audited-decisions';
import { DecisionRecovery } from '../decisions/decision-recovery';
import { AUDIT_DATABASE } from './audit-database';
import { AuditTrail } from './audit-trail';

/**
 * What a service module provides for its audit trail: its Prisma client as the trail's database,
 * the trail, and its decisions on workflows with their recovery (which needs the service's
 * Temporal client as DECISION_WORKFLOWS).
 */
export const auditProviders = (database: Type<AuditDatabase>) => [
  { provide: AUDIT_DATABASE, useExisting: database },
  AuditTrail,
  AuditedDecisions,
  DecisionRecovery,
];
