import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { connectionSettings, connectionUrl } from './connection-settings';
import { migrationAdapter } from './migration-adapter';

/**
 * A service's prisma.config.ts: the CLI runs migrations through its bundled wasm schema engine and
 * our pg adapter (see docs/prisma.md), so no engine binary is downloaded. `serviceDir` holds
 * `prisma/schema.prisma` and `prisma/migrations`.
 */
export function servicePrismaConfig(service: string, serviceDir: string) {
  const settings = connectionSettings(service);
  // The schema's datasource keeps `url = env(...)`, which Prisma 6.19 requires.
  process.env[`${service.toUpperCase()}_DATABASE_URL`] ??= connectionUrl(settings);
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(serviceDir, 'prisma', 'schema.prisma'),
    migrations: { path: path.join(serviceDir, 'prisma', 'migrations') },
    adapter: async () => migrationAdapter(settings),
  });
}
