/**
 * Writes each service's OpenAPI document to docs/api/<service>.openapi.json, made the way the
 * service makes the one it serves at /docs-json (openApiDocument of @makerspace/http), from its
 * modules in Nest's preview mode: nothing is connected or started. `npm run openapi`; each
 * service's test/openapi.spec.ts fails when the document it serves differs from the committed one.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { openApiDocument, ServiceDescription } from '@makerspace/http';

const SERVICES: Record<string, () => Promise<{ module: Type<unknown>; service: ServiceDescription }>> = {
  intake: async () => ({
    module: (await import('../../services/intake/src/app.module')).AppModule,
    service: (await import('../../services/intake/src/service')).INTAKE_SERVICE,
  }),
  review: async () => ({
    module: (await import('../../services/review/src/app.module')).AppModule,
    service: (await import('../../services/review/src/service')).REVIEW_SERVICE,
  }),
  evaluation: async () => ({
    module: (await import('../../services/evaluation/src/app.module')).AppModule,
    service: (await import('../../services/evaluation/src/service')).EVALUATION_SERVICE,
  }),
  notification: async () => ({
    module: (await import('../../services/notification/src/app.module')).AppModule,
    service: (await import('../../services/notification/src/service')).NOTIFICATION_SERVICE,
  }),
};

async function main(): Promise<void> {
  const folder = join(__dirname, '../../docs/api');
  mkdirSync(folder, { recursive: true });
  for (const [name, load] of Object.entries(SERVICES)) {
    const { module, service } = await load();
    const app = await NestFactory.create(module, { preview: true, logger: false });
    writeFileSync(join(folder, `${name}.openapi.json`), JSON.stringify(openApiDocument(app, service), null, 2) + '\n');
    await app.close();
    Logger.log(`docs/api/${name}.openapi.json written`, 'OpenAPI');
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
