import { checkEvent } from './validate';

const submitted = {
  id: 'filing-a1:1:application.submitted',
  type: 'application.submitted',
  version: 1,
  occurredAt: '2026-11-27T06:00:00.000Z',
  subject: 'a1',
  actor: { id: 'u1', role: 'applicant' },
  payload: {
    applicationId: 'a1',
    organisationId: 'o1',
    spaceName: '鞍山创客空间',
    divisionCode: '210302',
    applicantUserId: 'u1',
    uscc: '91210302MA0Y4Q2X5X',
    rulesetId: 'anshan-2020-trial',
    rulesetVersion: 1,
    submittedOn: '2026-11-27',
  },
};

describe('checking an event from the wire', () => {
  it('accepts a known event whose payload fits its schema', () => {
    expect(checkEvent(submitted)).toMatchObject({ ok: true, event: { type: 'application.submitted' } });
  });

  it('refuses an unknown event type, naming it', () => {
    expect(checkEvent({ ...submitted, type: 'application.teleported' })).toEqual({ ok: false, reason: 'unknown event type "application.teleported"' });
  });

  it('refuses a payload that does not fit, naming the field', () => {
    const check = checkEvent({ ...submitted, payload: { ...submitted.payload, submittedOn: '27/11/2026' } });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/payload of application.submitted.*submittedOn/s);
  });

  it('refuses a broken envelope (no subject, unknown role)', () => {
    const check = checkEvent({ ...submitted, subject: '', actor: { id: 'x', role: 'king' } });
    expect(!check.ok && check.reason).toMatch(/envelope/);
  });
});
