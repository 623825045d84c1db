// Home's sections each load their own data; shown as each arrives they would push one another down
// (Lighthouse measured a layout shift of 0.48). Home waits for all of them at once instead: the same
// queries (TanStack Query shares them with the sections), fetched in parallel, rendered together.
import { useState } from 'react';
import { useCurrentUser } from '../../layouts/AppLayout';
import { useBrandStatus, useStrategy } from '../../queries/brand';
import { useCalendarMonth } from '../../queries/calendar';
import { useContentList } from '../../queries/content';
import { usePlatforms } from '../../queries/platforms';
import { useNeedsAttention, useScheduleList } from '../../queries/publishing';
import { useVoiceProfile } from '../../queries/voice';
import { monthsOfWeek, todayIn } from './thisWeek';

export interface HomeData {
  settled: boolean;
  /** The instant "upcoming" counts from, fixed when home opens (a new one per render would refetch). */
  from: string;
}

export function useHomeSettled(): HomeData {
  const [from] = useState(() => new Date().toISOString());
  const today = todayIn(useCurrentUser().profile.timezone);
  const [first = today.slice(0, 7), second = first] = monthsOfWeek(today);
  const queries = [
    useBrandStatus(),
    useStrategy(),
    useVoiceProfile(),
    usePlatforms(),
    useScheduleList({}),
    useScheduleList({ status: 'pending', from }),
    useNeedsAttention(),
    useContentList({ status: 'draft' }),
    useCalendarMonth(first),
    useCalendarMonth(second),
  ];
  return { settled: queries.every((query) => !query.isPending), from };
}
