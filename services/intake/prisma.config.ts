import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { connectionSettings, connectionUrl } from '../../libs/database/src/connection-settings';
import { migrationAdapter } from '../../libs/database/src/migration-adapter';

// The CLI runs migrations through its bundled wasm schema engine and our pg adapter
// (see docs/prisma.md): no engine binary is downloaded.
const settings = connectionSettings('intake');
process.env.INTAKE_DATABASE_URL ??= connectionUrl(settings);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  adapter: async () => migrationAdapter(settings),
});
