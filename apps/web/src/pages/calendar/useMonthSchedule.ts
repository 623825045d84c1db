// The month's scheduled and published posts for the calendar grid, in the calendar's time zone,
// split into those under an entry (the entry's draft is what they publish) and the rest.
import type { CalendarEntry } from '@brandwright/contracts';
import { useMemo } from 'react';
import { monthBounds } from '../../lib/zonedTime';
import { useScheduleRange } from '../../queries/publishing';
import { useHeadlines } from '../publishing/useHeadlines';
import { groupMonthItems, type MonthSchedule } from './ScheduledItems';

export function useMonthSchedule(
  month: string,
  zone: string,
  entries: readonly CalendarEntry[],
): MonthSchedule {
  const { from, to } = monthBounds(month, zone);
  const query = useScheduleRange(from, to);
  const items = query.data ?? [];
  const linked = useMemo(
    () => new Set(entries.flatMap((entry) => (entry.contentId ? [entry.contentId] : []))),
    [entries],
  );
  const grouped = useMemo(() => groupMonthItems(query.data ?? [], linked, zone), [query.data, linked, zone]);
  // Headlines are needed only for posts shown on their own.
  const headlineOf = useHeadlines(items.filter((item) => !linked.has(item.contentId)));
  return { zone, ...grouped, headlineOf };
}
