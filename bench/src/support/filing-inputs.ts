import { randomUUID } from 'node:crypto';
import type { FilingInput } from '@makerspace/contracts';
import { RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { sampleFiling } from '@makerspace/testing';

/** The division of every application the bench files (Tiedong); its district officer decides. */
export const DIVISION = '210302';
export const DISTRICT_OFFICER = { id: 'bench-officer-tiedong', role: 'district-officer', scope: DIVISION } as const;
export const RECOMMENDATION = { documentId: 'bench-rec', summary: '同意推荐 / recommended' };

/**
 * What intake hands the filing workflow for a qualifying application submitted today: the same
 * input the submit path gives, for workflows the bench starts itself.
 */
export function aFilingInput(): FilingInput {
  const today = todayInShanghai(new Date());
  const sample = sampleFiling(today, DIVISION);
  const ruleset = selectRuleset(RULESETS, today);
  return {
    applicationId: randomUUID(),
    organisationId: randomUUID(),
    applicantUserId: `bench-applicant-${randomUUID().slice(0, 8)}`,
    uscc: sample.organisation.uscc,
    spaceName: sample.application.spaceName,
    divisionCode: DIVISION,
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    submittedOn: today,
    figures: sample.application.figures as unknown as Record<string, unknown>,
  };
}
