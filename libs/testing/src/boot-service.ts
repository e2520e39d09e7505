import { INestApplication, Type } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { configureApp, ServiceDescription } from '@makerspace/http';

export interface BootedService {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Boot a service's real Nest application on a free loopback port, with its real database,
 * Kafka and Temporal connections. `override` may replace providers that are not I/O (a clock).
 */
export async function bootService(
  module: Type<unknown>,
  service: ServiceDescription,
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
): Promise<BootedService> {
  let builder = Test.createTestingModule({ imports: [module] });
  if (override) builder = override(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  configureApp(app, service);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
