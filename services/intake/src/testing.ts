/**
 * `@makerspace/intake/testing`: what other projects' tests use of the intake service, to boot it in
 * their own process (its module and description), set its clock, reach its database and
 * consumer, and build its request bodies. Tests only: lint refuses it anywhere else.
 */
export { AppModule } from './app.module';
export { INTAKE_SERVICE } from './service';
export { Clock } from './clock/clock';
export { PrismaService } from './database/prisma.service';
export { TimelineConsumer } from './timeline/timeline-consumer';
export { ApplicationDraft, ApplicationUpdate, Resubmit, Withdraw } from './applications/application.dto';
export { EvidenceForm } from './evidence/evidence.dto';
export { VerificationForm } from './documents/documents.dto';
export { BindingDecision, RegisterOrganisation } from './organisations/organisation.dto';
export { ObjectionForm } from './registry/objection.dto';
export { ManualClock } from './clock/manual-clock';
