/**
 * Where and how the e-mail relay sends. SMTP_HOST (default 127.0.0.1) and SMTP_PORT (default 2525,
 * the local SMTP sink), SMTP_SECURE=true for implicit TLS, SMTP_USER/SMTP_PASSWORD when the relay
 * needs a login, MAIL_FROM the sender. The outbox is polled every EMAIL_POLL_MS (default 1 s); a
 * failed mail is retried after EMAIL_RETRY_BASE_MS (default 30 s), doubling up to
 * EMAIL_RETRY_MAX_MS (default 1 h), EMAIL_MAX_ATTEMPTS times in all (default 8).
 */
export class EmailRelaySettings {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly auth?: { user: string; pass: string };
  readonly from: string;
  readonly pollMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly maxAttempts: number;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.host = env.SMTP_HOST || '127.0.0.1';
    this.port = positive(env, 'SMTP_PORT', 2525);
    this.secure = env.SMTP_SECURE === 'true';
    if (env.SMTP_USER) this.auth = { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' };
    this.from = env.MAIL_FROM || '鞍山市科技局众创空间备案 <no-reply@makerspace.anshan.local>';
    this.pollMs = positive(env, 'EMAIL_POLL_MS', 1_000);
    this.retryBaseMs = positive(env, 'EMAIL_RETRY_BASE_MS', 30_000);
    this.retryMaxMs = positive(env, 'EMAIL_RETRY_MAX_MS', 3_600_000);
    this.maxAttempts = positive(env, 'EMAIL_MAX_ATTEMPTS', 8);
  }
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${env[name]}`);
  return value;
}
