import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { acceptedBodyTypes } from './body-types';
import { ErrorFilter } from './error-filter';
import { readAuthSettings } from './auth/auth-settings';
import { bearerIdentity } from './auth/bearer-identity';
import { verifyJsonDepth } from './json-depth';
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
 * uploads) up to a size and a depth, the caller from a verified bearer token, text the database can store, OpenAPI docs at /docs, shutdown hooks.
 */
export function configureApp(app: INestApplication, service: ServiceDescription): void {
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalPipes(new StorableTextPipe());
  app.enableShutdownHooks();
  app.use((_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
    next();
  });
  // After the headers, so a refused body is answered with them too.
  app.use(acceptedBodyTypes);
  (app as NestExpressApplication).useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: verifyJsonDepth });
  app.use(bearerIdentity(readAuthSettings()));
  const config = new DocumentBuilder().setTitle(service.title).setDescription(service.description).setVersion('1').build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs/openapi.json' });
}

/** Start a service's HTTP server on PORT and print where it answers. */
export async function startService(module: Type<unknown>, service: ServiceDescription, port: number): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: false });
  configureApp(app, service);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  Logger.log(`${service.name} listening on http://127.0.0.1:${port} (OpenAPI: http://127.0.0.1:${port}/docs)`, 'Bootstrap');
  return app;
}
