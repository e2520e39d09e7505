/** The service's database as the audit trail uses it (its PrismaService). */
export const AUDIT_DATABASE = Symbol('AUDIT_DATABASE');
