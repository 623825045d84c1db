// "Use my best times": only platforms with an answer from the user's own posts are replaced, at the
// middle of each top block; a default-only answer changes nothing.
import type { BestTimes, PlatformBestTimes } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { hasPersonalBestTimes, slotsFromBestTimes } from './bestTimeSlots';

const cell = (isoWeekday: number, startHour: number) => ({
  weekday: 'Tuesday' as const,
  isoWeekday,
  startHour,
  label: '',
  estimate: 1.4,
  interval: [1.1, 1.8] as [number, number],
  n: 20,
});
const grid = (
  platform: PlatformBestTimes['platform'],
  source: PlatformBestTimes['source'],
): PlatformBestTimes => ({
  platform,
  source,
  prior: 'platform_default',
  confidence: 'medium',
  posts: 40,
  ownWeight: 0.6,
  cells: [],
  topSlots: [cell(2, 9), cell(4, 12)],
});

describe('slotsFromBestTimes', () => {
  it('replaces the slots of platforms with personal answers only', () => {
    const best: BestTimes = {
      timezone: 'UTC',
      windowDays: 180,
      platforms: [grid('linkedin', 'blended'), grid('x', 'platform_default')],
    };
    const current = [
      { platform: 'linkedin' as const, weekday: 1, time: '08:00' },
      { platform: 'x' as const, weekday: 3, time: '09:00' },
    ];
    expect(slotsFromBestTimes(current, best)).toEqual([
      { platform: 'linkedin', weekday: 2, time: '10:30' },
      { platform: 'linkedin', weekday: 4, time: '13:30' },
      { platform: 'x', weekday: 3, time: '09:00' },
    ]);
    expect(hasPersonalBestTimes(best)).toBe(true);
    expect(hasPersonalBestTimes({ ...best, platforms: [grid('x', 'platform_default')] })).toBe(false);
  });
});
