import type { CalendarDate } from './calendar-date';
import { periodEndsOn } from './period';

/**
 * Art. 5(1) "registered and operating half a year or more": the registration date lies at least
 * `months` calendar months before `on` (registered 2020-08-31, six months are reached on 2021-02-28).
 */
export function operatingAtLeast(registeredOn: CalendarDate, on: CalendarDate, months: number): boolean {
  return periodEndsOn(registeredOn, { months }) <= on;
}
