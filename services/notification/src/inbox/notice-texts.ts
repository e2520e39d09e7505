import type { EventEnvelope } from '@makerspace/contracts';

export interface Notice {
  recipient: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

type P = Record<string, unknown>;
const applicant = (p: P) => String(p.applicantUserId);
const staff = (role: unknown, scope: unknown) => (scope ? `${role}:${scope}` : String(role));
/**
 * A task's assignee: work for one person (an expert's scoring, an applicant's correction) goes to
 * that person's user id; desk work goes to the desk (role and scope).
 */
const PERSONAL_ROLES = ['applicant', 'expert'];
const assignee = (role: unknown, scope: unknown, assigneeId?: unknown) =>
  assigneeId ? String(assigneeId) : PERSONAL_ROLES.includes(String(role)) && scope ? String(scope) : staff(role, scope);

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
        { recipient: applicant(p), titleZh: '备案申请已提交', titleEn: 'Filing application submitted', bodyZh: `“${name}”的备案申请已提交，等待初审。`, bodyEn: `The filing application for "${name}" was submitted and awaits preliminary review.` },
      ];
    case 'application.returned':
      return [{ recipient: applicant(p), titleZh: '申请被退回补正', titleEn: 'Application returned for correction', bodyZh: `“${name}”的申请在${String(p.stage)}阶段被退回，请于${String(p.correctBy)}前补正。`, bodyEn: `"${name}" was returned at ${String(p.stage)}; please correct it by ${String(p.correctBy)}.` }];
    case 'application.advanced':
      return [{ recipient: applicant(p), titleZh: '申请进入下一阶段', titleEn: 'Application advanced', bodyZh: `“${name}”已进入${String(p.to)}阶段。`, bodyEn: `"${name}" moved on to ${String(p.to)}.` }];
    case 'application.rejected':
      return [{ recipient: applicant(p), titleZh: '申请未通过', titleEn: 'Application rejected', bodyZh: `“${name}”的申请未通过（${String(p.stage)}）。`, bodyEn: `"${name}" was rejected at ${String(p.stage)}.` }];
    case 'application.disqualified':
      return [{ recipient: applicant(p), titleZh: '取消评审资格', titleEn: 'Disqualified (Art. 9)', bodyZh: `“${name}”因弄虚作假被取消评审资格，${String(p.banEndsOn)}前不得再次申请（第九条）。`, bodyEn: `"${name}" was disqualified for fraud; no new application before ${String(p.banEndsOn)} (Art. 9).` }];
    case 'application.filed':
      return [{ recipient: applicant(p), titleZh: '众创空间备案成功', titleEn: 'Maker space filed', bodyZh: `“${name}”已备案，备案编号${String(p.filingNumber)}。`, bodyEn: `"${name}" is filed under number ${String(p.filingNumber)}.` }];
    case 'public-notice.opened':
      return [{ recipient: applicant(p), titleZh: '公示开始', titleEn: 'Public notice opened', bodyZh: `“${name}”公示期${String(p.from)}至${String(p.until)}。`, bodyEn: `"${name}" is under public notice from ${String(p.from)} to ${String(p.until)}.` }];
    case 'task.opened':
    case 'space.task.opened': {
      const t = p.title as { zh: string; en: string };
      return [{ recipient: assignee(p.assigneeRole, p.scope, p.assigneeId), titleZh: `新任务：${t.zh}`, titleEn: `New task: ${t.en}`, bodyZh: `截止日期${String(p.dueOn)}。`, bodyEn: `Due on ${String(p.dueOn)}.` }];
    }
    case 'task.reminded':
    case 'space.task.reminded':
      if (p.assigneeRole === 'applicant') {
        return [{ recipient: assignee(p.assigneeRole, p.scope), titleZh: '补正期限将至', titleEn: 'Correction due soon', bodyZh: `申请${String(p.applicationId)}被退回补正，请于${String(p.dueOn)}前补正并重新提交，逾期将不予受理。`, bodyEn: `Application ${String(p.applicationId)} was returned for correction; please correct and resubmit it by ${String(p.dueOn)}, or it lapses.` }];
      }
      return [{ recipient: assignee(p.assigneeRole, p.scope), titleZh: '任务即将到期', titleEn: 'Task due soon', bodyZh: `任务${String(p.taskId)}将于${String(p.dueOn)}到期。`, bodyEn: `Task ${String(p.taskId)} is due on ${String(p.dueOn)}.` }];
    case 'task.overdue':
    case 'space.task.overdue':
      return [{ recipient: assignee(p.assigneeRole, p.scope), titleZh: '任务已逾期', titleEn: 'Task overdue', bodyZh: `任务${String(p.taskId)}已于${String(p.dueOn)}逾期。`, bodyEn: `Task ${String(p.taskId)} was due on ${String(p.dueOn)}.` }];
    case 'task.escalated':
    case 'space.task.escalated':
      return [{ recipient: String(p.to), titleZh: '逾期任务已上报', titleEn: 'Overdue task escalated', bodyZh: `任务${String(p.taskId)}逾期未办，已上报市科技局。`, bodyEn: `Task ${String(p.taskId)} is overdue and was escalated to the city.` }];
    case 'objection.lodged':
      return [{ recipient: 'city-officer', titleZh: '收到公示异议', titleEn: 'Objection lodged', bodyZh: `申请${String(p.applicationId)}在公示期收到异议。`, bodyEn: `An objection was lodged against application ${String(p.applicationId)}.` }];
    default:
      return [];
  }
}
