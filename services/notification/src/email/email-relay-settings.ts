import type { ProcessSettings } from '@makerspace/config';

type Variables = Pick<
  ProcessSettings<'notification'>,
  | 'SMTP_HOST'
  | 'SMTP_PORT'
  | 'SMTP_SECURE'
  | 'SMTP_USER'
  | 'SMTP_PASSWORD'
  | 'MAIL_FROM'
  | 'EMAIL_POLL_MS'
  | 'EMAIL_RETRY_BASE_MS'
  | 'EMAIL_RETRY_MAX_MS'
  | 'EMAIL_MAX_ATTEMPTS'
>;

/**
 * Where and how the e-mail relay sends, from the service's checked settings (libs/config; defaults
 * in docs/configuration.md): SMTP_HOST and SMTP_PORT (the local SMTP sink), SMTP_SECURE for
 * implicit TLS, SMTP_USER/SMTP_PASSWORD when the relay needs a login, MAIL_FROM the sender. The
 * outbox is polled every EMAIL_POLL_MS; a failed mail is retried after EMAIL_RETRY_BASE_MS,
 * doubling up to EMAIL_RETRY_MAX_MS, EMAIL_MAX_ATTEMPTS times in all.
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

  constructor(s: Variables) {
    this.host = s.SMTP_HOST;
    this.port = s.SMTP_PORT;
    this.secure = s.SMTP_SECURE;
    if (s.SMTP_USER) this.auth = { user: s.SMTP_USER, pass: s.SMTP_PASSWORD ?? '' };
    this.from = s.MAIL_FROM ?? '鞍山市科技局众创空间备案 <no-reply@makerspace.anshan.local>';
    this.pollMs = s.EMAIL_POLL_MS;
    this.retryBaseMs = s.EMAIL_RETRY_BASE_MS;
    this.retryMaxMs = s.EMAIL_RETRY_MAX_MS;
    this.maxAttempts = s.EMAIL_MAX_ATTEMPTS;
  }
}
