import fc from 'fast-check';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { type CalendarDate, calendarDate, dateParts, daysInMonth, isCalendarDate, parseCalendarDate } from './calendar-date';
import { consecutiveYearsEndingAt } from './consecutive-years';
import { addDays, diffDays } from './days';
import { addCalendarMonths, fullCalendarMonthsBetween } from './months';
import { earliestMoveInWithin, residencyMonths, residencyWithin } from './residency';
import { endOfDayShanghai, todayInShanghai } from './shanghai';
import { stageDueDate, stageSchedule } from './stage-due';
import { calendarYearWindow, isWithinWindow, lookBackWindow } from './window';

const aDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as CalendarDate);

describe('calendar dates', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(parseCalendarDate('2020-10-10')).toBe('2020-10-10');
  });

  it.each(['2023-02-29', '2021-13-01', '2021-04-31', '2021-6-15', '2021-06-15T00:00:00Z', '15/06/2021', ''])('refuses %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => parseCalendarDate(value)).toThrow(RangeError);
  });

  it('builds dates from parts', () => {
    expect(calendarDate(2021, 2, 3)).toBe('2021-02-03');
  });

  it('compares as strings in calendar order', () => {
    expect('2021-02-28' < '2021-03-01').toBe(true);
    expect('2020-12-31' < '2021-01-01').toBe(true);
  });
});

describe('Asia/Shanghai days', () => {
  it('is already the next day in Shanghai from 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2021-06-14T15:59:59.999Z'))).toBe('2021-06-14');
    expect(todayInShanghai(new Date('2021-06-14T16:00:00.000Z'))).toBe('2021-06-15');
  });

  it('ends a day at 24:00 Shanghai, 16:00 UTC of the same date', () => {
    expect(endOfDayShanghai('2022-02-28').toISOString()).toBe('2022-02-28T16:00:00.000Z');
    expect(todayInShanghai(new Date(endOfDayShanghai('2022-02-28').getTime() - 1))).toBe('2022-02-28');
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2020-08-31', 6, '2021-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2020-02-29', 48, '2024-02-29'],
    ['2021-01-31', 1, '2021-02-28'],
    ['2021-03-31', 1, '2021-04-30'],
    ['2021-11-30', 3, '2022-02-28'],
    ['2021-06-15', -12, '2020-06-15'],
    ['2021-03-31', -1, '2021-02-28'],
    ['2021-12-15', 1, '2022-01-15'],
  ] as const)('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('always gives a real date, n months on, on the same day or the month end', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addCalendarMonths(date, months);
        const from = dateParts(date);
        const to = dateParts(result);
        expect(isCalendarDate(result)).toBe(true);
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('never moves backwards when more months are added', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: -120, max: 120 }), fc.nat(24), (date, months, more) => {
        expect(addCalendarMonths(date, months + more) >= addCalendarMonths(date, months)).toBe(true);
      }),
    );
  });

  it('counts the months it added as full months', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
        expect(fullCalendarMonthsBetween(date, addCalendarMonths(date, months))).toBe(months);
      }),
    );
  });
});

describe('days', () => {
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
  });

  it('agrees with UTC day arithmetic', () => {
    fc.assert(
      fc.property(aDate, aDate, (a, b) => {
        expect(diffDays(a, b)).toBe((Date.parse(b) - Date.parse(a)) / 86_400_000);
        expect(addDays(a, diffDays(a, b))).toBe(b);
      }),
    );
  });
});

describe('full calendar months', () => {
  it('are the most months that can be added to the start without passing the end', () => {
    fc.assert(
      fc.property(aDate, aDate, (from, to) => {
        const months = fullCalendarMonthsBetween(from, to);
        expect(addCalendarMonths(from, months) <= to).toBe(true);
        expect(addCalendarMonths(from, months + 1) > to).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2020-08-31', '2021-02-28', 6],
    ['2020-08-31', '2021-02-27', 5],
    ['2021-01-31', '2021-03-30', 1],
    ['2021-06-15', '2021-06-14', -1],
  ] as const)('from %s to %s: %i', (from, to, months) => {
    expect(fullCalendarMonthsBetween(from, to)).toBe(months);
  });
});

describe('residency', () => {
  it('counts whole months since moving in (whether within the limit is period.spec.ts, Art. 5(3))', () => {
    expect(residencyMonths('2018-06-15', '2021-06-15')).toBe(36);
    expect(residencyMonths('2018-06-15', '2021-06-14')).toBe(35);
  });
});

describe('earliest move-in within the residency limit', () => {
  it('is 36 months back, or the day after when the month end was clamped', () => {
    expect(earliestMoveInWithin('2021-06-15', 36)).toBe('2018-06-15');
    expect(earliestMoveInWithin('2024-02-29', 12)).toBe('2023-03-01');
    expect(earliestMoveInWithin('2021-02-28', 12)).toBe('2020-02-28');
  });

  it('separates exactly the move-in dates within the limit from the others', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 1, max: 60 }), fc.integer({ min: -3, max: 3 }), (on, months, offset) => {
        const movedInOn = addDays(addCalendarMonths(on, -months), offset);
        expect(movedInOn >= earliestMoveInWithin(on, months)).toBe(residencyWithin(movedInOn, on, months));
      }),
      { numRuns: 2000 },
    );
  });

  it('holds at every month end of a leap cycle', () => {
    for (let year = 2020; year <= 2024; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const on = calendarDate(year, month, daysInMonth(year, month));
        const earliest = earliestMoveInWithin(on, 36);
        expect(residencyWithin(earliest, on, 36)).toBe(true);
        expect(residencyWithin(addDays(earliest, -1), on, 36)).toBe(false);
      }
    }
  });
});

describe('windows', () => {
  it('looks back 12 months including both ends', () => {
    const window = lookBackWindow('2021-06-15', 12);
    expect(window).toEqual({ from: '2020-06-15', to: '2021-06-15' });
    expect(isWithinWindow('2020-06-15', window)).toBe(true);
    expect(isWithinWindow('2020-06-14', window)).toBe(false);
    expect(isWithinWindow('2021-06-16', window)).toBe(false);
  });

  it('looks back from a leap day to 1 March: the 12 months from 28 February ended the day before', () => {
    expect(lookBackWindow('2024-02-29', 12).from).toBe('2023-03-01');
  });

  it('spans a calendar year from 1 January to 31 December', () => {
    expect(calendarYearWindow(2021)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });
});

describe('consecutive years', () => {
  it('runs back from the end year while no year is missing', () => {
    expect(consecutiveYearsEndingAt([2020, 2021, 2022], 2022)).toEqual([2020, 2021, 2022]);
    expect(consecutiveYearsEndingAt([2020, 2021, 2023], 2023)).toEqual([2023]);
    expect(consecutiveYearsEndingAt([2020, 2021], 2022)).toEqual([]);
  });
});

describe('stage due dates', () => {
  it('falls the ruleset number of calendar days after the stage opens', () => {
    expect(stageDueDate('PRELIMINARY_REVIEW', '2021-06-15', ANSHAN_2020)).toBe('2021-06-30');
    expect(stageDueDate('CORRECTION', '2021-02-15', ANSHAN_2020)).toBe('2021-03-17');
  });

  it('schedules reminders before the due date and escalation after it', () => {
    expect(stageSchedule('PRELIMINARY_REVIEW', '2021-06-15', ANSHAN_2020)).toEqual({
      assignee: 'DISTRICT_OFFICER',
      dueOn: '2021-06-30',
      remindOn: ['2021-06-25', '2021-06-29'],
      escalateOn: '2021-07-03',
      escalateTo: 'CITY_OFFICER',
    });
  });
});
