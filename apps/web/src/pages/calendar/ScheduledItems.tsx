// Scheduled and published posts in the month grid: small lines (platform, time in the user's zone,
// status, link to the live post) under the entry whose draft they publish, and, for content that no
// entry of the month leads to, a block of its own on the day it goes out.
import type { ScheduledItem } from '@brandwright/contracts';
import { Link } from 'react-router';
import { formatDateTime, formatTime } from '../../lib/dates';
import { dayInZone } from '../../lib/zonedTime';
import { LivePostLink } from '../publishing/ItemBadge';
import { ITEM_STATUS_CLASSES, ITEM_STATUS_LABELS } from '../publishing/itemLabels';
import { PLATFORMS, platformLabel } from './entryMeta';

export interface MonthSchedule {
  zone: string;
  /** A piece's items this month, for the entries that link to it. */
  byContent: ReadonlyMap<string, ScheduledItem[]>;
  /** Items of pieces no entry of the month links to, by their local day. */
  unlinkedByDay: ReadonlyMap<string, ScheduledItem[]>;
  headlineOf: (item: ScheduledItem) => string;
}

const shortOf = (item: ScheduledItem) =>
  PLATFORMS.find((p) => p.value === item.platform)?.short ?? item.platform;

/** The live time: when it went out once published, when it is due otherwise. */
function instantOf(item: ScheduledItem): string {
  return item.post?.publishedAt ?? item.scheduledFor;
}

interface LineProps {
  day: string | null;
  zone: string;
  /** -1 in the calendar grid's days that do not hold the focus (one Tab stop for the grid). */
  tabIndex?: number;
}

function ItemLine({ item, day, zone, tabIndex }: LineProps & { item: ScheduledItem }) {
  const at = instantOf(item);
  // On its own day the time is enough; under an entry on another day, the date says which.
  const when = day === dayInZone(at, zone) ? formatTime(at, zone) : formatDateTime(at, zone);
  return (
    <li
      className={`flex flex-wrap items-center gap-x-1 rounded px-1 text-[11px] ring-1 ring-inset ${ITEM_STATUS_CLASSES[item.status]}`}
    >
      <span aria-hidden="true" className="font-semibold">
        {shortOf(item)}
      </span>
      <span className="sr-only">{platformLabel(item.platform)}:</span>
      <span>{when}</span>
      <span>{ITEM_STATUS_LABELS[item.status]}</span>
      <LivePostLink item={item} label="View" className="" tabIndex={tabIndex} />
    </li>
  );
}

export function ItemLines({ items, ...line }: LineProps & { items: readonly ScheduledItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Publishing" className="space-y-0.5">
      {items.map((item) => (
        <ItemLine key={item.id} item={item} {...line} />
      ))}
    </ul>
  );
}

/** Posts on `day` whose content has no entry this month, grouped by piece. */
export function UnlinkedPosts({
  day,
  schedule,
  tabIndex,
}: {
  day: string;
  schedule: MonthSchedule;
  tabIndex?: number;
}) {
  const items = schedule.unlinkedByDay.get(day) ?? [];
  if (items.length === 0) return null;
  const pieces = [...new Set(items.map((item) => item.contentId))];
  return (
    <ul aria-label="Scheduled posts" className="space-y-1">
      {pieces.map((contentId) => {
        const mine = items.filter((item) => item.contentId === contentId);
        const first = mine[0];
        if (!first) return null;
        return (
          <li
            key={contentId}
            className="space-y-1 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-1.5 text-xs"
          >
            <Link
              to={`/content/${contentId}`}
              tabIndex={tabIndex}
              className="line-clamp-2 font-medium text-slate-900 hover:text-indigo-800 hover:underline"
            >
              {schedule.headlineOf(first)}
            </Link>
            <ItemLines items={mine} day={day} zone={schedule.zone} tabIndex={tabIndex} />
          </li>
        );
      })}
    </ul>
  );
}

/** Splits the month's items into those under an entry and those shown on their own day. */
export function groupMonthItems(
  items: readonly ScheduledItem[],
  linkedContentIds: ReadonlySet<string>,
  zone: string,
): Pick<MonthSchedule, 'byContent' | 'unlinkedByDay'> {
  const byContent = new Map<string, ScheduledItem[]>();
  const unlinkedByDay = new Map<string, ScheduledItem[]>();
  for (const item of items) {
    if (item.status === 'cancelled') continue;
    if (linkedContentIds.has(item.contentId))
      byContent.set(item.contentId, [...(byContent.get(item.contentId) ?? []), item]);
    else {
      const day = dayInZone(instantOf(item), zone);
      unlinkedByDay.set(day, [...(unlinkedByDay.get(day) ?? []), item]);
    }
  }
  return { byContent, unlinkedByDay };
}
