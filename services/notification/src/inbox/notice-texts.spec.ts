import type { EventEnvelope } from '@makerspace/contracts';
import { noticesFor } from './notice-texts';

const event = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  id: `e-${type}`,
  type,
  version: 1,
  occurredAt: '2026-03-02T01:00:00.000Z',
  subject: 'app-1',
  actor: { id: 'filing-workflow', role: 'system' },
  payload,
});

const reminder = (assigneeRole: string, scope: string | null) =>
  event('task.reminded', { taskId: 't-1', applicationId: 'app-1', stage: 'PRELIMINARY_REVIEW', assigneeRole, scope, dueOn: '2026-03-16' });

describe('who is told of a task reminder', () => {
  it('reminds the applicant of a correction in its own inbox, by user id', () => {
    const [notice] = noticesFor(reminder('applicant', 'user-42'));
    expect(notice.recipient).toBe('user-42');
    expect(notice.titleEn).toBe('Correction due soon');
    expect(notice.bodyEn).toContain('by 2026-03-16');
  });

  it("reminds a district officer's desk by role and division", () => {
    expect(noticesFor(reminder('district-officer', '210302'))[0].recipient).toBe('district-officer:210302');
  });

  it('reminds the city desk by role alone', () => {
    expect(noticesFor(reminder('city-officer', null))[0].recipient).toBe('city-officer');
  });
});
