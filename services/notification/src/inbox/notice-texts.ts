import type { EventEnvelope } from '@makerspace/contracts';
import { banWords, type CalendarDate, correctionWords, dueWords, type LocalizedText, noticeWords } from '@makerspace/policy';

export interface Notice {
  recipient: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

type P = Record<string, unknown>;

/** The stages of filing (Art. 6) and of supervision (Art. 7, Art. 8) as the notices name them. */
const STAGES: Readonly<Record<string, LocalizedText>> = {
  PRELIMINARY_REVIEW: { zh: '区县初审', en: 'preliminary review' },
  RE_REVIEW: { zh: '市局复审', en: 're-review' },
  ON_SITE_INSPECTION: { zh: '现场核查', en: 'on-site inspection' },
  EXPERT_REVIEW: { zh: '专家评审', en: 'expert review' },
  PUBLIC_NOTICE: { zh: '公示', en: 'public notice' },
  DIRECTOR_MEETING: { zh: '局长办公会议', en: "director's meeting" },
  SELF_REPORT_CHECK: { zh: '初核年度绩效报告', en: 'first check of the performance report' },
  ON_SITE_CHECK: { zh: '现场核查', en: 'on-site check' },
  RESULT_CONFIRMATION: { zh: '确认评价结果', en: 'confirmation of the result' },
  CHANGE_REVIEW: { zh: '复核变更', en: 'review of a change' },
  OVERDUE_CHANGE: { zh: '处理逾期未报告的变更', en: 'decision on an unreported change' },
};
const stage = (value: unknown): LocalizedText => STAGES[String(value)] ?? { zh: String(value), en: String(value) };
const date = (value: unknown) => String(value) as CalendarDate;
const applicant = (p: P) => String(p.applicantUserId);
const staff = (role: unknown, scope: unknown) => (scope ? `${role}:${scope}` : String(role));
/**
 * A task's assignee: work for one person (an expert's scoring, an applicant's correction) goes to
 * that person's user id; desk work goes to the desk (role and scope).
 */
const PERSONAL_ROLES = ['applicant', 'expert'];
const assignee = (role: unknown, scope: unknown, assigneeId?: unknown) =>
  assigneeId ? String(assigneeId) : PERSONAL_ROLES.includes(String(role)) && scope ? String(scope) : staff(role, scope);

/** The work a task is, as a sentence begins: its stage, and the space it concerns where the event names it. */
function workOf(p: P): LocalizedText {
  const what = stage(p.stage);
  const en = p.spaceName ? `${what.en} of "${String(p.spaceName)}"` : what.en;
  return { zh: p.spaceName ? `“${String(p.spaceName)}”${what.zh}` : what.zh, en: en.charAt(0).toUpperCase() + en.slice(1) };
}

/**
 * Who is told of an event, and what they read. Applicants get their own application's news;
 * staff inboxes are addressed by role and scope (e.g. `district-officer:210302`), so work reaches
 * the right desk before any one officer claims it. Events nobody needs to read give no notice.
 */
export function noticesFor(event: EventEnvelope): Notice[] {
  const p = event.payload as P;
  const name = String(p.spaceName ?? p.applicationId ?? '');
  switch (event.type) {
    case 'application.submitted':
      return [
        {
          recipient: applicant(p),
          titleZh: '备案申请已提交',
          titleEn: 'Filing application submitted',
          bodyZh: `“${name}”的备案申请已提交，等待初审。`,
          bodyEn: `The filing application for "${name}" was submitted and awaits preliminary review.`,
        },
      ];
    case 'application.returned': {
      const correct = correctionWords(date(p.correctBy));
      return [
        {
          recipient: applicant(p),
          titleZh: '申请被退回补正',
          titleEn: 'Application returned for correction',
          bodyZh: `“${name}”的申请在${stage(p.stage).zh}阶段被退回。${correct.zh}。`,
          bodyEn: `"${name}" was returned at ${stage(p.stage).en}: ${correct.en}.`,
        },
      ];
    }
    case 'application.advanced':
      return [
        {
          recipient: applicant(p),
          titleZh: '申请进入下一阶段',
          titleEn: 'Application advanced',
          bodyZh: `“${name}”已进入${stage(p.to).zh}阶段。`,
          bodyEn: `"${name}" moved on to ${stage(p.to).en}.`,
        },
      ];
    case 'application.rejected':
      return [
        {
          recipient: applicant(p),
          titleZh: '申请未通过',
          titleEn: 'Application rejected',
          bodyZh: `“${name}”的申请未通过（${stage(p.stage).zh}）。`,
          bodyEn: `"${name}" was rejected at ${stage(p.stage).en}.`,
        },
      ];
    case 'application.disqualified': {
      const ban = banWords(date(p.banEndsOn));
      return [
        {
          recipient: applicant(p),
          titleZh: '取消评审资格',
          titleEn: 'Disqualified (Art. 9)',
          bodyZh: `“${name}”因弄虚作假被取消评审资格，${ban.zh}（第九条）。`,
          bodyEn: `"${name}" was disqualified for fraud: ${ban.en} (Art. 9).`,
        },
      ];
    }
    case 'application.filed':
      return [
        {
          recipient: applicant(p),
          titleZh: '众创空间备案成功',
          titleEn: 'Maker space filed',
          bodyZh: `“${name}”已备案，备案编号${String(p.filingNumber)}。`,
          bodyEn: `"${name}" is filed under number ${String(p.filingNumber)}.`,
        },
      ];
    case 'public-notice.opened': {
      const notice = noticeWords(date(p.from), date(p.until));
      return [
        {
          recipient: applicant(p),
          titleZh: '公示开始',
          titleEn: 'Public notice opened',
          bodyZh: `“${name}”${notice.zh}。`,
          bodyEn: `"${name}" is under public notice: ${notice.en}.`,
        },
      ];
    }
    case 'task.opened':
    case 'space.task.opened': {
      const t = p.title as { zh: string; en: string };
      const due = dueWords(date(p.dueOn));
      return [
        {
          recipient: assignee(p.assigneeRole, p.scope, p.assigneeId),
          titleZh: `新任务：${t.zh}`,
          titleEn: `New task: ${t.en}`,
          bodyZh: `${workOf(p).zh}：${due.zh}。`,
          bodyEn: `${workOf(p).en}: ${due.en}.`,
        },
      ];
    }
    case 'task.reminded':
    case 'space.task.reminded': {
      if (p.assigneeRole === 'applicant') {
        const correct = correctionWords(date(p.dueOn));
        return [
          {
            recipient: assignee(p.assigneeRole, p.scope),
            titleZh: '补正期限将至',
            titleEn: 'Correction due soon',
            bodyZh: `您的备案申请在${stage(p.stage).zh}阶段被退回补正。${correct.zh}。`,
            bodyEn: `Your filing application was returned at ${stage(p.stage).en}: ${correct.en}.`,
          },
        ];
      }
      const due = dueWords(date(p.dueOn));
      return [
        {
          recipient: assignee(p.assigneeRole, p.scope),
          titleZh: '任务即将到期',
          titleEn: 'Task due soon',
          bodyZh: `${workOf(p).zh}：${due.zh}。`,
          bodyEn: `${workOf(p).en}: ${due.en}.`,
        },
      ];
    }
    case 'task.overdue':
    case 'space.task.overdue': {
      const due = dueWords(date(p.dueOn));
      return [
        {
          recipient: assignee(p.assigneeRole, p.scope),
          titleZh: '任务已逾期',
          titleEn: 'Task overdue',
          bodyZh: `${workOf(p).zh}：${due.zh}。`,
          bodyEn: `${workOf(p).en}: ${due.en}.`,
        },
      ];
    }
    case 'task.escalated':
    case 'space.task.escalated': {
      const due = dueWords(date(p.dueOn));
      return [
        {
          recipient: String(p.to),
          titleZh: '逾期任务已上报',
          titleEn: 'Overdue task escalated',
          bodyZh: `${workOf(p).zh}逾期未办，已上报市科技局（${due.zh}）。`,
          bodyEn: `${workOf(p).en} is overdue and was escalated to the city (${due.en}).`,
        },
      ];
    }
    case 'objection.lodged':
      return [
        {
          recipient: 'city-officer',
          titleZh: '收到公示异议',
          titleEn: 'Objection lodged',
          bodyZh: `申请${String(p.applicationId)}在公示期收到异议。`,
          bodyEn: `An objection was lodged against application ${String(p.applicationId)}.`,
        },
      ];
    default:
      return [];
  }
}
