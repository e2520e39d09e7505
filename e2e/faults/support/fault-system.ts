import type { Type } from '@nestjs/common';
import type { ServiceDescription } from '@makerspace/http';
import { bootService, BootedService } from '@makerspace/testing';

/** Each service's module and description, loaded only when a scenario boots it. */
const MODULES = {
  intake: async () => [(await import('@makerspace/intake/testing')).AppModule, (await import('@makerspace/intake/testing')).INTAKE_SERVICE],
  review: async () => [(await import('@makerspace/review/testing')).AppModule, (await import('@makerspace/review/testing')).REVIEW_SERVICE],
  evaluation: async () => [(await import('@makerspace/evaluation/testing')).AppModule, (await import('@makerspace/evaluation/testing')).EVALUATION_SERVICE],
  notification: async () => [
    (await import('@makerspace/notification/testing')).AppModule,
    (await import('@makerspace/notification/testing')).NOTIFICATION_SERVICE,
  ],
} satisfies Record<string, () => Promise<[Type<unknown>, ServiceDescription]>>;

export type ServiceName = keyof typeof MODULES;

/**
 * The services a scenario needs, booted in the test's process on the suite's servers (see
 * fault-env.ts): a fault happens under them and they must come through it without a restart.
 */
export async function bootServices<S extends ServiceName>(names: readonly S[]): Promise<Record<S, BootedService>> {
  const booted = {} as Record<S, BootedService>;
  for (const name of names) {
    const [module, description] = await MODULES[name]();
    booted[name] = await bootService(module, description);
  }
  return booted;
}

export async function closeServices(services: Partial<Record<ServiceName, BootedService>> | undefined): Promise<void> {
  for (const service of Object.values(services ?? {})) await service?.close();
}
