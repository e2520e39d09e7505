import type { ActingPerson, ChangeState } from '@makerspace/contracts';
import type { SpaceChange } from '@makerspace/policy';
import { checkChangeDecision, checkChangeFields, checkChangeReport } from './change-rules';

const operator: ActingPerson = { id: 'user-1', role: 'applicant', scope: 'org-1' };
const cityOfficer: ActingPerson = { id: 'officer-city', role: 'city-officer', scope: null };
const areaChange: SpaceChange = { kind: 'AREA', effectiveOn: '2027-01-10', areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } };
const reasons = [{ text: '面积不足500平方米 / area below 500 m²', article: 'Art. 5(2)' }];

function change(over: Partial<ChangeState> = {}): ChangeState {
  return {
    changeId: 'c-1',
    spaceId: 'space-1',
    kind: 'AREA',
    effectiveOn: '2027-01-10',
    deadline: '2027-04-10',
    source: 'STAFF',
    status: 'AWAITING_REPORT',
    change: areaChange,
    report: null,
    acceptedLate: false,
    reviewOpenedOn: null,
    check: null,
    decision: null,
    openTasks: [],
    endedBy: null,
    history: [],
    ...over,
  };
}

const inReview = (outcome: 'APPROVE' | 'REVOKE' | null) =>
  change({ status: 'IN_REVIEW', reviewOpenedOn: '2027-03-01', check: outcome ? { outcome, failedRules: [] } : null });

describe('Art. 8 the parts of a reported change the re-check reads', () => {
  it('takes each kind with its new values', () => {
    expect(checkChangeFields(areaChange)).toBeUndefined();
    expect(checkChangeFields({ kind: 'NAME', effectiveOn: '2027-01-10', name: '新名称' })).toBeUndefined();
  });

  it('refuses a kind without what it changes, naming the field', () => {
    expect(checkChangeFields({ kind: 'AREA', effectiveOn: '2027-01-10' })).toMatchObject({ code: 'INVALID', field: 'change.areas' });
    expect(checkChangeFields({ kind: 'LOCATION', effectiveOn: '2027-01-10', venue: { divisionCode: '210302' } })).toMatchObject({ field: 'change.areas' });
    expect(checkChangeFields({ kind: 'NAME', effectiveOn: '2027-01-10', name: '' })).toMatchObject({ field: 'change.name' });
    expect(checkChangeFields({ kind: 'MERGER', effectiveOn: '2027-01-10' })).toMatchObject({ field: 'change.kind' });
  });
});

describe('Art. 8 the operator reports a change registered by staff', () => {
  it('takes the report of the space’s own organisation', () => {
    expect(checkChangeReport(change(), operator, 'org-1', areaChange)).toBeUndefined();
  });

  it('takes it late, once the deadline has passed, for the city to decide', () => {
    expect(checkChangeReport(change({ status: 'OVERDUE' }), operator, 'org-1', areaChange)).toBeUndefined();
  });

  it('refuses another organisation, a second report, and a change of another kind or day', () => {
    expect(checkChangeReport(change(), { ...operator, scope: 'org-2' }, 'org-1', areaChange)).toMatchObject({ code: 'NOT_YOURS', article: 'Art. 8' });
    expect(
      checkChangeReport(change({ report: { reportedOn: '2027-02-01', inTime: true, by: 'user-1', evidence: [] } }), operator, 'org-1', areaChange),
    ).toMatchObject({ code: 'CLOSED' });
    expect(checkChangeReport(change(), operator, 'org-1', { kind: 'NAME', effectiveOn: '2027-01-10', name: 'New' })).toMatchObject({
      code: 'INVALID',
      field: 'change.kind',
    });
    expect(checkChangeReport(change(), operator, 'org-1', { ...areaChange, effectiveOn: '2027-01-11' })).toMatchObject({
      code: 'INVALID',
      field: 'change.effectiveOn',
    });
  });
});

describe('Art. 8 a city officer decides on a change', () => {
  it('waits for the operator through the deadline, saying which days the operator still has', () => {
    const refusal = checkChangeDecision(change(), { actor: cityOfficer, outcome: 'REVOKE', reasons });
    expect(refusal).toMatchObject({ code: 'WRONG_STAGE' });
    expect(refusal?.message).toBe(
      'the operator may still report the change: it is to be reported on or before 2027-04-10; late from 2027-04-11 / 运营机构仍可报告变更：报告期限至2027-04-10（含当日），2027-04-11起逾期',
    );
  });

  it('after a missed deadline, revokes or accepts late, with reasons', () => {
    const overdue = change({ status: 'OVERDUE' });
    expect(checkChangeDecision(overdue, { actor: cityOfficer, outcome: 'ACCEPT_LATE', reasons })).toBeUndefined();
    expect(checkChangeDecision(overdue, { actor: cityOfficer, outcome: 'ACCEPT_LATE', reasons: [] })).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(checkChangeDecision(overdue, { actor: cityOfficer, outcome: 'APPROVE', reasons })).toMatchObject({ code: 'INVALID', field: 'outcome' });
  });

  it('approves a change that passes the re-check without reasons', () => {
    expect(checkChangeDecision(inReview('APPROVE'), { actor: cityOfficer, outcome: 'APPROVE', reasons: [] })).toBeUndefined();
  });

  it('approves a change that fails the re-check, or could not be re-checked, only with reasons', () => {
    expect(checkChangeDecision(inReview('REVOKE'), { actor: cityOfficer, outcome: 'APPROVE', reasons: [] })).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(checkChangeDecision(inReview(null), { actor: cityOfficer, outcome: 'APPROVE', reasons: [] })).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(checkChangeDecision(inReview('REVOKE'), { actor: cityOfficer, outcome: 'APPROVE', reasons })).toBeUndefined();
  });

  it('revokes only with reasons', () => {
    expect(checkChangeDecision(inReview('REVOKE'), { actor: cityOfficer, outcome: 'REVOKE', reasons: [] })).toMatchObject({
      code: 'REASON_REQUIRED',
      article: 'Art. 8',
    });
  });

  it('refuses a decision while the re-check runs, after the end, or by anyone but a city officer', () => {
    expect(checkChangeDecision(change({ status: 'IN_REVIEW' }), { actor: cityOfficer, outcome: 'REVOKE', reasons })).toMatchObject({ code: 'WRONG_STAGE' });
    expect(checkChangeDecision(change({ status: 'APPROVED' }), { actor: cityOfficer, outcome: 'REVOKE', reasons })).toMatchObject({ code: 'CLOSED' });
    expect(
      checkChangeDecision(inReview('APPROVE'), { actor: { id: 'd', role: 'district-officer', scope: '210302' }, outcome: 'APPROVE', reasons: [] }),
    ).toMatchObject({ code: 'NOT_YOURS' });
  });
});
