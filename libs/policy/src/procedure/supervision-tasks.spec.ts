import { supervisionTaskSchedule } from '../calendar/stage-due';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { SUPERVISION_STAGES } from './stages';

describe('Art. 7 and Art. 8 due dates of the staff supervision tasks', () => {
  it('gives every supervision task a due date, reminders before it and an escalation after it', () => {
    for (const stage of SUPERVISION_STAGES) {
      const schedule = supervisionTaskSchedule(stage, '2027-05-04', ANSHAN_2020);
      expect(schedule.dueOn > '2027-05-04').toBe(true);
      expect(schedule.remindOn.every((date) => date > '2027-05-04' && date < schedule.dueOn)).toBe(true);
      expect(schedule.escalateOn >= schedule.dueOn).toBe(true);
    }
  });

  it('the district checks a self-report within 15 days, and an unchecked one goes to the city 3 days after', () => {
    expect(supervisionTaskSchedule('SELF_REPORT_CHECK', '2027-05-04', ANSHAN_2020)).toEqual({
      assignee: 'DISTRICT_OFFICER',
      dueOn: '2027-05-19',
      remindOn: ['2027-05-14', '2027-05-18'],
      escalateOn: '2027-05-22',
      escalateTo: 'CITY_OFFICER',
    });
  });

  it('the city decides on an overdue change within 10 days', () => {
    expect(supervisionTaskSchedule('OVERDUE_CHANGE', '2027-04-11', ANSHAN_2020)).toMatchObject({ assignee: 'CITY_OFFICER', dueOn: '2027-04-21' });
  });
});
