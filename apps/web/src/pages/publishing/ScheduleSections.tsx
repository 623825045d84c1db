// The Schedule page's lists below "Needs attention": the filters, upcoming posts (loaded a page
// at a time) and the last 30 days (newest first, the first ten until asked for all).
import type { ScheduledItem } from '@brandwright/contracts';
import { type ReactNode, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { FilterSelect } from '../../components/Field';
import { PageLoader } from '../../components/Spinner';
import { PLATFORM_LABELS, PLATFORMS } from '../content/labels';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from './itemLabels';
import { ScheduleList } from './ScheduleList';
import { RECENT_DAYS, type ScheduleFilterValues, type useScheduleData } from './useScheduleData';

type Shared = Omit<Parameters<typeof ScheduleList>[0], 'items' | 'label'>;

export function ScheduleSections({
  data,
  shared,
}: {
  data: ReturnType<typeof useScheduleData>;
  shared: Shared;
}) {
  const { filters, filtered, upcoming, recent, items } = data;
  return (
    <>
      <ScheduleFilters filters={filters} onChange={data.setFilter} />
      <Section
        id="upcoming-heading"
        title="Upcoming"
        query={upcoming}
        count={items.upcoming.length}
        empty={filtered ? 'Nothing upcoming matches these filters.' : 'Nothing is scheduled from now on.'}
      >
        <ScheduleList label="Upcoming posts" items={items.upcoming} {...shared} />
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
        count={items.recent.length}
        empty={
          filtered
            ? `Nothing in the last ${RECENT_DAYS} days matches these filters.`
            : `Nothing was due in the last ${RECENT_DAYS} days.`
        }
      >
        <RecentList items={items.recent} {...shared} />
      </Section>
    </>
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

function RecentList({ items, ...shared }: { items: ScheduledItem[] } & Shared) {
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
  filters: ScheduleFilterValues;
  onChange: (key: keyof ScheduleFilterValues, value: string) => void;
}) {
  return (
    <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2">
      <legend className="sr-only">Filter the schedule</legend>
      <FilterSelect
        label="Status"
        value={filters.status ?? ''}
        anyLabel="All statuses"
        choices={ITEM_STATUSES}
        labels={ITEM_STATUS_LABELS}
        onChange={(value) => onChange('status', value)}
      />
      <FilterSelect
        label="Platform"
        value={filters.platform ?? ''}
        anyLabel="All platforms"
        choices={PLATFORMS}
        labels={PLATFORM_LABELS}
        onChange={(value) => onChange('platform', value)}
      />
    </fieldset>
  );
}
