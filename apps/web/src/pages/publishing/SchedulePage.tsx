// `/schedule`: what is going out and what went out. Items that need a decision come first, with
// the facts and the actions; below, upcoming items (reschedule, cancel) and the last 30 days, both
// filtered by status and platform (kept in the URL). A new user is told how to get started.
import {
  type Platform,
  platformSchema,
  type ScheduledItem,
  type ScheduledItemStatus,
  scheduledItemStatusSchema,
} from '@brandwright/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LiveMessage } from '../../components/Alert';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { SelectField } from '../../components/Field';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { zoneLabel } from '../../lib/zonedTime';
import { useNeedsAttention, useScheduleList, useScheduleWindow } from '../../queries/publishing';
import { PLATFORM_LABELS, PLATFORMS } from '../content/labels';
import { type ItemDialogState, ItemDialogs } from './ItemDialogs';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from './itemLabels';
import { NeedsAttention } from './NeedsAttention';
import { ScheduleEmptyState } from './ScheduleEmptyState';
import { ScheduleList } from './ScheduleList';
import { useHeadlines } from './useHeadlines';

const RECENT_DAYS = 30;

interface Filters {
  status: ScheduledItemStatus | undefined;
  platform: Platform | undefined;
}

function filtersOf(params: URLSearchParams): Filters {
  const status = scheduledItemStatusSchema.safeParse(params.get('status'));
  const platform = platformSchema.safeParse(params.get('platform'));
  return {
    status: status.success ? status.data : undefined,
    platform: platform.success ? platform.data : undefined,
  };
}

/**
 * The instant dividing upcoming from recent. Kept still between ticks so the query keys do not
 * change on every render; a tick each minute moves posts whose time has come into "recent".
 */
function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function SchedulePage() {
  const zone = useCurrentUser().profile.timezone;
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const now = useNow();
  const [dialog, setDialog] = useState<ItemDialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const attention = useNeedsAttention();
  const upcoming = useScheduleList({ from: now.toISOString(), ...filters });
  const recent = useScheduleWindow({
    from: new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString(),
    to: now.toISOString(),
    ...filters,
  });
  const setFilter = (key: keyof Filters, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const attentionItems = attention.data ?? [];
  const upcomingItems = upcoming.data?.pages.flatMap((page) => page.items) ?? [];
  const recentItems = recent.data ?? [];
  const headlineOf = useHeadlines([...attentionItems, ...upcomingItems, ...recentItems]);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  const filtered = Boolean(filters.status || filters.platform);
  const blank =
    !filtered &&
    attention.isSuccess &&
    upcoming.isSuccess &&
    recent.isSuccess &&
    attentionItems.length + upcomingItems.length + recentItems.length === 0;
  const shared = { headlineOf, zone, onAction: setDialog };

  return (
    <div className="space-y-8">
      <title>Schedule · Brandwright</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Schedule</h1>
          <p className="mt-1 text-sm text-slate-600">
            Every post going out and every post that went out. Times are in {zoneLabel(zone)}.
          </p>
        </div>
        <ButtonLink to="/schedule/settings" variant="secondary">
          Posting slots and settings
        </ButtonLink>
      </div>
      <LiveMessage tone="success" message={notice} />
      {attention.isError && (
        <ErrorState
          title="We could not load the posts that need attention"
          error={attention.error}
          onRetry={() => void attention.refetch()}
        />
      )}
      <NeedsAttention
        items={attentionItems}
        headlineOf={headlineOf}
        zone={zone}
        onCancel={(item) => setDialog({ kind: 'cancel', item })}
        onDone={done}
      />
      {blank ? (
        <ScheduleEmptyState />
      ) : (
        <>
          <ScheduleFilters filters={filters} onChange={setFilter} />
          <Section
            id="upcoming-heading"
            title="Upcoming"
            query={upcoming}
            count={upcomingItems.length}
            empty={filtered ? 'Nothing upcoming matches these filters.' : 'Nothing is scheduled from now on.'}
          >
            <ScheduleList label="Upcoming posts" items={upcomingItems} {...shared} />
            {upcoming.hasNextPage && (
              <Button
                variant="secondary"
                pending={upcoming.isFetchingNextPage}
                pendingLabel="Loading more…"
                onClick={() => void upcoming.fetchNextPage()}
              >
                Load more
              </Button>
            )}
          </Section>
          <Section
            id="recent-heading"
            title={`Last ${RECENT_DAYS} days`}
            query={recent}
            count={recentItems.length}
            empty={
              filtered
                ? 'Nothing in the last 30 days matches these filters.'
                : 'Nothing was due in the last 30 days.'
            }
          >
            <RecentList items={recentItems} {...shared} />
          </Section>
        </>
      )}
      <ItemDialogs
        state={dialog}
        headline={dialog ? headlineOf(dialog.item) : ''}
        zone={zone}
        onClose={() => setDialog(null)}
        onDone={done}
      />
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    refetch: () => unknown;
  };
  count: number;
  empty: string;
  children: ReactNode;
}

function Section({ id, title, query, count, empty, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {query.isPending ? (
        <PageLoader label="Loading your schedule…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : count === 0 ? (
        <p className="rounded-xl bg-white p-6 text-sm text-slate-600">{empty}</p>
      ) : (
        children
      )}
    </section>
  );
}

const RECENT_SHOWN = 10;

function RecentList({
  items,
  ...shared
}: { items: ScheduledItem[] } & Omit<Parameters<typeof ScheduleList>[0], 'items' | 'label'>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, RECENT_SHOWN);
  return (
    <div className="space-y-4">
      <ScheduleList label="Recent posts, newest first" items={shown} {...shared} />
      {!all && items.length > RECENT_SHOWN && (
        <Button variant="secondary" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
    </div>
  );
}

function ScheduleFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (key: keyof Filters, value: string) => void;
}) {
  return (
    <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2">
      <legend className="sr-only">Filter the schedule</legend>
      <SelectField
        label="Status"
        value={filters.status ?? ''}
        onChange={(e) => onChange('status', e.target.value)}
      >
        <option value="">All statuses</option>
        {ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ITEM_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Platform"
        value={filters.platform ?? ''}
        onChange={(e) => onChange('platform', e.target.value)}
      >
        <option value="">All platforms</option>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {PLATFORM_LABELS[p]}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
