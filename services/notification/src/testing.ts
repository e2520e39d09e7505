/**
 * `@makerspace/notification/testing`: what other projects' tests use of the notification service, to
 * boot it in their own process (its module and description) and reach its database, e-mail relay
 * and consumer. Tests only: lint refuses it anywhere else.
 */
export { AppModule } from './app.module';
export { NOTIFICATION_SERVICE } from './service';
export { PrismaService } from './database/prisma.service';
export { EmailRelay } from './email/email-relay';
export { NotificationConsumer } from './events/notification-consumer';
export { noticesFor } from './inbox/notice-texts';
