// A scheduled item as a compact badge: platform, status, when (in the user's zone), and the live
// post's link once published or a link to resolve it when it needs a decision. Also the list of
// badges for one piece, used by the content list and the editor.
import type { ScheduledItem } from '@brandwright/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { useContentSchedule } from '../../queries/publishing';
import { PLATFORM_LABELS, PLATFORMS } from '../content/labels';
import { ATTENTION, ITEM_STATUS_CLASSES, ITEM_STATUS_LABELS } from './itemLabels';
import { badgeItems } from './itemSelection';

export function LivePostLink({
  item,
  label = 'View post',
  className = 'text-indigo-800 hover:text-indigo-950',
  tabIndex,
}: {
  item: ScheduledItem;
  label?: string;
  className?: string;
  /** -1 inside a composite widget (the calendar grid) that moves focus itself. */
  tabIndex?: number;
}) {
  if (!item.post) return null;
  return (
    <a
      href={item.post.url}
      target="_blank"
      rel="noreferrer noopener"
      tabIndex={tabIndex}
      className={`font-semibold underline ${className}`}
    >
      {label}
      <span className="sr-only"> on {PLATFORM_LABELS[item.platform]} (opens in a new tab)</span>
    </a>
  );
}

/** The item's status as a pill, coloured by how it stands. */
export function ItemStatusPill({ item }: { item: ScheduledItem }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${ITEM_STATUS_CLASSES[item.status]}`}
    >
      {ITEM_STATUS_LABELS[item.status]}
    </span>
  );
}

function when(item: ScheduledItem, zone: string): string | null {
  if (item.status === 'published') return item.post ? formatDateTime(item.post.publishedAt, zone) : null;
  if (item.status === 'pending' || item.status === 'missed') return formatDateTime(item.scheduledFor, zone);
  return null;
}

export function ItemBadge({ item, zone }: { item: ScheduledItem; zone: string }) {
  const time = when(item, zone);
  return (
    <li
      className={`inline-flex flex-wrap items-center gap-x-1.5 rounded-full px-2.5 py-0.5 text-xs ring-1 ring-inset ${ITEM_STATUS_CLASSES[item.status]}`}
    >
      <span className="font-semibold">{PLATFORM_LABELS[item.platform]}</span>
      <span aria-hidden="true">·</span>
      <span>{ITEM_STATUS_LABELS[item.status]}</span>
      {time && <span>{time}</span>}
      {item.parts.total > 1 && item.status !== 'published' && (
        <span>
          ({item.parts.published}/{item.parts.total} parts)
        </span>
      )}
      <LivePostLink item={item} />
      {ATTENTION.has(item.status) && (
        <Link to="/schedule" className="font-semibold underline">
          Resolve<span className="sr-only"> the {PLATFORM_LABELS[item.platform]} post</span>
        </Link>
      )}
    </li>
  );
}

/**
 * Badges for one piece; renders nothing until it has been scheduled somewhere. `known` are its
 * items when a caller already loaded them (the list's shared window); otherwise they are fetched.
 */
export function ContentScheduleBadges({
  contentId,
  zone,
  known,
  enabled = true,
}: {
  contentId: string;
  zone: string;
  known?: readonly ScheduledItem[] | undefined;
  enabled?: boolean;
}) {
  const query = useContentSchedule(contentId, enabled && known === undefined);
  const items = badgeItems(known ?? query.data ?? [], PLATFORMS);
  if (items.length === 0) return null;
  return (
    <ul aria-label="Publishing status" className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <ItemBadge key={item.id} item={item} zone={zone} />
      ))}
    </ul>
  );
}
