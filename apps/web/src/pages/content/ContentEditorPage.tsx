// `/content/new` (generate, or write from scratch) and `/content/:id` (edit a stored piece, change
// its status, accept one of its generated variants, schedule it and see where it is published,
// browse and restore its versions).

import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { useStrategy } from '../../queries/brand';
import { useContent } from '../../queries/content';
import { useShortcut } from '../../shortcuts/ShortcutsProvider';
import { PostAnalyticsDisclosure } from '../analytics/PostAnalyticsDisclosure';
import { ContentScheduleBadges } from '../publishing/ItemBadge';
import { ScheduleDialog } from '../publishing/ScheduleDialog';
import { ContentEditor } from './editor/ContentEditor';
import { ContentHistory } from './editor/ContentHistory';
import { DraftVariants } from './editor/DraftVariants';
import { PublishedNotice } from './editor/PublishedNotice';
import { StatusControl } from './editor/StatusControl';
import { GeneratePanel } from './generate/GeneratePanel';
import type { PendingEditFeedback } from './generate/useVariantChoice';
import { headlineOf } from './labels';

function usePillars(): string[] {
  const strategy = useStrategy();
  return strategy.data?.strategy.contentPillars.map((p) => p.name) ?? [];
}

function BackLink() {
  return (
    <Link to="/content" className="text-sm font-medium text-indigo-800 hover:underline">
      ← All content
    </Link>
  );
}

export function NewContentPage() {
  const pillars = usePillars();
  return (
    <div className="space-y-8">
      <title>New content · Brandwright</title>
      <div>
        <BackLink />
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">New content</h1>
      </div>
      <GeneratePanel />
      <section
        aria-labelledby="write-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="write-heading" className="text-lg font-semibold text-slate-900">
          Or write it yourself
        </h2>
        <ContentEditor
          piece={null}
          pillars={pillars}
          editFeedback={null}
          onReload={() => undefined}
          onLatest={() => Promise.resolve()}
        />
      </section>
    </div>
  );
}

export function EditContentPage() {
  const { id } = useParams();
  const location = useLocation();
  const query = useContent(id);
  const pillars = usePillars();
  const zone = useCurrentUser().profile.timezone;
  const [scheduling, setScheduling] = useState(false);
  // Bumped to start the editor over from the stored piece (after a reload or a restore).
  const [epoch, setEpoch] = useState(0);
  useShortcut('schedule', () => setScheduling(true));
  const state = location.state as { editFeedback?: PendingEditFeedback } | null;
  if (query.isPending) return <PageLoader label="Loading…" />;
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  const piece = query.data;
  return (
    <div className="space-y-8">
      <title>{`${headlineOf(piece)} · Brandwright`}</title>
      <div className="space-y-3">
        <BackLink />
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{headlineOf(piece)}</h1>
        <StatusControl piece={piece} />
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" className="px-3 py-1.5" onClick={() => setScheduling(true)}>
            Schedule…
          </Button>
          <ContentScheduleBadges contentId={piece.id} zone={zone} />
        </div>
      </div>
      <ScheduleDialog piece={scheduling ? piece : null} zone={zone} onClose={() => setScheduling(false)} />
      {piece.status === 'published' && (
        <PublishedNotice piece={piece} onPublishAgain={() => setScheduling(true)} />
      )}
      <section aria-label="Editor" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <ContentEditor
          key={`${piece.id}-${epoch}`}
          piece={piece}
          pillars={pillars}
          editFeedback={state?.editFeedback ?? null}
          onReload={() => void query.refetch().then(() => setEpoch((n) => n + 1))}
          onLatest={() => query.refetch()}
        />
      </section>
      <DraftVariants piece={piece} onAccepted={() => setEpoch((n) => n + 1)} />
      <ContentHistory piece={piece} onRestored={() => setEpoch((n) => n + 1)} />
      {piece.status === 'published' && (
        <PostAnalyticsDisclosure
          contentId={piece.id}
          title="Performance on each platform"
          className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
        />
      )}
    </div>
  );
}
