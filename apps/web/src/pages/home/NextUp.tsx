// What needs the user now, on the home page: posts that failed or need a decision, connections
// about to end, the next posts going out, and drafts waiting. Each line links to where it is handled;
// nothing is shown for what is fine.
import type { ScheduledItem } from '@brandwright/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { useContentList } from '../../queries/content';
import { usePlatforms } from '../../queries/platforms';
import { useNeedsAttention, useScheduleList } from '../../queries/publishing';
import { PLATFORM_LABELS } from '../content/labels';

const SHOWN = 3;

function Line({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <li>
      <Link to={to} className="text-sm font-medium text-indigo-800 underline">
        {children}
      </Link>
    </li>
  );
}

function upcoming(items: readonly ScheduledItem[] | undefined): ScheduledItem[] {
  return (items ?? []).filter((i) => i.status === 'pending').slice(0, SHOWN);
}

export function NextUp({ from }: { from: string }) {
  const attention = useNeedsAttention().data ?? [];
  const ailing = (usePlatforms().data ?? []).filter(
    (p) => p.connected && p.tokenHealth && p.tokenHealth.status !== 'healthy',
  );
  const next = upcoming(useScheduleList({ status: 'pending', from }).data?.pages[0]?.items);
  const drafts = useContentList({ status: 'draft' }).data?.pages[0]?.items.length ?? 0;
  if (attention.length + ailing.length + next.length + drafts === 0) return null;
  return (
    <section
      aria-labelledby="next-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="next-heading" className="text-base font-semibold text-slate-900">
        What’s next
      </h2>
      <ul className="mt-3 space-y-2">
        {attention.length > 0 && (
          <Line to="/schedule">
            {attention.length === 1 ? '1 post needs' : `${attention.length} posts need`} your attention
          </Line>
        )}
        {ailing.map((p) => (
          <Line key={p.platform} to="/platforms">
            {PLATFORM_LABELS[p.platform]}: the connection{' '}
            {p.tokenHealth?.status === 'expiring' ? 'ends soon' : 'has ended'}; reconnect it
          </Line>
        ))}
        {next.map((item) => (
          <Line key={item.id} to={`/content/${item.contentId}`}>
            {PLATFORM_LABELS[item.platform]} · {formatDateTime(item.scheduledFor)}
          </Line>
        ))}
        {drafts > 0 && (
          <Line to="/content">{drafts === 1 ? '1 draft' : `${drafts} drafts`} waiting to be finished</Line>
        )}
      </ul>
    </section>
  );
}
