/**
 * `@makerspace/evaluation/testing`: what other projects' tests use of the evaluation service, to boot
 * it in their own process (its module and description), reach its database and consumer, build its
 * request bodies and know the id a space imported at go-live gets. Tests only: lint refuses it
 * anywhere else.
 */
export { AppModule } from './app.module';
export { EVALUATION_SERVICE } from './service';
export { PrismaService } from './database/prisma.service';
export { SupervisionConsumer } from './supervision/supervision-consumer';
export { ChangeDecisionBody, ChangeRegistration, ChangeReportBody } from './changes/change.dto';
export { ScheduleSettings, Year } from './cycles/cycle.dto';
export { ConfirmationBody, DistrictCheckBody, ReviewFindingsBody, ReviewOrderBody, SelfReportBody } from './evaluations/evaluation.dto';
export { importedSpaceId } from './imports/space-import-id';
