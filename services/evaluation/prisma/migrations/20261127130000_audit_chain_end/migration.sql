-- The end of the audit chain, read under the chain's lock, in one round trip (written by hand;
-- Prisma does not model functions). A PL/pgSQL function that is VOLATILE takes a new snapshot for
-- each statement, so the SELECT below sees the entry of whoever held the lock before: the lock and
-- the read cannot be one plain SQL statement, whose snapshot would predate the wait for the lock.
CREATE FUNCTION "audit_chain_end"() RETURNS TABLE ("at" TIMESTAMPTZ(3), "seq" INTEGER, "hash" TEXT)
  LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEntry'));
  RETURN QUERY
    SELECT date_trunc('milliseconds', clock_timestamp())::TIMESTAMPTZ(3), last."seq", last."hash"
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (SELECT e."seq", e."hash" FROM "AuditEntry" AS e ORDER BY e."seq" DESC LIMIT 1) AS last ON true;
END;
$$;
