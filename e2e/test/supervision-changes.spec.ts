import { randomUUID } from 'node:crypto';
import { addCalendarMonths, addDays, changeReminderDates, CalendarDate, todayInShanghai } from '@makerspace/policy';
import { SupervisionStack, supervisors } from './support/supervision-stack';

type ChangeState = {
  status: string;
  deadline: string;
  report: { inTime: boolean } | null;
  check: { outcome: string; failedRules: { ruleId: string }[] } | null;
  reviewOpenedOn: string | null;
};
type SpaceRecord = {
  spaceName: string;
  organisationId: string;
  declaration: unknown;
  divisionCode: string;
  status: string;
  revocation: { article: string; reason: string } | null;
  changes: { changeId: string; status: string }[];
};
type Refusal = { code: string; errors: { article?: string }[] };

const evidence = [{ documentId: 'doc-licence-2', title: '变更后的营业执照 / amended business licence' }];

/**
 * Changes of a filed space (Art. 8) on real servers, months in seconds: the operator's report or
 * the staff's registration starts the 3-month clock; a report in time opens a review where the
 * changed space is re-checked against Art. 5 and a city officer approves (the space record
 * follows) or revokes; an unreported change opens a city task the day after its deadline.
 */
describe('changes of a filed space (Art. 8)', () => {
  const stack = new SupervisionStack();
  const city = () => stack.as(supervisors.cityOfficer);
  const shanghaiDate = (instant: string) => todayInShanghai(new Date(instant));

  beforeAll(() => stack.start('changes'), 180_000);
  afterAll(() => stack.stop());

  function stateOf(spaceId: string, changeId: string) {
    return city().get<ChangeState>(`/spaces/${spaceId}/changes/${changeId}`);
  }

  function inReview(spaceId: string, changeId: string) {
    return stack.recorded('the review to open', async () => {
      const s = (await stateOf(spaceId, changeId)).body;
      return s.reviewOpenedOn !== null && s;
    });
  }

  function decide(spaceId: string, changeId: string, outcome: string, reasons: { text: string; article?: string }[] = []) {
    return city().post<ChangeState & Refusal>(`/spaces/${spaceId}/changes/${changeId}/decision`, { outcome, reasons });
  }

  function recordOf(spaceId: string, where: (r: SpaceRecord) => boolean) {
    return stack.recorded('the space record', async () => {
      const r = (await city().get<SpaceRecord>(`/spaces/${spaceId}`)).body;
      return where(r) && r;
    });
  }

  it('reviews a change reported 1 day before its 3-month deadline normally, and the approved change updates the space record', async () => {
    const today = await stack.today();
    const effectiveOn = addDays(addCalendarMonths(today, -3), 1);
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: effectiveOn });

    const reported = await operator.post<{ changeId: string; source: string; deadline: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'NAME', effectiveOn, name: '鞍山智造创客工场' },
      evidence,
    });
    expect(reported.status).toBe(202);
    expect(reported.body).toMatchObject({ source: 'OPERATOR', deadline: addDays(today, 1) });
    const { changeId } = reported.body;

    const review = await inReview(space.id, changeId);
    expect(review).toMatchObject({ status: 'IN_REVIEW', report: { inTime: true }, check: { outcome: 'APPROVE', failedRules: [] } });
    expect((await decide(space.id, changeId, 'APPROVE')).body.status).toBe('APPROVED');

    const approved = await stack.tap.waitFor(space.id, 'change.approved');
    expect(approved.payload).toMatchObject({ changeId, kind: 'NAME', change: { name: '鞍山智造创客工场' } });
    const record = await recordOf(space.id, (r) => r.spaceName === '鞍山智造创客工场');
    expect(record.changes).toEqual([expect.objectContaining({ changeId, status: 'APPROVED' })]);

    await stack.sleepUntil(addDays(today, 3));
    // The review is the city's task, done by the approval.
    expect(stack.tap.types(space.id)).toEqual([
      'change.registered',
      'change.reported',
      'change.review.opened',
      'space.task.opened',
      'space.task.completed',
      'change.approved',
    ]);
  });

  it('revokes a space whose area falls below 500 m² (Art. 8 with Art. 5(2))', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const reported = await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'AREA', effectiveOn: today, areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } },
      evidence,
    });
    const { changeId } = reported.body;

    const review = await inReview(space.id, changeId);
    expect(review.check).toEqual({ outcome: 'REVOKE', failedRules: [expect.objectContaining({ ruleId: 'ART5_2_AREA', article: 'Art. 5(2)' })] });
    const unexplained = await decide(space.id, changeId, 'APPROVE');
    expect(unexplained.status).toBe(400);
    expect(unexplained.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ rule: 'REASON_REQUIRED', article: 'Art. 8' }] });
    expect((await decide(space.id, changeId, 'REVOKE')).status).toBe(400);

    const revoked = await decide(space.id, changeId, 'REVOKE', [
      { text: '场地面积减至450平方米,不足500平方米 / the venue is down to 450 m²', article: 'Art. 5(2)' },
    ]);
    expect(revoked.body.status).toBe('REVOKED');
    const event = await stack.tap.waitFor(space.id, 'space.revoked');
    expect(event.payload).toMatchObject({ article: 'Art. 8', changeId });
    const record = await recordOf(space.id, (r) => r.status === 'REVOKED');
    expect(record.revocation).toMatchObject({ article: 'Art. 8' });
    expect(record.revocation!.reason).toContain('450');
    expect(record.changes).toEqual([expect.objectContaining({ changeId, status: 'REVOKED' })]);

    const another = await operator.post<Refusal>(`/spaces/${space.id}/changes`, { change: { kind: 'NAME', effectiveOn: today, name: 'Too late' }, evidence });
    expect(another.status).toBe(409);
  });

  it('re-checks a change against Art. 5 from filing day: the space is filed with its figures in force', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpaceByEvent({ filedOn: addDays(today, -20) });
    expect(space).toMatchObject({ declaredAsOf: addDays(today, -20), figures: expect.objectContaining({ totalAreaM2: expect.any(Number) }) });
    const reported = await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'AREA', effectiveOn: today, areas: { totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } },
      evidence,
    });
    const review = await inReview(space.id, reported.body.changeId);
    expect(review.check).toEqual({ outcome: 'REVOKE', failedRules: [expect.objectContaining({ ruleId: 'ART5_2_AREA', article: 'Art. 5(2)' })] });
  });

  it('hands the space to its new operator when an approved change of operating organisation names it', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const newOperatorId = randomUUID();
    const organisation = { uscc: '91210300MA0XXXXX2B', registeredOn: addCalendarMonths(today, -24), independentLegalPerson: true };
    const reported = await operator.post<{ changeId: string }>(`/spaces/${space.id}/changes`, {
      change: { kind: 'OPERATING_ORGANISATION', effectiveOn: today, organisation, organisationId: newOperatorId },
      evidence,
    });
    const { changeId } = reported.body;
    await inReview(space.id, changeId);
    expect((await decide(space.id, changeId, 'APPROVE', [{ text: '新运营主体已核实 / the new operator was verified', article: 'Art. 8' }])).body.status).toBe(
      'APPROVED',
    );

    const record = await recordOf(space.id, (r) => r.organisationId === newOperatorId);
    expect(record.declaration).toMatchObject({ organisation });
    expect((await stack.as(supervisors.operatorOf(newOperatorId)).get(`/spaces/${space.id}`)).status).toBe(200);
    expect((await operator.get(`/spaces/${space.id}`)).status).toBe(404);
  });

  it('opens the city task the day after the deadline of a change found by staff and not reported', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today, divisionCode: '210302' });
    const registered = await city().post<{ changeId: string; source: string; deadline: CalendarDate }>(`/spaces/${space.id}/changes`, {
      change: {
        kind: 'LOCATION',
        effectiveOn: today,
        venue: { divisionCode: '210381' },
        areas: { totalAreaM2: 820, workstationAreaM2: 460, publicServiceAreaM2: 200 },
      },
    });
    expect(registered.status).toBe(202);
    expect(registered.body.source).toBe('STAFF');
    const { changeId, deadline } = registered.body;
    expect(deadline).toBe(addCalendarMonths(today, 3));
    expect((await decide(space.id, changeId, 'REVOKE', [{ text: 'x' }])).body.code).toBe('WRONG_STAGE');

    await stack.sleepUntil(deadline, 23);
    expect(stack.tap.types(space.id)).not.toContain('change.deadline.missed');
    const reminders = stack.tap.of(space.id).filter((e) => e.type === 'change.reminded');
    expect(reminders.map((e) => shanghaiDate(e.occurredAt))).toEqual(changeReminderDates(today));

    await stack.sleepUntil(addDays(deadline, 1), 1);
    const missed = await stack.tap.waitFor(space.id, 'change.deadline.missed');
    expect(shanghaiDate(missed.occurredAt)).toBe(addDays(deadline, 1));
    const overdue = await stack.recorded('the city task', async () => {
      const list = await city().get<{ id: string }[]>('/changes?status=OVERDUE');
      return list.body.find((c) => c.id === changeId);
    });
    expect(overdue).toBeDefined();

    const late = await operator.post<ChangeState>(`/spaces/${space.id}/changes/${changeId}/report`, {
      change: {
        kind: 'LOCATION',
        effectiveOn: today,
        venue: { divisionCode: '210381' },
        areas: { totalAreaM2: 820, workstationAreaM2: 460, publicServiceAreaM2: 200 },
      },
      evidence,
    });
    expect(late.body).toMatchObject({ status: 'OVERDUE', report: { inTime: false } });
    expect((await decide(space.id, changeId, 'APPROVE')).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ rule: 'INVALID' }] });
    const accepted = await decide(space.id, changeId, 'ACCEPT_LATE', [
      { text: '搬迁手续延误,情有可原 / the move was delayed by the landlord', article: 'Art. 8' },
    ]);
    expect(accepted.body).toMatchObject({ status: 'IN_REVIEW', acceptedLate: true });

    expect((await inReview(space.id, changeId)).check).toMatchObject({ outcome: 'APPROVE' });
    expect((await decide(space.id, changeId, 'APPROVE')).body.status).toBe('APPROVED');
    const record = await recordOf(space.id, (r) => r.divisionCode === '210381');
    expect(record.status).toBe('ACTIVE');
  });
});
