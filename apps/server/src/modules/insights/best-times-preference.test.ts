// The weekday order the calendar planner gets: best cells first across confident platforms, and
// nothing at all (null) while the answer rests on the default curve or is not confident.
import { describe, expect, it } from 'vitest';
import type { BestTimesService } from './best-times.service.js';
import { estimateGrid } from './best-times-estimator.js';
import { preferredWeekdays, weekdayOrder } from './best-times-preference.js';
import { defaultCurve } from './best-times-priors.js';
import { syntheticHistory, WORKDAY_SLOTS } from './test/best-times.fixtures.js';

const ZONE = 'UTC';
const serviceWith = (posts: ReturnType<typeof syntheticHistory>) =>
  ({
    grids: async () => ({
      timezone: ZONE,
      grids: [
        { platform: 'linkedin' as const, estimate: estimateGrid(posts, ZONE, defaultCurve('linkedin')) },
      ],
    }),
  }) as unknown as BestTimesService;

describe('preferredWeekdays', () => {
  it('orders weekdays by the best cell, the planted Friday first', async () => {
    const posts = syntheticHistory({
      seed: 11,
      zone: ZONE,
      slots: WORKDAY_SLOTS,
      perSlot: 30,
      effects: { '5:12': 2.5 },
    });
    const order = await preferredWeekdays(serviceWith(posts), 'u');
    expect(order?.[0]).toBe(5);
    expect([...(order ?? [])].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is null without own posts or with too few for medium confidence', async () => {
    expect(await preferredWeekdays(serviceWith([]), 'u')).toBeNull();
    const few = syntheticHistory({ seed: 3, zone: ZONE, slots: WORKDAY_SLOTS.slice(0, 4), perSlot: 2 });
    expect(await preferredWeekdays(serviceWith(few), 'u')).toBeNull();
  });

  it('breaks ties toward the earlier weekday', () => {
    expect(weekdayOrder([])).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
