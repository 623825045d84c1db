// The calendar grid's keyboard model as a pure function (WAI-ARIA APG date grid): which day a key
// moves the focused day to. Arrows step a day or a week, Home/End go to the week's Monday/Sunday,
// PageUp/PageDown a month (Shift: a year), keeping the day of the month where the target month has
// it (31 January → 28 or 29 February). Crossing a month edge is allowed: the page then shows the
// target's month. Keys that are not moves answer null, so the cell lets them through.
import { addDays, daysInMonth, shiftMonth } from './calendarDates';

export interface GridKey {
  key: string;
  shiftKey?: boolean;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 7, ArrowUp: -7 };

/** Monday-first position of `day` in its week (0 = Monday … 6 = Sunday). */
function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The same day of the month `delta` months on, clamped to that month's length. */
function shiftDayByMonths(day: string, delta: number): string {
  const month = shiftMonth(day.slice(0, 7), delta);
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(date).padStart(2, '0')}`;
}

/** The day `event` moves the focus to from `day` (YYYY-MM-DD), or null when it is not a move. */
export function dayAfterKey(event: GridKey, day: string): string | null {
  const step = STEPS[event.key];
  if (step !== undefined) return addDays(day, step);
  switch (event.key) {
    case 'Home':
      return addDays(day, -weekdayIndex(day));
    case 'End':
      return addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return shiftDayByMonths(day, event.shiftKey ? -12 : -1);
    case 'PageDown':
      return shiftDayByMonths(day, event.shiftKey ? 12 : 1);
    default:
      return null;
  }
}
