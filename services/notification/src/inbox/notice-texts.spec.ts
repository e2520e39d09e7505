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

  it('reminds an expert of its own scoring task, by user id', () => {
    expect(noticesFor(reminder('expert', 'expert-7'))[0].recipient).toBe('expert-7');
  });
});

describe('who is told of a new task', () => {
  const opened = (assigneeRole: string, scope: string | null, assigneeId: string | null) =>
    event('task.opened', { taskId: 't-2', applicationId: 'app-1', stage: 'EXPERT_REVIEW', kind: 'expert-score', assigneeRole, scope, assigneeId, dueOn: '2026-03-16', title: { zh: '专家评分', en: 'Expert scoring' } });

  it('gives an expert its scoring task in its own inbox', () => {
    expect(noticesFor(opened('expert', null, 'expert-7'))[0].recipient).toBe('expert-7');
  });

  it("gives desk work to the desk of the venue's division", () => {
    expect(noticesFor(opened('district-officer', '210303', null))[0].recipient).toBe('district-officer:210303');
  });
});

describe('who is told of a supervision task (Art. 7, Art. 8)', () => {
  const task = (type: string, assigneeRole: string, scope: string | null, extra: Record<string, unknown> = {}) =>
    event(type, { spaceId: 'space-1', spaceName: '鞍山创客工场', taskId: 'evaluation-2026-space-1/SELF_REPORT_CHECK', workflowId: 'evaluation-2026-space-1', stage: 'SELF_REPORT_CHECK', assigneeRole, scope, dueOn: '2027-05-19', ...extra });

  it("brings the check of a self-report to the district's desk, and its reminder", () => {
    const [opened] = noticesFor(task('space.task.opened', 'district-officer', '210303', { openedOn: '2027-05-04', title: { zh: '年度绩效报告初审', en: 'First check of the performance report' } }));
    expect(opened).toMatchObject({ recipient: 'district-officer:210303', titleEn: 'New task: First check of the performance report', bodyEn: 'Due on 2027-05-19.' });
    expect(noticesFor(task('space.task.reminded', 'district-officer', '210303'))[0].recipient).toBe('district-officer:210303');
  });

  it('tells the named expert of its review, and the city of an escalation', () => {
    expect(noticesFor(task('space.task.overdue', 'expert', 'expert-7'))[0].recipient).toBe('expert-7');
    expect(noticesFor(task('space.task.escalated', 'district-officer', '210303', { from: 'district-officer:210303', to: 'city-officer' }))[0].recipient).toBe('city-officer');
  });
});
