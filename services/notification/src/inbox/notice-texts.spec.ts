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
    expect(notice.bodyEn).toBe(
      'Your filing application was returned at preliminary review: correct and resubmit on or before 2026-03-16; from 2026-03-17 an uncorrected application lapses.',
    );
    expect(notice.bodyZh).toBe('您的备案申请在区县初审阶段被退回补正。补正期限至2026-03-16（含当日），2026-03-17起未补正的申请不予备案。');
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
    event('task.opened', {
      taskId: 't-2',
      applicationId: 'app-1',
      stage: 'EXPERT_REVIEW',
      kind: 'expert-score',
      assigneeRole,
      scope,
      assigneeId,
      dueOn: '2026-03-16',
      title: { zh: '专家评分', en: 'Expert scoring' },
    });

  it('gives an expert its scoring task in its own inbox', () => {
    expect(noticesFor(opened('expert', null, 'expert-7'))[0].recipient).toBe('expert-7');
  });

  it("gives desk work to the desk of the venue's division", () => {
    expect(noticesFor(opened('district-officer', '210303', null))[0].recipient).toBe('district-officer:210303');
  });
});

describe('who is told of a supervision task (Art. 7, Art. 8)', () => {
  const task = (type: string, assigneeRole: string, scope: string | null, extra: Record<string, unknown> = {}) =>
    event(type, {
      spaceId: 'space-1',
      spaceName: '鞍山创客工场',
      taskId: 'evaluation-2026-space-1/SELF_REPORT_CHECK',
      workflowId: 'evaluation-2026-space-1',
      stage: 'SELF_REPORT_CHECK',
      assigneeRole,
      scope,
      dueOn: '2027-05-19',
      ...extra,
    });

  it("brings the check of a self-report to the district's desk, and its reminder", () => {
    const [opened] = noticesFor(
      task('space.task.opened', 'district-officer', '210303', {
        openedOn: '2027-05-04',
        title: { zh: '年度绩效报告初审', en: 'First check of the performance report' },
      }),
    );
    expect(opened).toMatchObject({
      recipient: 'district-officer:210303',
      titleEn: 'New task: First check of the performance report',
      bodyEn: 'First check of the performance report of "鞍山创客工场": due on or before 2027-05-19; overdue from 2027-05-20.',
      bodyZh: '“鞍山创客工场”初核年度绩效报告：办理期限至2027-05-19（含当日），2027-05-20起逾期。',
    });
    expect(noticesFor(task('space.task.reminded', 'district-officer', '210303'))[0].recipient).toBe('district-officer:210303');
  });

  it('tells the named expert of its review, and the city of an escalation', () => {
    expect(noticesFor(task('space.task.overdue', 'expert', 'expert-7'))[0].recipient).toBe('expert-7');
    expect(noticesFor(task('space.task.escalated', 'district-officer', '210303', { from: 'district-officer:210303', to: 'city-officer' }))[0].recipient).toBe(
      'city-officer',
    );
  });
});

describe('what a notice says about a period: the days inside it', () => {
  it('a disqualification names the last day of the ban and the day the organisation may apply again (Art. 9)', () => {
    const [notice] = noticesFor(
      event('application.disqualified', {
        applicationId: 'app-1',
        applicantUserId: 'user-42',
        spaceName: '鞍山创客工场',
        stage: 'EXPERT_REVIEW',
        reasons: [{ text: '伪造协议' }],
        decidedOn: '2024-02-29',
        banEndsOn: '2026-02-28',
      }),
    );
    expect(notice.bodyEn).toBe('"鞍山创客工场" was disqualified for fraud: banned through 2026-02-28; may apply again from 2026-03-01 (Art. 9).');
    expect(notice.bodyZh).toBe('“鞍山创客工场”因弄虚作假被取消评审资格，禁止申报至2026-02-28（含当日），自2026-03-01起可再次申报（第九条）。');
  });

  it('a public notice names the day of publication and the last day objections are taken (Art. 6(4))', () => {
    const [notice] = noticesFor(
      event('public-notice.opened', { applicationId: 'app-1', applicantUserId: 'user-42', spaceName: '鞍山创客工场', from: '2026-06-01', until: '2026-06-08' }),
    );
    expect(notice.bodyEn).toBe('"鞍山创客工场" is under public notice: published on 2026-06-01; objections are taken through 2026-06-08, not from 2026-06-09.');
    expect(notice.bodyZh).toBe('“鞍山创客工场”2026-06-01发布公示，异议受理至2026-06-08（含当日），2026-06-09起不再受理。');
  });

  it('a return names the stage in words and the last day to correct', () => {
    const [notice] = noticesFor(
      event('application.returned', {
        applicationId: 'app-1',
        applicantUserId: 'user-42',
        spaceName: '鞍山创客工场',
        stage: 'ON_SITE_INSPECTION',
        reasons: [{ text: '工位数不符' }],
        correctBy: '2026-12-31',
      }),
    );
    expect(notice.bodyEn).toBe(
      '"鞍山创客工场" was returned at on-site inspection: correct and resubmit on or before 2026-12-31; from 2027-01-01 an uncorrected application lapses.',
    );
    expect(notice.bodyZh).toBe('“鞍山创客工场”的申请在现场核查阶段被退回。补正期限至2026-12-31（含当日），2027-01-01起未补正的申请不予备案。');
  });

  it('an overdue task and its escalation say when it was due and from when it is overdue', () => {
    const overdue = event('task.overdue', {
      taskId: 't-1',
      applicationId: 'app-1',
      stage: 'RE_REVIEW',
      assigneeRole: 'city-officer',
      scope: null,
      dueOn: '2026-03-16',
    });
    expect(noticesFor(overdue)[0].bodyEn).toBe('Re-review: due on or before 2026-03-16; overdue from 2026-03-17.');
    const escalated = event('task.escalated', {
      taskId: 't-1',
      applicationId: 'app-1',
      stage: 'PRELIMINARY_REVIEW',
      from: 'district-officer:210302',
      to: 'city-officer',
      dueOn: '2026-03-16',
    });
    expect(noticesFor(escalated)[0].bodyZh).toBe('区县初审逾期未办，已上报市科技局（办理期限至2026-03-16（含当日），2026-03-17起逾期）。');
  });

  it('never tells a person to act "before" the last day of a period, nor shows a raw stage code', () => {
    const types = [
      'application.returned',
      'application.advanced',
      'application.rejected',
      'application.disqualified',
      'public-notice.opened',
      'task.opened',
      'task.reminded',
      'task.overdue',
      'task.escalated',
    ];
    const payload = {
      applicationId: 'app-1',
      applicantUserId: 'user-42',
      spaceName: '鞍山创客工场',
      stage: 'EXPERT_REVIEW',
      to: 'PUBLIC_NOTICE',
      reasons: [{ text: 'x' }],
      correctBy: '2026-03-16',
      banEndsOn: '2026-03-16',
      from: '2026-03-09',
      until: '2026-03-16',
      taskId: 't-1',
      assigneeRole: 'city-officer',
      scope: null,
      dueOn: '2026-03-16',
      title: { zh: '专家评分', en: 'Expert scoring' },
      filingNumber: 'x',
    };
    for (const type of types) {
      for (const notice of noticesFor(event(type, payload))) {
        expect(`${notice.bodyZh} ${notice.bodyEn}`).not.toMatch(/2026-03-16前|(?<!on or )before 2026-03-16|\bby 2026-03-16|[A-Z]+_[A-Z]+/);
      }
    }
  });
});
