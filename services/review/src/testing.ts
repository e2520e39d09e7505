/**
 * `@makerspace/review/testing`: what other projects' tests use of the review service, to boot it in
 * their own process (its module and description), reach its database and consumer, and build its
 * request bodies. Tests only: lint refuses it anywhere else.
 */
export { AppModule } from './app.module';
export { REVIEW_SERVICE } from './service';
export { PrismaService } from './database/prisma.service';
export { TaskConsumer } from './tasks/task-consumer';
export { DisqualificationBody } from './applications/disqualification-body';
export { DecisionBody } from './decisions/decision-body';
export { MeetingRecord } from './meetings/meeting-record';
