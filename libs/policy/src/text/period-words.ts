import type { CalendarDate } from '../calendar/calendar-date';
import { dayAfter } from '../calendar/period';
import type { LocalizedText } from './localized-text';

// What people read about a period says which days are inside it: its last day as inside, and the
// day after as the first outside. Never "before <its last day>", which reads as if that day were out.

/** Art. 9: banned through the ban's last day; free to apply from the day after. */
export function banWords(endsOn: CalendarDate): LocalizedText {
  const free = dayAfter(endsOn);
  return {
    zh: `禁止申报至${endsOn}（含当日），自${free}起可再次申报`,
    en: `banned through ${endsOn}; may apply again from ${free}`,
  };
}

/** A task's due date: to be done on that day at the latest, overdue from the next. */
export function dueWords(dueOn: CalendarDate): LocalizedText {
  const overdue = dayAfter(dueOn);
  return {
    zh: `办理期限至${dueOn}（含当日），${overdue}起逾期`,
    en: `due on or before ${dueOn}; overdue from ${overdue}`,
  };
}

/** Art. 6: a return for correction, answered on the last day at the latest, lapsing the day after. */
export function correctionWords(correctBy: CalendarDate): LocalizedText {
  const lapses = dayAfter(correctBy);
  return {
    zh: `补正期限至${correctBy}（含当日），${lapses}起未补正的申请不予备案`,
    en: `correct and resubmit on or before ${correctBy}; from ${lapses} an uncorrected application lapses`,
  };
}

/** Art. 6(4): the notice as published, and the last day an objection is taken. */
export function noticeWords(publishedOn: CalendarDate, lastDay: CalendarDate): LocalizedText {
  return {
    zh: `${publishedOn}发布公示，异议受理至${lastDay}（含当日），${dayAfter(lastDay)}起不再受理`,
    en: `published on ${publishedOn}; objections are taken through ${lastDay}, not from ${dayAfter(lastDay)}`,
  };
}

/** Art. 7: the annual performance report, filed on the due day at the latest. */
export function selfReportDueWords(dueOn: CalendarDate): LocalizedText {
  const late = dayAfter(dueOn);
  return {
    zh: `报送期限至${dueOn}（含当日），${late}起逾期`,
    en: `to be filed on or before ${dueOn}; late from ${late}`,
  };
}

/** Art. 8: a change reported on the deadline at the latest, late from the day after. */
export function changeReportWords(deadline: CalendarDate): LocalizedText {
  const late = dayAfter(deadline);
  return {
    zh: `报告期限至${deadline}（含当日），${late}起逾期`,
    en: `to be reported on or before ${deadline}; late from ${late}`,
  };
}
