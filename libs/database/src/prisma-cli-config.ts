import path from 'node:path';
import { defineConfig } from 'prisma/config';

/**
 * A service's prisma.config.ts, read by Prisma 7's CLI, which only generates the service's client
 * (infra/prisma/generate.sh). Prisma 7 migrates only through its native schema engine, which cannot
 * be downloaded here, so migrations run on Prisma 6.19's CLI with the service's
 * prisma-migrate.config.ts (migration-cli-config.ts, docs/prisma.md). `serviceDir` holds
 * `prisma/schema.prisma`.
 */
export function servicePrismaConfig(serviceDir: string) {
  return defineConfig({ schema: path.join(serviceDir, 'prisma', 'schema.prisma') });
}
