// Turns best times into posting slots: for every platform whose answer rests on the user's own posts
// (own or blended, never the default alone), its top slots replace that platform's slots, each at
// the middle of its 3-hour block (09:00–12:00 → 10:30). Other platforms keep their slots.
import type { BestTimes, Platform, PostingSlot } from '@brandwright/contracts';
import { sortSlots } from './slots';

export function slotsFromBestTimes(current: readonly PostingSlot[], bestTimes: BestTimes): PostingSlot[] {
  const personal = bestTimes.platforms.filter((p) => p.source !== 'platform_default');
  const replaced = new Set<Platform>(personal.map((p) => p.platform));
  const fresh = personal.flatMap((p) =>
    p.topSlots.map((s) => ({
      platform: p.platform,
      weekday: s.isoWeekday,
      time: `${String(s.startHour + 1).padStart(2, '0')}:30`,
    })),
  );
  return sortSlots([...current.filter((s) => !replaced.has(s.platform)), ...fresh]);
}

export function hasPersonalBestTimes(bestTimes: BestTimes): boolean {
  return bestTimes.platforms.some((p) => p.source !== 'platform_default');
}
