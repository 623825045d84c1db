// What the calendar planner takes from best times: an order of weekdays, best first, from the
// platforms whose best-times confidence is medium or better. Null when no platform is confident,
// so the planner keeps its own default order (a confident-looking order from the default curve
// alone would be the default dressed up as the user's answer).
import { BLOCKS_PER_DAY } from '@brandwright/contracts';
import type { BestTimesService } from './best-times.service.js';
import { presentGrid } from './best-times.service.js';
import type { CellPosterior } from './best-times-estimator.js';

/** ISO weekdays ordered by their best cell across confident platforms (ties: earlier day). */
export function weekdayOrder(cellSets: readonly (readonly CellPosterior[])[]): number[] {
  const best = Array.from({ length: 7 }, () => Number.NEGATIVE_INFINITY);
  for (const cells of cellSets)
    for (const c of cells) {
      const day = Math.floor(c.index / BLOCKS_PER_DAY);
      best[day] = Math.max(best[day] as number, c.mean);
    }
  return best
    .map((score, day) => ({ score, iso: day + 1 }))
    .sort((a, b) => b.score - a.score || a.iso - b.iso)
    .map((d) => d.iso);
}

export async function preferredWeekdays(
  bestTimes: BestTimesService,
  userId: string,
): Promise<number[] | null> {
  const { grids } = await bestTimes.grids(userId);
  const confident = grids.filter((g) => g.estimate.posts > 0 && presentGrid(g).confidence !== 'low');
  return confident.length > 0 ? weekdayOrder(confident.map((g) => g.estimate.cells)) : null;
}
