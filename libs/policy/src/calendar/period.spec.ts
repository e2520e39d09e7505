import fc from 'fast-check';
import { selfReportReminderDates } from '../evaluation/self-report-deadline';
import { publicNoticeEndsOn } from '../procedure/public-notice';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { banEndsOn, isBanActive } from './ban';
import type { CalendarDate } from './calendar-date';
import { changeReminderDates, changeReportDeadline } from './change-deadline';
import { addDays, diffDays } from './days';
import { operatingAtLeast } from './operating-age';
import { dayAfter, daysBefore, earliestEventWithin, isWithinPeriod, periodAfter, periodEndsOn } from './period';
import { residencyWithin } from './residency';
import { stageSchedule } from './stage-due';
import { isWithinWindow, lookBackWindow } from './window';

const ban = (decidedOn: CalendarDate) => ({ decidedOn, endsOn: banEndsOn(decidedOn) });

const aDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as CalendarDate);

describe('Civil Code Art. 201: the day of the event is not counted, the period begins the next day', () => {
  it('a period of 7 days from 1 June begins on 2 June and ends on 8 June', () => {
    expect(periodAfter('2021-06-01', { days: 7 })).toEqual({ firstDay: '2021-06-02', lastDay: '2021-06-08' });
  });

  it.each([
    ['2021-02-22', 7, '2021-03-01'],
    ['2024-02-22', 7, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2021-12-27', 7, '2022-01-03'],
    ['2021-12-31', 15, '2022-01-15'],
  ] as const)('%s + %i days ends on %s, across month ends, 29 February and year ends', (eventOn, days, lastDay) => {
    expect(periodEndsOn(eventOn, { days })).toBe(lastDay);
  });

  it('a period of n days holds exactly n calendar days', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 1, max: 400 }), (eventOn, days) => {
        const { firstDay, lastDay } = periodAfter(eventOn, { days });
        expect(diffDays(firstDay, lastDay) + 1).toBe(days);
      }),
    );
  });
});

describe('Civil Code Art. 202: months and years end on the corresponding date, or the last day of the month', () => {
  it.each([
    ['2021-03-15', { years: 2 }, '2023-03-15'],
    ['2024-02-29', { years: 2 }, '2026-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2021-11-30', { months: 3 }, '2022-02-28'],
    ['2023-11-30', { months: 3 }, '2024-02-29'],
    ['2020-08-31', { months: 6 }, '2021-02-28'],
    ['2021-10-31', { months: 3 }, '2022-01-31'],
    ['2021-12-31', { months: 12 }, '2022-12-31'],
    ['2021-01-31', { months: 1 }, '2021-02-28'],
  ] as const)('counted from %s, %j ends on %s', (eventOn, length, lastDay) => {
    expect(periodEndsOn(eventOn, length)).toBe(lastDay);
  });

  it('a year is 12 months', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 1, max: 5 }), (eventOn, years) =>
        expect(periodEndsOn(eventOn, { years })).toBe(periodEndsOn(eventOn, { months: years * 12 })),
      ),
    );
  });

  it('begins, like every period, the day after the event', () => {
    expect(periodAfter('2021-12-31', { months: 3 })).toEqual({ firstDay: '2022-01-01', lastDay: '2022-03-31' });
  });
});

describe('inside and outside a period', () => {
  it('the first day outside is the day after the last, across a year end and into 29 February', () => {
    expect(dayAfter('2021-12-31')).toBe('2022-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
  });

  it('a reminder n days before a due date is the event of an n-day period ending on it', () => {
    fc.assert(fc.property(aDate, fc.integer({ min: 1, max: 60 }), (dueOn, days) => expect(periodEndsOn(daysBefore(dueOn, days), { days })).toBe(dueOn)));
  });

  it('a date is within the period up to and including its last day, and not the day after', () => {
    fc.assert(
      fc.property(
        aDate,
        fc.oneof(fc.record({ days: fc.integer({ min: 1, max: 100 }) }), fc.record({ months: fc.integer({ min: 1, max: 60 }) })),
        (eventOn, length) => {
          const lastDay = periodEndsOn(eventOn, length);
          expect(isWithinPeriod(eventOn, length, lastDay)).toBe(true);
          expect(isWithinPeriod(eventOn, length, dayAfter(lastDay))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the earliest event whose period still runs on a date separates exactly the events within from the others', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 1, max: 60 }), fc.integer({ min: -40, max: 40 }), (on, months, offset) => {
        const eventOn = addDays(on, offset - months * 31);
        expect(eventOn >= earliestEventWithin(on, { months })).toBe(isWithinPeriod(eventOn, { months }, on));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('every period of the Measures is counted by the same rule', () => {
  it('Art. 5(1) half a year operating: registered 2020-08-31, reached on 2021-02-28; registered 2019-08-31, on 2020-02-29; registered 2021-07-31, on 2022-01-31', () => {
    expect(operatingAtLeast('2020-08-31', '2021-02-28', 6)).toBe(true);
    expect(operatingAtLeast('2020-08-31', '2021-02-27', 6)).toBe(false);
    expect(operatingAtLeast('2019-08-31', '2020-02-29', 6)).toBe(true);
    expect(operatingAtLeast('2019-08-31', '2020-02-28', 6)).toBe(false);
    expect(operatingAtLeast('2021-07-31', '2022-01-31', 6)).toBe(true);
    expect(operatingAtLeast('2021-07-31', '2022-01-30', 6)).toBe(false);
  });

  it('Art. 5(3) 36 months of residency: moved in 2016-02-29, within through 2019-02-28; moved in 2018-12-31, through 2021-12-31', () => {
    expect(residencyWithin('2016-02-29', '2019-02-28', 36)).toBe(true);
    expect(residencyWithin('2016-02-29', '2019-03-01', 36)).toBe(false);
    expect(residencyWithin('2018-12-31', '2021-12-31', 36)).toBe(true);
    expect(residencyWithin('2018-12-31', '2022-01-01', 36)).toBe(false);
  });

  it('Art. 5(4) and 5(6) the 12 months before submission: the days whose 12 months still run on the day of submission', () => {
    expect(lookBackWindow('2021-06-15', 12)).toEqual({ from: '2020-06-15', to: '2021-06-15' });
    expect(lookBackWindow('2024-02-29', 12)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(lookBackWindow('2025-02-28', 12)).toEqual({ from: '2024-02-28', to: '2025-02-28' });
    expect(lookBackWindow('2022-01-01', 12)).toEqual({ from: '2021-01-01', to: '2022-01-01' });
    fc.assert(
      fc.property(aDate, aDate, (eventOn, on) => {
        expect(isWithinWindow(eventOn, lookBackWindow(on, 12))).toBe(eventOn <= on && isWithinPeriod(eventOn, { months: 12 }, on));
      }),
      { numRuns: 2000 },
    );
  });

  it('Art. 6 stage due dates: 15 days from 2021-12-20 end on 2022-01-04, reminded 5 and 1 days before, escalated 3 days after', () => {
    expect(stageSchedule('PRELIMINARY_REVIEW', '2021-12-20', ANSHAN_2020)).toMatchObject({
      dueOn: '2022-01-04',
      remindOn: ['2021-12-30', '2022-01-03'],
      escalateOn: '2022-01-07',
    });
    expect(stageSchedule('PRELIMINARY_REVIEW', '2024-02-14', ANSHAN_2020).dueOn).toBe('2024-02-29');
  });

  it('Art. 6(4) public notice: 7 full days after the day of publication (published 1 June: objections through 8 June)', () => {
    expect(publicNoticeEndsOn('2021-06-01', ANSHAN_2020)).toBe('2021-06-08');
    expect(publicNoticeEndsOn('2024-02-22', ANSHAN_2020)).toBe('2024-02-29');
    expect(publicNoticeEndsOn('2021-12-27', ANSHAN_2020)).toBe('2022-01-03');
  });

  it('Art. 7 the self-report due on 30 April: reminders 30, 7 and 1 days before it', () => {
    expect(selfReportReminderDates(2023, ANSHAN_2020)).toEqual(['2024-03-31', '2024-04-23', '2024-04-29']);
  });

  it('Art. 8 3 months from the change: effective 2023-11-30, reported through 2024-02-29; effective 2021-10-31, through 2022-01-31', () => {
    expect(changeReportDeadline('2023-11-30')).toBe('2024-02-29');
    expect(changeReportDeadline('2021-10-31')).toBe('2022-01-31');
    expect(changeReminderDates('2021-10-31')).toEqual(['2022-01-01', '2022-01-24', '2022-01-30']);
  });

  it('Art. 9 the 2-year ban: decided 2024-02-29, banned through 2026-02-28, free from 2026-03-01; decided 2021-12-31, free from 2024-01-01', () => {
    expect(banEndsOn('2024-02-29')).toBe('2026-02-28');
    expect(isBanActive(ban('2024-02-29'), '2026-02-28')).toBe(true);
    expect(isBanActive(ban('2024-02-29'), '2026-03-01')).toBe(false);
    expect(banEndsOn('2021-12-31')).toBe('2023-12-31');
    expect(isBanActive(ban('2021-12-31'), '2024-01-01')).toBe(false);
  });
});
