import {
  flag,
  hostPorts,
  httpUrl,
  oneOf,
  optionalPort,
  optionalText,
  port,
  postgresUrl,
  requiredHttpUrl,
  requiredText,
  text,
  wholeNumber,
} from '../setting-types';

/**
 * The settings every process shares, by concern. Where a reader composes a value from two
 * variables (DATABASE_PORT, else PG_PORT), both are checked here and the reader keeps the order.
 */

export const databaseSettings = (service: string) => ({
  [`${service.toUpperCase()}_DATABASE_URL`]: postgresUrl(),
  DATABASE_HOST: text('127.0.0.1'),
  DATABASE_PORT: optionalPort(55432),
  PG_PORT: port(55432),
  DATABASE_USER: text('postgres'),
  DATABASE_PASSWORD: text('postgres'),
  DATABASE_NAME_SUFFIX: text(''),
});

/** Where the Kafka brokers are and how topics are made (kafka-settings.ts reads them). */
export const kafkaVariables = {
  KAFKA_BROKERS: hostPorts(),
  KAFKA_PORT: port(19092),
  KAFKA_PARTITIONS: wholeNumber(6),
  KAFKA_REPLICATION: wholeNumber(1),
};

export const consumerGroupSetting = (service: string) => ({ [`${service.toUpperCase()}_GROUP_ID`]: text(service) });

/** Where Temporal is and the task queues the worker polls (temporal-settings.ts reads them). */
export const temporalVariables = {
  TEMPORAL_ADDRESS: hostPorts(),
  TEMPORAL_PORT: port(7233),
  TEMPORAL_NAMESPACE: text('default'),
  FILING_TASK_QUEUE: text('filing'),
  SUPERVISION_TASK_QUEUE: text('supervision'),
};

export const telemetrySettings = {
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl(),
  OTEL_BSP_MAX_QUEUE_SIZE: wholeNumber(2048),
  OTEL_BSP_MAX_EXPORT_BATCH_SIZE: wholeNumber(512),
  OTEL_BSP_SCHEDULE_DELAY: wholeNumber(5000),
  LOG_LEVEL: oneOf(['error', 'warn', 'log', 'debug', 'verbose'], 'log'),
};

export const httpSettings = (service: string, defaultPort: number) => ({
  HOST: text('127.0.0.1'),
  [`${service.toUpperCase()}_PORT`]: port(defaultPort),
  /** How long a stopping service waits for requests in flight before it closes their connections. */
  SHUTDOWN_GRACE_MS: wholeNumber(10_000),
});

/**
 * Where files are kept (libs/files): an S3 API at OBJECT_STORE_URL (infra/local/env.sh names the
 * local stack's object store; unset, AWS itself in OBJECT_STORE_REGION; without keys the AWS SDK's
 * own chain signs, e.g. an instance role) or the local disk; and the largest upload taken.
 */
export const fileStoreSettings = {
  FILE_STORE: oneOf(['object-store', 'local-disk'], 'object-store'),
  OBJECT_STORE_URL: httpUrl(),
  OBJECT_STORE_REGION: text('us-east-1'),
  OBJECT_STORE_BUCKET: text('makerspace'),
  OBJECT_STORE_ACCESS_KEY: optionalText(),
  OBJECT_STORE_SECRET_KEY: optionalText(),
  OBJECT_STORE_CREATE_BUCKET: flag(true),
  FILES_DIR: text('.stack/data/files'),
  UPLOAD_MAX_BYTES: wholeNumber(20 * 1024 * 1024),
};

/** The service accounts a process reads (DIRECTORY) or writes (BINDING) the directory of people with. */
export type DirectoryAccount = 'DIRECTORY' | 'BINDING';

/**
 * The identity provider's directory of people (a Keycloak realm, libs/identity) and the service
 * account a service reads it with: DIRECTORY (view-users) for notification and review, BINDING
 * (manage-users) for intake, which binds applicants to their organisations.
 */
export const directoryVariables = <A extends DirectoryAccount>(account: A, clientId: string) =>
  ({
    DIRECTORY_URL: requiredHttpUrl('the realm of the identity provider that holds the people'),
    [`${account}_CLIENT_ID`]: text(clientId),
    [`${account}_CLIENT_SECRET`]: requiredText(`the secret of the service account ${clientId} at the identity provider`),
  }) as { DIRECTORY_URL: ReturnType<typeof requiredHttpUrl> } & Record<`${A}_CLIENT_ID`, ReturnType<typeof text>> &
    Record<`${A}_CLIENT_SECRET`, ReturnType<typeof requiredText>>;

/** Each account's client id at the local stack's realm (infra/local/keycloak/realm). */
export const DIRECTORY_CLIENTS: Record<DirectoryAccount, string> = { DIRECTORY: 'makerspace-directory', BINDING: 'organisation-binding' };

/**
 * The official documents (libs/documents): the bureau's signing key and certificate as a PKCS#12
 * file (made self-signed at first start when SEAL_CREATE_KEY, the local stack; production mounts
 * its own and turns that off), and the public verification page the documents' QR codes open.
 */
export const documentSettings = {
  SEAL_P12_FILE: text('.stack/data/seal/bureau-seal.p12'),
  SEAL_P12_PASSPHRASE: text(''),
  SEAL_CREATE_KEY: flag(true),
  DOCUMENT_VERIFY_URL: text('http://127.0.0.1:3080/#/verify'),
};
