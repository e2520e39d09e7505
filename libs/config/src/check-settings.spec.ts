import { checkSettings } from './check-settings';
import { SettingsError } from './read-settings';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (e instanceof SettingsError) return e.problems;
    throw e;
  }
  throw new Error('the settings were accepted');
}

/** What has no default: where the identity provider and its directory are, and the service accounts' secrets. */
const identity = {
  DIRECTORY_URL: 'http://127.0.0.1:8180/realms/makerspace',
  DIRECTORY_CLIENT_SECRET: 's1',
  BINDING_CLIENT_SECRET: 's2',
  AUTH_ISSUER: 'http://127.0.0.1:8180/realms/makerspace',
};

describe('settings checked at start', () => {
  it('an environment with only the identity provider starts every process on the local stack defaults', () => {
    expect(checkSettings('intake', identity)).toMatchObject({
      INTAKE_PORT: 3001,
      KAFKA_PARTITIONS: 6,
      TEMPORAL_NAMESPACE: 'default',
      LOG_LEVEL: 'log',
      SHUTDOWN_GRACE_MS: 10_000,
      BINDING_CLIENT_ID: 'organisation-binding',
    });
    expect(checkSettings('notification', identity)).toMatchObject({
      SMTP_PORT: 2525,
      SMTP_SECURE: false,
      EMAIL_MAX_ATTEMPTS: 8,
      DIRECTORY_CLIENT_ID: 'makerspace-directory',
    });
    expect(checkSettings('console', identity)).toMatchObject({ CONSOLE_PORT: 3080, CONSOLE_CLIENT_ID: 'makerspace-console' });
    const worker = checkSettings('worker', {});
    expect(worker.WORKER_METRICS_PORT).toBe(9464);
    expect(worker.TEMPORAL_METRICS_PORT).toBeUndefined();
  });

  it('reads what is set, as numbers and flags', () => {
    const settings = checkSettings('evaluation', {
      EVALUATION_PORT: '4003',
      EVALUATION_SCHEDULE_ON_START: 'false',
      KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092',
    });
    expect(settings).toMatchObject({ EVALUATION_PORT: 4003, EVALUATION_SCHEDULE_ON_START: false, KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092' });
  });

  it('an empty variable counts as unset', () => {
    expect(checkSettings('review', { ...identity, REVIEW_PORT: '' })).toMatchObject({ REVIEW_PORT: 3002 });
  });

  it('a service will not start without the directory and its service account, nor the console without the identity provider', () => {
    expect(problemsOf(() => checkSettings('intake', {})).map((p) => p.variable)).toEqual(['DIRECTORY_URL', 'BINDING_CLIENT_SECRET']);
    expect(problemsOf(() => checkSettings('review', { DIRECTORY_URL: 'keycloak:8080' })).map((p) => [p.variable, p.rule])).toEqual([
      ['DIRECTORY_URL', 'must be an http:// or https:// URL'],
      ['DIRECTORY_CLIENT_SECRET', 'must be set: the secret of the service account makerspace-directory at the identity provider'],
    ]);
    expect(problemsOf(() => checkSettings('console', {}))).toEqual([
      { variable: 'AUTH_ISSUER', rule: 'must be set: the identity provider people sign in at (an http:// or https:// URL)', found: undefined },
    ]);
  });

  it('a port that is not a number is refused naming the variable, the rule and the value', () => {
    expect(problemsOf(() => checkSettings('intake', { ...identity, INTAKE_PORT: 'abc' }))).toEqual([
      { variable: 'INTAKE_PORT', rule: 'must be a whole number from 1 to 65535', found: 'abc' },
    ]);
  });

  it('a port beyond 65535 is refused', () => {
    expect(problemsOf(() => checkSettings('notification', { ...identity, SMTP_PORT: '70000' }))).toEqual([
      { variable: 'SMTP_PORT', rule: 'must be a whole number from 1 to 65535', found: '70000' },
    ]);
  });

  it('every wrong variable is named at once', () => {
    const problems = problemsOf(() =>
      checkSettings('notification', { ...identity, SMTP_SECURE: 'yes', EMAIL_MAX_ATTEMPTS: '0', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }),
    );
    expect(problems.map((p) => [p.variable, p.rule])).toEqual(
      expect.arrayContaining([
        ['SMTP_SECURE', 'must be true or false'],
        ['EMAIL_MAX_ATTEMPTS', 'must be a whole number of at least 1'],
        ['OTEL_EXPORTER_OTLP_ENDPOINT', 'must be an http:// or https:// URL'],
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('brokers and the Temporal address must be host:port', () => {
    const problems = problemsOf(() => checkSettings('worker', { KAFKA_BROKERS: 'kafka-0', TEMPORAL_ADDRESS: 'http://temporal' }));
    expect(problems.map((p) => p.variable).sort()).toEqual(['KAFKA_BROKERS', 'TEMPORAL_ADDRESS']);
    expect(problems[0].rule).toBe('must be host:port, or a comma-separated list of host:port');
  });

  it('a database URL must be a PostgreSQL URL', () => {
    expect(problemsOf(() => checkSettings('review', { ...identity, REVIEW_DATABASE_URL: 'mysql://x@y/z' }))).toEqual([
      { variable: 'REVIEW_DATABASE_URL', rule: 'must be a postgresql:// URL', found: 'mysql://x@y/z' },
    ]);
  });

  it('the error message lists each variable with its rule', () => {
    expect(() => checkSettings('worker', { WORKER_METRICS_PORT: '-1' })).toThrow(
      'worker cannot start, its settings are wrong:\n  WORKER_METRICS_PORT must be a whole number from 0 to 65535 (found "-1")',
    );
  });

  it('a log level outside the list is refused with the list', () => {
    expect(problemsOf(() => checkSettings('review', { ...identity, LOG_LEVEL: 'info' }))[0].rule).toBe('must be one of error, warn, log, debug, verbose');
  });
});
