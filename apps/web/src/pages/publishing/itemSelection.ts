// Which of a piece's scheduled items to show as its per-platform badges: per platform, the item
// that matters now (needing a decision, going out, or next to go out) and the latest published
// one (for its live link). Cancelled items show only when nothing else is left on that platform.
import type { Platform, ScheduledItem, ScheduledItemStatus } from '@brandwright/contracts';

const RANK: Record<ScheduledItemStatus, number> = {
  needs_attention: 0,
  failed: 1,
  missed: 2,
  publishing: 3,
  pending: 4,
  published: 5,
  cancelled: 6,
};

const time = (item: ScheduledItem) => new Date(item.scheduledFor).getTime();

function byRelevance(a: ScheduledItem, b: ScheduledItem): number {
  const rank = RANK[a.status] - RANK[b.status];
  if (rank !== 0) return rank;
  // Soonest upcoming first; for everything else, the most recent first.
  return a.status === 'pending' ? time(a) - time(b) : time(b) - time(a);
}

export function badgeItems(items: readonly ScheduledItem[], order: readonly Platform[]): ScheduledItem[] {
  const shown: ScheduledItem[] = [];
  for (const platform of order) {
    const mine = items.filter((item) => item.platform === platform).sort(byRelevance);
    const current = mine.find((item) => item.status !== 'published' && item.status !== 'cancelled');
    const published = mine.find((item) => item.status === 'published');
    const cancelled = mine.find((item) => item.status === 'cancelled');
    if (current) shown.push(current);
    if (published) shown.push(published);
    if (!current && !published && cancelled) shown.push(cancelled);
  }
  return shown;
}
