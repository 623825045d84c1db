// The schedule's rows: when (in the user's zone), platform, the piece, status, the live post once
// published, and reschedule / cancel while an item is still waiting for its time.
import type { ScheduledItem } from '@brandwright/contracts';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../lib/dates';
import { PostAnalyticsDisclosure } from '../analytics/PostAnalyticsDisclosure';
import { PLATFORM_LABELS } from '../content/labels';
import { ItemStatusPill, LivePostLink } from './ItemBadge';
import type { ItemDialogState } from './ItemDialogs';
import { sourceWords } from './itemLabels';

interface ScheduleListProps {
  label: string;
  items: readonly ScheduledItem[];
  headlineOf: (item: ScheduledItem) => string;
  zone: string;
  onAction: (state: NonNullable<ItemDialogState>) => void;
}

function Details({ item, zone }: { item: ScheduledItem; zone: string }) {
  const facts = [sourceWords(item)];
  if (item.parts.total > 1) facts.push(`thread of ${item.parts.total}`);
  if (item.status === 'published' && item.post)
    facts.push(`published ${formatDateTime(item.post.publishedAt, zone)}`);
  if (item.status === 'pending' && item.nextAttemptAt)
    facts.push(`trying again ${formatDateTime(item.nextAttemptAt, zone)}`);
  return <p className="text-xs text-slate-600">{facts.join(' · ')}</p>;
}

function Row({
  item,
  headlineOf,
  zone,
  onAction,
}: Omit<ScheduleListProps, 'items' | 'label'> & { item: ScheduledItem }) {
  const platform = PLATFORM_LABELS[item.platform];
  const headline = headlineOf(item);
  return (
    <li className="grid gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[11rem_1fr_auto]">
      <div>
        <p className="text-sm font-semibold text-slate-900">{formatDateTime(item.scheduledFor, zone)}</p>
        <p className="text-sm text-slate-700">{platform}</p>
      </div>
      <div className="min-w-0 space-y-1">
        <Link
          to={`/content/${item.contentId}`}
          className="block truncate font-medium text-slate-900 hover:text-indigo-800 hover:underline"
        >
          {headline}
        </Link>
        <Details item={item} zone={zone} />
        {item.problem && item.status !== 'pending' && (
          <p className="text-sm text-red-800">{item.problem.detail}</p>
        )}
        {item.status === 'published' && (
          <PostAnalyticsDisclosure contentId={item.contentId} platform={item.platform} />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:justify-end">
        <ItemStatusPill item={item} />
        <LivePostLink item={item} className="text-sm text-indigo-800 hover:text-indigo-950" />
        {item.status === 'pending' && (
          <>
            <Button
              variant="secondary"
              className="px-3 py-1.5"
              aria-label={`Reschedule the ${platform} post “${headline}”`}
              onClick={() => onAction({ kind: 'reschedule', item })}
            >
              Reschedule
            </Button>
            <Button
              variant="ghost"
              className="px-3 py-1.5"
              aria-label={`Cancel the ${platform} post “${headline}”`}
              onClick={() => onAction({ kind: 'cancel', item })}
            >
              Cancel
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

export function ScheduleList({ label, items, ...rest }: ScheduleListProps) {
  return (
    <ul aria-label={label} className="space-y-3">
      {items.map((item) => (
        <Row key={item.id} item={item} {...rest} />
      ))}
    </ul>
  );
}
