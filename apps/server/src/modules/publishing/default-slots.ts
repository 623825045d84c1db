// The posting slots a new user starts with, so "Add to queue" works from the first day. They are
// the usual advice per platform (weekday mornings and lunchtimes in the user's own zone, fewer on
// LinkedIn and Medium, where a post lives for days): a default, not a personal answer; the user
// changes them on the posting-slots page, and best times from their own data replace the advice.
import type { Platform, PostingSlot } from '@brandwright/contracts';

const WEEKDAYS = [1, 2, 3, 4, 5];

const DEFAULT_TIMES: Record<Platform, { weekdays: number[]; times: string[] }> = {
  linkedin: { weekdays: [2, 3, 4], times: ['09:00'] },
  x: { weekdays: WEEKDAYS, times: ['09:00', '12:30'] },
  bluesky: { weekdays: WEEKDAYS, times: ['10:00'] },
  mastodon: { weekdays: WEEKDAYS, times: ['11:00'] },
  medium: { weekdays: [2, 4], times: ['08:00'] },
};

export function defaultPostingSlots(): PostingSlot[] {
  return (Object.entries(DEFAULT_TIMES) as [Platform, (typeof DEFAULT_TIMES)[Platform]][]).flatMap(
    ([platform, { weekdays, times }]) =>
      weekdays.flatMap((weekday) => times.map((time) => ({ platform, weekday, time }))),
  );
}
