import { PrismaPg } from '@prisma/adapter-pg';
import { ConnectionSettings, poolConfig } from './connection-settings';

/**
 * The driver adapter the services' Prisma clients run on. Prisma 6's Rust-free client
 * (`engineType = "client"`) talks to PostgreSQL only through this adapter and the pg driver,
 * so no engine binary is needed at run time.
 */
export function prismaAdapter(settings: ConnectionSettings, max = 10): PrismaPg {
  return new PrismaPg(
    poolConfig(settings, {
      max,
      connectionTimeoutMillis: 5_000,
      // A dead server must surface as an error quickly, not as a hung request.
      query_timeout: 30_000,
    }),
  );
}
