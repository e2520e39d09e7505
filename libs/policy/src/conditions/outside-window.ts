import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { LocalizedText } from '../text/localized-text';
import type { Flag } from './verdict';

/**
 * Flags items dated outside the window, the "each year" of Art. 5(4) and 5(6), so the applicant sees
 * why they were not counted. The words about the window are written once for all the items.
 */
export class OutsideWindow {
  readonly flags: Flag[] = [];
  private readonly ending: LocalizedText;

  constructor(window: DateWindow) {
    this.ending = {
      zh: `)不在${window.from}至${window.to}期间,不计入`,
      en: `) is outside ${window.from} to ${window.to}: not counted`,
    };
  }

  flag(name: string, date: CalendarDate): void {
    this.flags.push({
      code: 'OUTSIDE_WINDOW',
      subject: name,
      message: { zh: `${name}(${date}${this.ending.zh}`, en: `${name} (${date}${this.ending.en}` },
    });
  }
}
