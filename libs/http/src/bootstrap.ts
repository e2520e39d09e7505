import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { servicePortOf, ServiceName, settingsOrExit } from '@makerspace/config';
import {
  collectProcessMetrics,
  drainHttp,
  JsonLogger,
  metricsEndpoint,
  onTermination,
  requestMetrics,
  requestSpans,
  startTracing,
} from '@makerspace/observability';
import { acceptedBodyTypes } from './body-types';
import { ErrorFilter } from './error-filter';
import { readAuthSettings } from './auth/auth-settings';
import { bearerIdentity } from './auth/bearer-identity';
import { verifyJsonDepth } from './json-depth';
import { openApiDocument } from './openapi/openapi-document';
import { StorableTextPipe } from './storable-text';

export interface ServiceDescription {
  name: string;
  title: string;
  description: string;
}

/**
 * The largest JSON body a service reads; a larger one is answered 413 in the one error shape before
 * it is parsed. Evidence files are multipart and have their own limit.
 */
export const JSON_BODY_LIMIT = '1mb';

/**
 * Shared HTTP setup: the one error shape, security headers, bodies only as JSON (or multipart
 * uploads) up to a size and a depth, the caller from a verified bearer token, text the database can store, the OpenAPI document at /docs (UI), /docs-json and /docs/openapi.json, shutdown hooks.
 */
export function configureApp(app: INestApplication, service: ServiceDescription): void {
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalPipes(new StorableTextPipe());
  // First, so the whole request is inside its span and its time.
  app.use(requestSpans(service.name));
  app.use(requestMetrics(service.name));
  app.use((_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
    next();
  });
  (app as NestExpressApplication).getHttpAdapter().getInstance().get('/metrics', metricsEndpoint());
  // After the headers, so a refused body is answered with them too.
  app.use(acceptedBodyTypes);
  (app as NestExpressApplication).useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: verifyJsonDepth });
  app.use(bearerIdentity(readAuthSettings()));
  let document: OpenAPIObject | undefined;
  const documentOnce = () => (document ??= openApiDocument(app, service));
  // /docs-json is where NestJS puts the document by default and where clients look first.
  (app as NestExpressApplication)
    .getHttpAdapter()
    .getInstance()
    .get('/docs-json', (_req: unknown, res: { json(body: unknown): void }) => res.json(documentOnce()));
  SwaggerModule.setup('docs', app, documentOnce, { jsonDocumentUrl: 'docs/openapi.json' });
}

/**
 * Start a service's HTTP server on its port (`<SERVICE>_PORT`) and print where it answers. Its settings are checked
 * first (a wrong one stops it, named); it logs JSON lines, traces, and answers /metrics. SIGTERM
 * drains the requests in flight before Nest's shutdown hooks stop the consumers, the Temporal
 * client and the database.
 */
export async function startService(module: Type<unknown>, service: ServiceDescription): Promise<INestApplication> {
  const settings = settingsOrExit(service.name as ServiceName);
  const port = servicePortOf(service.name as ServiceName, settings);
  const tracing = startTracing(service.name, settings);
  collectProcessMetrics();
  const app = await NestFactory.create(module, { logger: new JsonLogger(service.name, settings.LOG_LEVEL) });
  configureApp(app, service);
  await app.listen(port, settings.HOST);
  Logger.log(`${service.name} listening on http://${settings.HOST}:${port} (OpenAPI: /docs, metrics: /metrics)`, 'Bootstrap');
  onTermination(
    async () => {
      await drainHttp(app.getHttpServer(), settings.SHUTDOWN_GRACE_MS);
      await app.close();
      await tracing.shutdown();
    },
    (message, error) => (error ? Logger.error(`${message}: ${String(error)}`, 'Shutdown') : Logger.log(message, 'Shutdown')),
  );
  return app;
}
