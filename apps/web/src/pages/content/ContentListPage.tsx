// `/content`: every piece of the user's content, newest first, filtered by status, platform,
// pillar and type, loaded a page at a time; an empty state points a new user at generating. Each
// piece shows where it is scheduled or published, and opens the schedule dialog.
import type { Content, ContentListQuery, ScheduledItem } from '@brandwright/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ContentFilters as Filters } from '../../api/content';
import { Button, ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { useStrategy } from '../../queries/brand';
import { useContentList } from '../../queries/content';
import { groupByContent, useScheduleWindow } from '../../queries/publishing';
import { ScheduleDialog } from '../publishing/ScheduleDialog';
import { ContentCard, type ScheduleBadgeProps } from './ContentCard';
import { ContentEmptyState } from './ContentEmptyState';
import { ContentFilters } from './ContentFilters';
import { ContentSearch } from './ContentSearch';

const FILTER_KEYS = ['status', 'platform', 'pillar', 'type', 'query', 'mode'] as const;

function filtersOf(params: URLSearchParams): Filters {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters as Pick<ContentListQuery, (typeof FILTER_KEYS)[number]>;
}

export function ContentListPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const query = useContentList(filters);
  const zone = useCurrentUser().profile.timezone;
  const [scheduling, setScheduling] = useState<Content | null>(null);
  const schedule = useListSchedule();
  const strategy = useStrategy();
  const pillars = strategy.data?.strategy.contentPillars.map((p) => p.name) ?? [];
  const filtered = Object.keys(filters).length > 0;
  // One URL update for several keys: two updates in one tick would overwrite each other.
  const setFilters = (changes: Partial<Record<keyof Filters, string>>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const onChange = (key: keyof Filters, value: string) => setFilters({ [key]: value });
  return (
    <div className="space-y-6">
      <title>Content · Brandwright</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Content</h1>
          <p className="mt-1 text-sm text-slate-600">Drafts and posts, with every version kept.</p>
        </div>
        <div className="flex gap-2">
          <ButtonLink to="/content/templates" variant="secondary">
            Templates
          </ButtonLink>
          <ButtonLink to="/content/new">Generate or write</ButtonLink>
        </div>
      </div>
      <ContentSearch
        key={`${filters.query ?? ''}|${filters.mode ?? ''}`}
        query={filters.query ?? ''}
        mode={filters.mode ?? ''}
        onSearch={(text, mode) => setFilters({ query: text, mode })}
      />
      <ContentFilters filters={filters} pillars={pillars} onChange={onChange} />
      <ContentResults
        query={query}
        filtered={filtered}
        badges={{ zone, schedule, onSchedule: setScheduling }}
      />
      <ScheduleDialog piece={scheduling} zone={zone} onClose={() => setScheduling(null)} />
    </div>
  );
}

/** Scheduled items are grouped per piece from one shared query, not one request per piece. */
const WINDOW_PAST_DAYS = 90;
const WINDOW_FUTURE_DAYS = 400;

function useListSchedule(): Map<string, ScheduledItem[]> | null {
  const [bounds] = useState(() => {
    const now = Date.now();
    return {
      from: new Date(now - WINDOW_PAST_DAYS * 86_400_000).toISOString(),
      to: new Date(now + WINDOW_FUTURE_DAYS * 86_400_000).toISOString(),
    };
  });
  const items = useScheduleWindow(bounds).data;
  return useMemo(() => (items ? groupByContent(items) : null), [items]);
}

function ContentResults({
  query,
  filtered,
  badges,
}: {
  query: ReturnType<typeof useContentList>;
  filtered: boolean;
  badges: ScheduleBadgeProps;
}) {
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const listRef = useFocusLoaded(items.length);
  if (query.isPending) return <PageLoader label="Loading your content…" />;
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  if (items.length === 0 && !filtered) return <ContentEmptyState />;
  if (items.length === 0)
    return <p className="rounded-xl bg-white p-6 text-sm text-slate-600">Nothing matches these filters.</p>;
  return (
    <div className="space-y-4">
      <ul ref={listRef.ref} aria-label="Your content" className="space-y-3">
        {items.map((piece) => (
          <ContentCard key={piece.id} piece={piece} {...badges} />
        ))}
      </ul>
      {query.hasNextPage && (
        <Button
          variant="secondary"
          pending={query.isFetchingNextPage}
          pendingLabel="Loading more…"
          onClick={() => {
            listRef.focusFrom(items.length);
            void query.fetchNextPage();
          }}
        >
          Load more
        </Button>
      )}
    </div>
  );
}

/** After "Load more", focus moves to the first newly loaded item's link. */
function useFocusLoaded(count: number) {
  const ref = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null || count <= focusIndex) return;
    ref.current?.querySelectorAll<HTMLElement>('a[data-headline]')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [count, focusIndex]);
  return { ref, focusFrom: setFocusIndex };
}
