// Version history of the strategy, newest first: hidden behind a disclosure button until asked
// for, loaded a page at a time, each version expandable to show what it said.
import type { StoredStrategy, Strategy } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { Spinner } from '../../../components/Spinner';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useStrategyVersions } from '../../../queries/brand';
import { sourceLabel } from '../strategyMeta';

export function VersionHistory({ currentVersion }: { currentVersion: number }) {
  const [open, setOpen] = useState(false);
  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <h2 id="history-heading" className="text-base font-semibold text-slate-900">
            Version history
          </h2>
          <p className="mt-1 text-sm text-slate-600">Every save keeps the previous version.</p>
        </div>
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls="history-list"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide versions' : 'Show versions'}
        </Button>
      </div>
      {open && (
        <div id="history-list" className="border-t border-slate-200 px-6 py-4">
          <VersionList currentVersion={currentVersion} />
        </div>
      )}
    </section>
  );
}

/** After "Load older versions", focus moves to the first newly loaded version. */
function useFocusLoaded(count: number) {
  const listRef = useRef<HTMLOListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null || count <= focusIndex) return;
    listRef.current?.querySelectorAll('summary')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [count, focusIndex]);
  return { listRef, focusFrom: setFocusIndex };
}

function VersionList({ currentVersion }: { currentVersion: number }) {
  const query = useStrategyVersions(true);
  const versions = query.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, focusFrom } = useFocusLoaded(versions.length);
  if (query.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
        <Spinner size="sm" /> Loading versions…
      </p>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        title="We could not load the history"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <div className="space-y-4">
      <ol ref={listRef} aria-label="Strategy versions, newest first" className="divide-y divide-slate-200">
        {versions.map((stored) => (
          <VersionItem key={stored.version} stored={stored} current={stored.version === currentVersion} />
        ))}
      </ol>
      {query.hasNextPage && (
        <Button
          variant="secondary"
          pending={query.isFetchingNextPage}
          pendingLabel="Loading older versions…"
          onClick={() => {
            focusFrom(versions.length);
            // On failure there is nothing new to focus; do not leave a stale target behind.
            void query.fetchNextPage().then((result) => result.isError && focusFrom(null));
          }}
        >
          Load older versions
        </Button>
      )}
    </div>
  );
}

function VersionItem({ stored, current }: { stored: StoredStrategy; current: boolean }) {
  const { strategy } = stored;
  return (
    <li className="py-3">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded text-sm [&::-webkit-details-marker]:hidden">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            fill="currentColor"
            className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-90"
          >
            <path d="M7.2 4.2a1 1 0 0 1 1.4 0l5.1 5.1a1 1 0 0 1 0 1.4l-5.1 5.1a1 1 0 1 1-1.4-1.4L11.6 10 7.2 5.6a1 1 0 0 1 0-1.4Z" />
          </svg>
          <span className="font-semibold text-slate-900">Version {stored.version}</span>
          {current && (
            <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-semibold text-indigo-800">
              Current
            </span>
          )}
          <span className="text-slate-700">{sourceLabel(stored)}</span>
          <span className="text-slate-500">{formatDateTime(stored.updatedAt)}</span>
        </summary>
        <VersionDetails
          strategy={strategy}
          modelUsed={stored.source === 'generated' ? stored.modelUsed : undefined}
        />
      </details>
    </li>
  );
}

function VersionDetails({ strategy, modelUsed }: { strategy: Strategy; modelUsed?: string }) {
  const rows = [
    ['Value proposition', strategy.valueProposition],
    ['Personas', strategy.targetAudience.personas.map((p) => `${p.name} (${p.role})`).join('; ')],
    ['Content pillars', strategy.contentPillars.map((p) => `${p.name} ${p.share}%`).join('; ')],
    [
      'Goals',
      strategy.goals
        .map((g) => `${g.title} (${g.target} ${g.metric} by ${formatDate(g.dueDate)})`)
        .join('; '),
    ],
    // The exact model id, for those who want it; the summary line says it in words.
    ...(modelUsed ? [['Model', modelUsed] as const] : []),
  ] as const;
  return (
    <dl className="mt-3 ml-2 space-y-3 border-l-2 border-slate-200 pl-4 text-sm">
      {rows.map(([term, text]) => (
        <div key={term}>
          <dt className="font-medium text-slate-800">{term}</dt>
          <dd className="mt-0.5 text-slate-700">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
