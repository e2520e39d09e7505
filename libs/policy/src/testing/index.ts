export {
  DEFAULT_SUBMITTED_ON,
  type QualifyingApplicationOptions,
  aQualifyingApplication,
  aValidUscc,
  qualifyingFigures,
  someActivities,
  someResidents,
} from './fixtures';
