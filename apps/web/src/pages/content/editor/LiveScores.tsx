// The three scores (voice match, predicted engagement, brand alignment) of the text being written,
// from POST /content/score, a moment after typing stops. A newer text cancels the request for an
// older one (the query's signal), the last scores stay on screen while the next arrive (so nothing
// jumps), and screen readers hear one polite summary when the numbers settle, not every keystroke.
import {
  type Platform,
  SCORE_TEXT_MAX_CHARS,
  type ScoreTextResult,
  scoreTextResultSchema,
} from '@brandwright/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { authedJson } from '../../../api/client';
import { ScoreMeters } from '../generate/VariantScores';

/** Long enough that a typing burst makes one request; short enough to feel live. */
export const SCORE_DEBOUNCE_MS = 800;
const EMPTY = { voiceMatch: 0, engagementPrediction: 0, brandAlignment: 0 };
const LABELS = [
  ['voiceMatch', 'Voice match'],
  ['engagementPrediction', 'Predicted engagement'],
  ['brandAlignment', 'Brand alignment'],
] as const;

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

const summary = (r: ScoreTextResult) =>
  `Scores updated: ${LABELS.map(([key, label]) => `${label.toLowerCase()} ${r.scores[key]}`).join(', ')}.`;

function statusText(text: string, fetching: boolean, failed: boolean, hasData: boolean): string {
  if (text.length === 0) return 'Start writing to see the scores.';
  if (text.length > SCORE_TEXT_MAX_CHARS) return 'Too long to score.';
  if (fetching) return 'Updating…';
  if (failed) return 'Scores are unavailable right now; they will update when you type again.';
  return hasData ? 'Up to date with your text.' : '';
}

export function LiveScores({ platform, text }: { platform: Platform; text: string }) {
  const headingId = useId();
  const settled = useDebounced(text.trim(), SCORE_DEBOUNCE_MS);
  const scorable = settled.length > 0 && settled.length <= SCORE_TEXT_MAX_CHARS;
  const query = useQuery({
    queryKey: ['content', 'score', platform, settled],
    queryFn: ({ signal }) =>
      authedJson('/content/score', scoreTextResultSchema, {
        method: 'POST',
        body: { platform, text: settled },
        signal,
      }),
    enabled: scorable,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const result = scorable ? query.data : undefined;
  // Announced once per new set of numbers; typing alone says nothing.
  const announcement = result && !query.isPlaceholderData ? summary(result) : '';
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          Live scores
        </h3>
        <p className="min-h-5 text-xs text-slate-600">
          {statusText(text.trim(), scorable && query.isFetching, query.isError, result !== undefined)}
        </p>
      </div>
      {/* Before the first scores the meters keep their room (no layout shift) but are not shown:
          faded zeros would read as real scores and fail contrast. */}
      <div
        className={`grid gap-3 sm:grid-cols-3 ${result ? '' : 'invisible'}`}
        aria-hidden={result ? undefined : true}
      >
        <ScoreMeters scores={result?.scores ?? EMPTY} />
      </div>
      <details className="text-xs text-slate-700">
        <summary className="cursor-pointer font-medium text-indigo-800">Why these scores</summary>
        {result ? (
          <dl className="mt-2 space-y-2">
            {LABELS.map(([key, label]) => (
              <div key={key}>
                <dt className="font-medium text-slate-800">{label}</dt>
                {result.explanations[key].map((reason) => (
                  <dd key={reason} className="ml-4 list-item list-disc">
                    {reason}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        ) : (
          <p className="mt-2">The reasons appear with the first scores.</p>
        )}
      </details>
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
