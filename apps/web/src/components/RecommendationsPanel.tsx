// What to write next: the user's topic recommendations, each with its kind (gap, trending,
// neighbour, evergreen), the reason behind it, the engagement potential from their own history
// (with what it rests on), and two actions: use it (the page decides what that does) or dismiss
// it (not offered again for 90 days). Used in the calendar page and beside the generate form.
import type { RecommendationType, TopicRecommendation } from '@brandwright/contracts';
import { useState } from 'react';
import { useTopicFeedback, useTopicRecommendations } from '../queries/recommendations';
import { Alert } from './Alert';
import { Button } from './Button';
import { describeError } from './ErrorState';
import { recordUseAfter, type UseOutcome } from './recommendation-use';
import { Spinner } from './Spinner';

const TYPE_LABELS: Record<RecommendationType, { label: string; className: string }> = {
  gap: { label: 'Gap', className: 'bg-amber-100 text-amber-900' },
  trending: { label: 'Trending', className: 'bg-rose-100 text-rose-900' },
  neighbour: { label: 'Nearby topic', className: 'bg-sky-100 text-sky-900' },
  evergreen: { label: 'Evergreen', className: 'bg-emerald-100 text-emerald-900' },
};

interface RecommendationsPanelProps {
  /** How many to show. */
  count?: number;
  /** The use button's text, e.g. "Use this topic" or "Add to calendar". */
  useLabel: string;
  /**
   * Called when the user picks a recommendation; answers whether it was used (a promise when that is
   * known later, e.g. once a calendar entry is saved). "use" feedback is sent only after a true.
   */
  onUse: (recommendation: TopicRecommendation) => UseOutcome;
  headingLevel?: 'h2' | 'h3';
}

function Potential({ recommendation }: { recommendation: TopicRecommendation }) {
  const value = recommendation.engagementPotential;
  return (
    <p className="text-xs text-slate-600">
      <span className="font-medium text-slate-800">
        Engagement potential: {value === null ? 'not known yet' : `${value} / 100`}
      </span>{' '}
      — {recommendation.engagementNote}
    </p>
  );
}

function Item({
  recommendation,
  useLabel,
  busy,
  onUse,
  onDismiss,
}: {
  recommendation: TopicRecommendation;
  useLabel: string;
  busy: boolean;
  onUse: () => void;
  onDismiss: () => void;
}) {
  const type = TYPE_LABELS[recommendation.type];
  return (
    <li className="space-y-2 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${type.className}`}>
          {type.label}
        </span>
        {recommendation.pillar && <span className="text-xs text-slate-500">{recommendation.pillar}</span>}
      </div>
      <p className="font-medium text-slate-900">{recommendation.topic}</p>
      <p className="text-sm text-slate-600">{recommendation.reason}</p>
      <Potential recommendation={recommendation} />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={onUse}
          disabled={busy}
          aria-label={`${useLabel}: ${recommendation.topic}`}
        >
          {useLabel}
        </Button>
        <Button
          variant="ghost"
          onClick={onDismiss}
          disabled={busy}
          aria-label={`Dismiss: ${recommendation.topic}`}
        >
          Dismiss
        </Button>
      </div>
    </li>
  );
}

export function RecommendationsPanel({
  count = 5,
  useLabel,
  onUse,
  headingLevel = 'h2',
}: RecommendationsPanelProps) {
  const topics = useTopicRecommendations(count);
  const feedback = useTopicFeedback();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const Heading = headingLevel;

  async function send(recommendation: TopicRecommendation, action: 'use' | 'dismiss') {
    setPendingId(recommendation.id);
    const record = () =>
      feedback.mutate({ id: recommendation.id, action }, { onSettled: () => setPendingId(null) });
    if (action === 'dismiss') return record();
    if (!(await recordUseAfter(() => onUse(recommendation), record))) setPendingId(null);
  }

  return (
    <section
      aria-labelledby="recommendations-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-5 py-3">
        <Heading id="recommendations-heading" className="text-base font-semibold text-slate-900">
          What to write next
        </Heading>
        <p className="mt-1 text-sm text-slate-600">
          From your pillars, your feeds, your best posts and your peers.
        </p>
      </div>
      <div className="px-5 py-4" aria-busy={topics.isPending || undefined}>
        {topics.isPending && (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <Spinner size="sm" /> Finding topics…
          </p>
        )}
        {topics.isError && (
          <Alert tone="error" title="Recommendations could not be loaded">
            {describeError(topics.error)}{' '}
            <button type="button" className="underline" onClick={() => void topics.refetch()}>
              Try again
            </button>
          </Alert>
        )}
        {feedback.isError && <Alert tone="error">{describeError(feedback.error)}</Alert>}
        {topics.data && topics.data.length === 0 && (
          <p className="text-sm text-slate-600">
            No recommendations right now: you have covered your pillars and dismissed the rest. Add a feed in
            Settings for fresh topics.
          </p>
        )}
        {topics.data && topics.data.length > 0 && (
          <ul className="divide-y divide-slate-100">
            {topics.data.map((r) => (
              <Item
                key={r.id}
                recommendation={r}
                useLabel={useLabel}
                busy={pendingId === r.id}
                onUse={() => void send(r, 'use')}
                onDismiss={() => void send(r, 'dismiss')}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
