import { z } from 'zod';
import { flag, optionalPort, optionalPortWithoutDefault, optionalText, port, requiredHttpUrl, text, wholeNumber, httpUrl } from '../setting-types';
import {
  consumerGroupSetting,
  databaseSettings,
  DIRECTORY_CLIENTS,
  DirectoryAccount,
  directoryVariables,
  documentSettings,
  fileStoreSettings,
  httpSettings,
  kafkaVariables,
  telemetrySettings,
  temporalVariables,
} from './shared';

const service = (name: string, defaultPort: number) => ({
  ...httpSettings(name, defaultPort),
  ...databaseSettings(name),
  ...kafkaVariables,
  ...consumerGroupSetting(name),
  ...temporalVariables,
  ...telemetrySettings,
});

/** Where a process reaches a service: `<NAME>_URL`, else the local stack's `http://127.0.0.1:<NAME>_PORT`. */
const serviceAddress = <N extends string>(name: N, defaultPort: number) =>
  ({ [`${name}_URL`]: httpUrl(), [`${name}_PORT`]: port(defaultPort) }) as Record<`${N}_URL`, ReturnType<typeof httpUrl>> &
    Record<`${N}_PORT`, ReturnType<typeof port>>;

const directory = (account: DirectoryAccount) => directoryVariables(account, DIRECTORY_CLIENTS[account]);

/** Every setting each process reads, with its rule and default. docs/configuration.md is the table of these. */
export const PROCESS_SETTINGS = {
  intake: z.object({
    ...service('intake', 3001),
    ...directory('BINDING'),
    OBJECTIONS_PER_MINUTE: wholeNumber(5),
    FILING_UPDATE_TIMEOUT_MS: wholeNumber(10_000),
    ...fileStoreSettings,
    ...documentSettings,
  }),
  review: z.object({
    ...service('review', 3002),
    ...directory('DIRECTORY'),
  }),
  evaluation: z.object({
    ...service('evaluation', 3003),
    EVALUATION_SCHEDULE_ID: text('evaluation-cycle-opening'),
    EVALUATION_SCHEDULE_ON_START: flag(true),
  }),
  notification: z.object({
    ...service('notification', 3004),
    ...directory('DIRECTORY'),
    SMTP_HOST: text('127.0.0.1'),
    SMTP_PORT: port(2525),
    SMTP_SECURE: flag(false),
    SMTP_USER: optionalText(),
    SMTP_PASSWORD: optionalText(),
    MAIL_FROM: optionalText(),
    EMAIL_POLL_MS: wholeNumber(1_000),
    EMAIL_RETRY_BASE_MS: wholeNumber(30_000),
    EMAIL_RETRY_MAX_MS: wholeNumber(3_600_000),
    EMAIL_MAX_ATTEMPTS: wholeNumber(8),
  }),
  worker: z.object({
    ...kafkaVariables,
    ...temporalVariables,
    ...telemetrySettings,
    EVALUATION_URL: httpUrl(),
    EVALUATION_PORT: port(3003),
    /** The worker's own /metrics listener; 0 turns it off. */
    WORKER_METRICS_PORT: optionalPort(9464),
    /** Where the Temporal SDK's runtime serves its Prometheus metrics on loopback (a free port when unset); 0 turns them off. */
    TEMPORAL_METRICS_PORT: optionalPortWithoutDefault(),
    HOST: text('127.0.0.1'),
    /** How long a stopping worker lets the activities in hand run before it cancels them. */
    WORKER_SHUTDOWN_GRACE_MS: wholeNumber(10_000),
    /**
     * Workflows each Temporal worker keeps in memory between their steps (an evicted one is rebuilt
     * from its history at its next step), and the old-space bound of each workflow thread's heap, in
     * MiB: together what the worker's memory comes to. The defaults keep a worker under 1 GiB
     * (docs/benchmarks.md, "A lean worker", has the table they come from).
     */
    FILING_CACHED_WORKFLOWS: wholeNumber(1_000),
    SUPERVISION_CACHED_WORKFLOWS: wholeNumber(500),
    WORKFLOW_HEAP_MIB: wholeNumber(320, { min: 64 }),
    /** A directory of prebuilt workflow bundles, for several workers run from source. */
    WORKFLOW_BUNDLES: optionalText(),
    /** The worker's service account; checked where it signs in (docs/trust.md, "Sign-in"). */
    AUTH_TOKEN_URL: optionalText(),
    AUTH_CLIENT_ID: optionalText(),
    AUTH_CLIENT_SECRET: optionalText(),
  }),
  /** The console's server: the built single-page app, and one origin for the services and the issuer. */
  console: z.object({
    CONSOLE_PORT: port(3080),
    HOST: text('127.0.0.1'),
    /** The built app; dist/app beside the server when unset. */
    CONSOLE_ROOT: optionalText(),
    ...serviceAddress('INTAKE', 3001),
    ...serviceAddress('REVIEW', 3002),
    ...serviceAddress('EVALUATION', 3003),
    ...serviceAddress('NOTIFICATION', 3004),
    /** The identity provider the browser signs in at (its issuer, where its discovery document is), and the console's client there. */
    AUTH_ISSUER: requiredHttpUrl('the identity provider people sign in at'),
    CONSOLE_CLIENT_ID: text('makerspace-console'),
  }),
};

export type ProcessName = keyof typeof PROCESS_SETTINGS;
/** The HTTP services (every process but the worker and the console's server). */
export type ServiceName = Exclude<ProcessName, 'worker' | 'console'>;
export type ProcessSettings<P extends ProcessName> = z.output<(typeof PROCESS_SETTINGS)[P]>;
