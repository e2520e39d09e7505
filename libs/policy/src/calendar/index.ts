export {
  CalendarDate,
  calendarDate,
  dateParts,
  daysInMonth,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
} from './calendar-date';
export { addDays, diffDays } from './days';
export { addCalendarMonths, fullCalendarMonthsBetween } from './months';
export { endOfDayShanghai, todayInShanghai } from './shanghai';
export { type DateWindow, calendarYearWindow, isWithinWindow, lookBackWindow } from './window';
export { operatingAtLeast } from './operating-age';
export { residencyMonths, residencyWithin } from './residency';
export { changeReportDeadline, changeReportedInTime } from './change-deadline';
export { banEndsOn, isBanActive } from './ban';
export { type StageSchedule, stageDueDate, stageSchedule } from './stage-due';
export { consecutiveYearsEndingAt } from './consecutive-years';
