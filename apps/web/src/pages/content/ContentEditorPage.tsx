// `/content/:id`: edit a stored piece, change its status, accept one of its generated variants,
// schedule it and see where it is published, browse and restore its versions. `/content/new` is
// NewContentPage: a first load there carries none of this.

import { lazy, Suspense, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { useContent } from '../../queries/content';
import { useShortcut } from '../../shortcuts/ShortcutsProvider';
import { PostAnalyticsDisclosure } from '../analytics/PostAnalyticsDisclosure';
import { ContentScheduleBadges } from '../publishing/ItemBadge';
import { ContentEditor } from './editor/ContentEditor';
import { ContentHistory } from './editor/ContentHistory';
import { DraftVariants } from './editor/DraftVariants';
import { PublishedNotice } from './editor/PublishedNotice';
import { StatusControl } from './editor/StatusControl';
import type { PendingEditFeedback } from './generate/useVariantChoice';
import { headlineOf } from './labels';
import { BackLink, usePillars } from './pageParts';

// The dialog (and the time-zone library it needs) loads when the user opens it.
const ScheduleDialog = lazy(async () => ({
  default: (await import('../publishing/ScheduleDialog')).ScheduleDialog,
}));

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
      {scheduling && (
        <Suspense fallback={null}>
          <ScheduleDialog piece={piece} zone={zone} onClose={() => setScheduling(false)} />
        </Suspense>
      )}
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
