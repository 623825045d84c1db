// Words for best times: where the answer comes from ("From your 84 posts", "Blended with typical
// LinkedIn times", "Typical LinkedIn times — not yet yours") and a cell's colour by its estimate.
import type { PlatformBestTimes } from '@brandwright/contracts';
import { PLATFORM_LABELS } from './format';

export function sourceLabel(grid: PlatformBestTimes): string {
  const name = PLATFORM_LABELS[grid.platform];
  if (grid.source === 'own') return `From your ${grid.posts} ${grid.posts === 1 ? 'post' : 'posts'}`;
  if (grid.source === 'blended')
    return `Blended with typical ${name} times (${grid.posts} of your posts so far)`;
  return `Typical ${name} times — not yet yours`;
}

export const CONFIDENCE_LABELS = {
  low: 'Low confidence',
  medium: 'Medium confidence',
  high: 'High confidence',
};

/** Tailwind classes for a cell: deeper green above the typical post, deeper rose below. */
export function cellTone(estimate: number): string {
  if (estimate >= 1.3) return 'bg-emerald-700 text-white';
  if (estimate >= 1.1) return 'bg-emerald-300 text-slate-900';
  if (estimate > 0.9) return 'bg-slate-100 text-slate-700';
  if (estimate > 0.75) return 'bg-rose-200 text-slate-900';
  return 'bg-rose-400 text-slate-900';
}

export const formatTimes = (estimate: number) => `${estimate.toFixed(2)}×`;
