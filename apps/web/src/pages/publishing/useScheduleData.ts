// The Schedule page's data: the filters in the URL, the instant dividing upcoming from recent,
// and the three lists (needs attention, upcoming, the last 30 days) with their items.
import {
  type Platform,
  platformSchema,
  type ScheduledItemStatus,
  scheduledItemStatusSchema,
} from '@brandwright/contracts';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useNeedsAttention, useScheduleList, useScheduleWindow } from '../../queries/publishing';

export const RECENT_DAYS = 30;

export interface ScheduleFilterValues {
  status: ScheduledItemStatus | undefined;
  platform: Platform | undefined;
}

function filtersOf(params: URLSearchParams): ScheduleFilterValues {
  const status = scheduledItemStatusSchema.safeParse(params.get('status'));
  const platform = platformSchema.safeParse(params.get('platform'));
  return {
    status: status.success ? status.data : undefined,
    platform: platform.success ? platform.data : undefined,
  };
}

/**
 * The instant dividing upcoming from recent. Kept still between ticks so the query keys do not
 * change on every render; a tick each minute moves posts whose time has come into "recent".
 */
function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function useScheduleData() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const now = useNow();
  const attention = useNeedsAttention();
  const upcoming = useScheduleList({ from: now.toISOString(), ...filters });
  const recent = useScheduleWindow({
    from: new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString(),
    to: now.toISOString(),
    ...filters,
  });
  // One URL update per change, like the content list's filters.
  const setFilter = (key: keyof ScheduleFilterValues, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const items = {
    attention: attention.data ?? [],
    upcoming: upcoming.data?.pages.flatMap((page) => page.items) ?? [],
    recent: recent.data ?? [],
  };
  const filtered = Boolean(filters.status || filters.platform);
  /** A new user's schedule: nothing anywhere, nothing filtered out. */
  const blank =
    !filtered &&
    attention.isSuccess &&
    upcoming.isSuccess &&
    recent.isSuccess &&
    items.attention.length + items.upcoming.length + items.recent.length === 0;
  return { filters, filtered, setFilter, attention, upcoming, recent, items, blank };
}
