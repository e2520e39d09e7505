import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import type { Ruleset } from '../rulesets/ruleset';
import { evaluatedYearOpenedBy, evaluationCycleCron } from './cycle-opening';

const opening = (month: number, day: number): Ruleset => ({ ...ANSHAN_2020, evaluation: { ...ANSHAN_2020.evaluation, cycleOpens: { month, day } } });

describe('Art. 7 the yearly cycle opens on the ruleset’s day', () => {
  it('the Schedule runs at 09:00 in Shanghai on 1 January, the ruleset’s opening day', () => {
    expect(evaluationCycleCron(ANSHAN_2020)).toBe('0 9 1 1 *');
  });

  it('a ruleset that opens the cycles on 15 February moves the Schedule with it', () => {
    expect(evaluationCycleCron(opening(2, 15))).toBe('0 9 15 2 *');
  });

  it('a run on 1 January 2027 opens the cycle of 2026, the year before', () => {
    expect(evaluatedYearOpenedBy('2027-01-01' as CalendarDate, ANSHAN_2020)).toBe(2026);
  });

  it('a run caught up late in January still opens the year before', () => {
    expect(evaluatedYearOpenedBy('2027-01-31' as CalendarDate, ANSHAN_2020)).toBe(2026);
  });

  it('with the cycles opening on 15 February, a run on 1 February 2027 finds the 2025 cycle the last opened', () => {
    expect(evaluatedYearOpenedBy('2027-02-01' as CalendarDate, opening(2, 15))).toBe(2025);
    expect(evaluatedYearOpenedBy('2027-02-15' as CalendarDate, opening(2, 15))).toBe(2026);
  });
});
