import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma-6/config';
import { connectionSettings, connectionUrl } from './connection-settings';
import { migrationAdapter } from './migration-adapter';

/**
 * A service's prisma-migrate.config.ts, read by Prisma 6.19's CLI (the `prisma-6` package), which
 * runs migrations on its bundled wasm schema engine and our pg adapter, so no engine binary is
 * downloaded (see docs/prisma.md). `serviceDir` holds `prisma/migrations`; the CLI reads the copy
 * of `prisma/schema.prisma` that infra/prisma/generate.sh writes for it.
 */
export function serviceMigrationConfig(service: string, serviceDir: string) {
  const settings = connectionSettings(service);
  // The copy's datasource names this variable, which Prisma 6.19 requires to be set.
  process.env[`${service.toUpperCase()}_DATABASE_URL`] ??= connectionUrl(settings);
  const schema = path.join(serviceDir, '..', '..', 'node_modules', '.prisma', `${service}-migrate`, 'schema.prisma');
  if (!existsSync(schema)) throw new Error(`${schema} is missing: run bash infra/prisma/generate.sh ${service}`);
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema,
    migrations: { path: path.join(serviceDir, 'prisma', 'migrations') },
    adapter: async () => migrationAdapter(settings),
  });
}
