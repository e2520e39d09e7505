import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, someActivities, verdictOf } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';
import type { Activity } from './declared-figures';

function activitiesVerdict(activities: Activity[]) {
  const input = aQualifyingApplication({ submittedOn: '2021-06-15', figures: { activities } });
  return verdictOf(checkFilingConditions(input, ANSHAN_2020), 'ART5_6_ACTIVITIES');
}

const held = (heldOn: Activity['heldOn'], title = `Roadshow ${heldOn}`): Activity => ({ heldOn, kind: 'ROADSHOW', title, participants: 40 });

describe('Art. 5(6) 每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动不少于5场次', () => {
  it('is met by exactly 5 activities in the 12 months before submission', () => {
    expect(activitiesVerdict(someActivities(5, '2021-06-01'))).toMatchObject({ article: 'Art. 5(6)', passed: true, found: 5, required: 5 });
  });

  it('is not met by 4', () => {
    expect(activitiesVerdict(someActivities(4, '2021-06-01'))).toMatchObject({ passed: false, found: 4 });
  });

  it('counts activities on the first day of the window and on the day of submission', () => {
    const activities = [...someActivities(3, '2021-05-01'), held('2020-06-15'), held('2021-06-15')];
    expect(activitiesVerdict(activities)).toMatchObject({ passed: true, found: 5, flags: [] });
  });

  it('counts each session, also of the same title', () => {
    const activities = ['2021-01-05', '2021-02-05', '2021-03-05', '2021-04-05', '2021-05-05'].map((date) => held(date as Activity['heldOn'], 'Monthly salon'));
    expect(activitiesVerdict(activities).found).toBe(5);
  });

  it('does not count activities outside the window, and flags each', () => {
    const verdict = activitiesVerdict([...someActivities(4, '2021-06-01'), held('2020-06-14', 'Old fair'), held('2021-06-16', 'Next week')]);
    expect(verdict).toMatchObject({ passed: false, found: 4 });
    expect(verdict.flags.map((flag) => flag.subject)).toEqual(['Old fair', 'Next week']);
  });
});
