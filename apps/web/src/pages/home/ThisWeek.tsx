// "This week on the calendar": the next seven days of the editorial calendar, shown on home once
// setup is done, so the plan is the first thing a returning user sees. Each day links into the
// calendar; a week with nothing planned says how to plan one.
import { Link } from 'react-router';
import { useCurrentUser } from '../../layouts/AppLayout';
import { formatDay } from '../../lib/dates';
import { useCalendarMonth } from '../../queries/calendar';
import { FORMAT_LABELS, STATUS_LABELS } from '../calendar/entryMeta';
import { monthsOfWeek, todayIn, weekDays } from './thisWeek';

export function ThisWeek() {
  const user = useCurrentUser();
  const today = todayIn(user.profile.timezone);
  const [first = today.slice(0, 7), second = first] = monthsOfWeek(today);
  // Two calls always (hooks cannot be conditional); the same month twice is one request.
  const months = [useCalendarMonth(first), useCalendarMonth(second)];
  if (months.some((month) => month.isPending)) return null;
  if (months.some((month) => month.isError)) return null;
  const entries = months.flatMap((month) => month.data?.entries ?? []);
  const days = weekDays(today, [...new Map(entries.map((entry) => [entry.id, entry])).values()]);
  const planned = days.filter((day) => day.entries.length > 0);
  return (
    <section
      aria-labelledby="this-week"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="this-week" className="text-base font-semibold text-slate-900">
        This week on the calendar
      </h2>
      {planned.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          Nothing planned for the next seven days.{' '}
          <Link to="/calendar" className="font-semibold text-indigo-800 underline">
            Plan the month on the calendar
          </Link>
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {planned.map((day) => (
            <li key={day.date} className="py-2">
              <p className="text-sm font-medium text-slate-900">{formatDay(day.date)}</p>
              <ul className="mt-1 space-y-1">
                {day.entries.map((entry) => (
                  <li key={entry.id} className="text-sm text-slate-700">
                    <Link
                      to={`/calendar?month=${day.date.slice(0, 7)}`}
                      className="text-indigo-800 underline"
                    >
                      {entry.topic}
                    </Link>{' '}
                    · {FORMAT_LABELS[entry.format]} · {STATUS_LABELS[entry.status]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
