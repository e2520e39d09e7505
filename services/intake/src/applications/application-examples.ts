import type { ExampleObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { problemDocument, RaisedError } from '@makerspace/http';
import { CalendarDate, checkFilingConditions, RULESETS, selectRuleset, testing } from '@makerspace/policy';
import { conditionsNotMet } from './filing-conditions';

/**
 * The day the examples of the OpenAPI document are judged on. Art. 5 looks back from the day of
 * submission (the organisation's half year, the residents' 36 months, the 12 months of activities),
 * so an example only passes for a submission on a given day; the committed documents name it.
 */
export const EXAMPLE_SUBMITTED_ON = '2026-12-07' as CalendarDate;

/** The drafting organisation's id in the examples: the id `POST /organisations` answered. */
const ORGANISATION_ID = '0b6c4a8e-3f1d-4c62-9a57-2d8e1f0c7b31';

const qualifying = testing.aQualifyingApplication({ submittedOn: EXAMPLE_SUBMITTED_ON });

/** A complete draft whose figures meet every Art. 5 condition when submitted on EXAMPLE_SUBMITTED_ON. */
export const PASSING_DRAFT = {
  organisationId: ORGANISATION_ID,
  spaceName: '鞍山创客空间',
  venueAddress: '鞍山市铁东区科技路1号3层',
  divisionCode: qualifying.venue.divisionCode,
  figures: qualifying.figures,
};

/**
 * The same draft failing three conditions: 10 startup workstations (Art. 5(3)), no mentors
 * (Art. 5(5)), no activities in the 12 months (Art. 5(6)).
 */
export const FAILING_THREE_DRAFT = { ...PASSING_DRAFT, figures: { ...qualifying.figures, startupWorkstations: 10, mentors: [], activities: [] } };

export const DRAFT_EXAMPLES: Record<string, ExampleObject> = {
  passesArt5: { summary: `meets every Art. 5 condition (submitted on ${EXAMPLE_SUBMITTED_ON})`, value: PASSING_DRAFT },
  failsThree: {
    summary: `fails Art. 5(3), 5(5) and 5(6) (submitted on ${EXAMPLE_SUBMITTED_ON}): taken as a draft, refused at submission with 422`,
    value: FAILING_THREE_DRAFT,
  },
};

/** The answer to submitting the failing example: 422, each failing condition with its article, in both languages. */
export const REFUSAL_EXAMPLES: Record<string, ExampleObject> = {
  failsThree: {
    summary: 'the failing example submitted',
    value: problemDocument(
      422,
      conditionsNotMet(
        checkFilingConditions({ ...qualifying, figures: FAILING_THREE_DRAFT.figures }, selectRuleset(RULESETS, EXAMPLE_SUBMITTED_ON)),
      ).getResponse() as RaisedError,
      `/applications/${'5f0e2a4c-8d7b-4e19-b3a6-1c9d0f2e7a54'}/submit`,
    ),
  },
};
