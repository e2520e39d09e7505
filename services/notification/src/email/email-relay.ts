import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { PollingLoop } from '@makerspace/database';
import { DirectoryReader } from '@makerspace/identity';
import { PrismaService } from '../database/prisma.service';
import { EmailRelaySettings } from './email-relay-settings';
import { ClaimedMail, claimNextMail, markFailed, markNoAddress, markSent } from './outbox-rows';
import { afterFailedAttempt } from './retry-schedule';

/**
 * Sends the e-mail outbox through SMTP, one claimed mail at a time, from start-up to shutdown.
 *
 * A mail is sent at most once: it is claimed (SENDING) before it is sent and marked SENT after
 * the server took it; a refused or failed attempt returns it to PENDING with its error and a
 * later due time, until the attempts are used (FAILED). If the process dies between the server
 * taking a mail and the SENT mark, the row stays SENDING and is not sent again, since the server
 * may have delivered it; an operator finds such rows by their old `claimedAt`. The Message-ID is
 * the row's id, so a receiving system can also tell repeats apart.
 *
 * The recipient's addresses are the directory's at the time of sending (a person's account, or
 * everyone at a desk): a directory that does not answer is a failed attempt like a mail server's
 * refusal; a recipient the directory has no address for is NO_ADDRESS, and keeps the in-app notice.
 */
@Injectable()
export class EmailRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailRelay.name);
  private readonly transport: Transporter;
  private readonly loop: PollingLoop;

  constructor(
    private readonly prisma: PrismaService,
    private readonly settings: EmailRelaySettings,
    private readonly directory: DirectoryReader,
  ) {
    this.transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth ? { auth: settings.auth } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.loop = new PollingLoop(
      () => this.relayNext(),
      settings.pollMs,
      (e) => this.logger.warn(`e-mail outbox not relayed: ${String(e)}`),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Finish the mail in hand, then stop (before the database closes, see PrismaService). */
  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }

  /** Claim and send the next due mail; false when none is due. */
  private async relayNext(): Promise<boolean> {
    const mail = await claimNextMail(this.prisma);
    if (!mail) return false;
    const to = await this.addressesOf(mail);
    if (Array.isArray(to) && to.length === 0) {
      await markNoAddress(this.prisma, mail);
      return true;
    }
    const error = Array.isArray(to) ? await this.send(mail, to) : to.error;
    if (error === undefined && Array.isArray(to)) {
      await markSent(this.prisma, mail, to);
      return true;
    }
    const next = afterFailedAttempt(mail.attempts + 1, this.settings);
    this.logger.warn(`mail ${mail.id} to ${mail.recipient ?? mail.to} failed (attempt ${mail.attempts + 1}): ${error}${next.giveUp ? '; given up' : ''}`);
    await markFailed(this.prisma, mail, error ?? 'not sent', next.giveUp ? undefined : new Date(Date.now() + next.retryInMs));
    return true;
  }

  /** The addresses to send to (a mail written before the directory keeps its own), or why they are not known. */
  private async addressesOf(mail: ClaimedMail): Promise<string[] | { error: string }> {
    if (mail.to || !mail.recipient) return mail.to ? [mail.to] : [];
    try {
      return await this.directory.addressesOf(mail.recipient);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The error of an attempt, or undefined when the server took the mail. */
  private async send(mail: ClaimedMail, to: string[]): Promise<string | undefined> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@notification.makerspace>`,
      });
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}
