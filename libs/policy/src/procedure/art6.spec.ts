import { stageDueDate, stageSchedule } from '../calendar/stage-due';
import { checkFilingConditions } from '../conditions/check-filing-conditions';
import { routeToDistrict } from '../identity/jurisdiction';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, verdictOf } from '../testing/fixtures';
import { expertReviewOutcome } from './expert-review';
import { publicNoticeEndsOn } from './public-notice';
import { REVIEW_STAGES } from './stages';

describe('Art. 6(1)-(2) preliminary review by the department of the venue', () => {
  it.each([
    ['210302', '铁东区', 'Tiedong District'],
    ['210303', '铁西区', 'Tiexi District'],
    ['210304', '立山区', 'Lishan District'],
    ['210311', '千山区', 'Qianshan District'],
    ['210321', '台安县', "Tai'an County"],
    ['210323', '岫岩满族自治县', 'Xiuyan Manchu Autonomous County'],
    ['210381', '海城市', 'Haicheng City'],
    ['210300-HTZ', '鞍山高新技术产业开发区', 'Anshan High-tech Industrial Development Zone'],
  ])('routes %s to %s', (code, zh, en) => {
    expect(routeToDistrict(code, ANSHAN_2020)?.name).toEqual({ zh, en });
  });

  it('routes nothing outside the city, nor the city itself', () => {
    expect(routeToDistrict('210102', ANSHAN_2020)).toBeUndefined();
    expect(routeToDistrict('210300', ANSHAN_2020)).toBeUndefined();
  });

  it('refuses an application whose venue is in no division of the city', () => {
    const report = checkFilingConditions(aQualifyingApplication({ venue: { divisionCode: '210102' } }), ANSHAN_2020);
    expect(verdictOf(report, 'ART6_1_VENUE_DIVISION')).toMatchObject({ article: 'Art. 6(1)', passed: false, found: '210102', required: '210300' });
    expect(report.passed).toBe(false);
  });

  it('names the department of a venue in the High-tech Zone', () => {
    const report = checkFilingConditions(aQualifyingApplication({ venue: { divisionCode: '210300-HTZ' } }), ANSHAN_2020);
    expect(verdictOf(report, 'ART6_1_VENUE_DIVISION').message.zh).toContain('鞍山高新技术产业开发区(210300-HTZ)');
  });
});

describe('Art. 6 due dates of the human stages', () => {
  it('gives every stage, and the applicant correction, a due date, reminders and an escalation', () => {
    for (const stage of REVIEW_STAGES) {
      const schedule = stageSchedule(stage, '2021-06-15', ANSHAN_2020);
      expect(schedule.dueOn > '2021-06-15').toBe(true);
      expect(schedule.remindOn.every((date) => date > '2021-06-15' && date < schedule.dueOn)).toBe(true);
      expect(schedule.escalateOn >= schedule.dueOn).toBe(true);
    }
  });

  it('is due in calendar days across a month end', () => {
    expect(stageDueDate('ON_SITE_INSPECTION', '2021-02-20', ANSHAN_2020)).toBe('2021-03-12');
  });

  it('the applicant corrects a return within 30 days, and the city hears of it when overdue', () => {
    expect(stageSchedule('CORRECTION', '2021-06-15', ANSHAN_2020)).toMatchObject({
      assignee: 'APPLICANT',
      dueOn: '2021-07-15',
      escalateOn: '2021-07-15',
      escalateTo: 'CITY_OFFICER',
    });
  });
});

describe('Art. 6(4) expert review by a panel of 3', () => {
  it('passes at a mean of exactly 60', () => {
    expect(expertReviewOutcome([55, 60, 65], ANSHAN_2020)).toMatchObject({ passed: true, meanScore: 60, passMeanScore: 60 });
  });

  it('does not pass at a mean just below 60', () => {
    expect(expertReviewOutcome([59, 60, 60], ANSHAN_2020)).toMatchObject({ passed: false, meanScore: 59.67 });
  });

  it('explains the outcome in both languages', () => {
    expect(expertReviewOutcome([70, 80, 90], ANSHAN_2020).message).toEqual({
      zh: '专家评审平均分80分(满分100分),达到60分',
      en: 'Expert panel mean score 80 of 100: reaches 60',
    });
  });

  it('needs a score from every member of the panel, each within the scale', () => {
    expect(() => expertReviewOutcome([70, 80], ANSHAN_2020)).toThrow('The expert panel has 3 members; 2 scores were given');
    expect(() => expertReviewOutcome([70, 80, 101], ANSHAN_2020)).toThrow(RangeError);
    expect(() => expertReviewOutcome([70, 80, Number.NaN], ANSHAN_2020)).toThrow(RangeError);
  });
});

describe('Art. 6(4) public notice of 7 calendar days', () => {
  it('runs 7 full days after the day of publication: published 1 June, objections are taken through 8 June', () => {
    expect(publicNoticeEndsOn('2021-06-01', ANSHAN_2020)).toBe('2021-06-08');
    expect(publicNoticeEndsOn('2021-02-25', ANSHAN_2020)).toBe('2021-03-04');
  });

  it('a notice published before the reading was corrected keeps its end date, one day shorter', () => {
    expect(publicNoticeEndsOn('2021-06-01', ANSHAN_2020, 'PUBLICATION_DAY_COUNTED')).toBe('2021-06-07');
  });
});
