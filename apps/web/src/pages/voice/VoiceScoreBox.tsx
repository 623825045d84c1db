// "How close is this to my voice?": the score follows the draft as it is typed (600 ms after the
// last keystroke; outdated requests are aborted) and each new result is announced politely.
import {
  VOICE_SAMPLE_MIN_WORDS,
  VOICE_TEXT_MAX_CHARS,
  type VoiceProfile,
  type VoiceScore,
} from '@brandwright/contracts';
import { useState } from 'react';
import { isApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/ErrorState';
import { TextAreaField } from '../../components/Field';
import { Spinner } from '../../components/Spinner';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { countWords, wordsLabel } from '../../lib/words';
import { useVoiceScore } from '../../queries/voice';
import { bandOf, ScoreMeter, TOO_SHORT } from './ScoreMeter';

const DEBOUNCE_MS = 600;

const NOT_TRAINED =
  'Brandwright has not learned your voice yet. Add a few writing samples above, then come back to compare drafts with them.';

function announcement(score: VoiceScore | undefined, words: number): string {
  if (words < VOICE_SAMPLE_MIN_WORDS || score === undefined) return '';
  const verdict = score.reliable ? bandOf(score.voiceMatch).verdict : TOO_SHORT;
  const [low, high] = score.interval;
  return `Voice match ${score.voiceMatch} out of 100, likely ${low} to ${high}: ${verdict}.`;
}

export function VoiceScoreBox({ profile }: { profile: VoiceProfile }) {
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const words = countWords(debounced);
  const longEnough = words >= VOICE_SAMPLE_MIN_WORDS;
  const score = useVoiceScore(debounced, profile, longEnough);
  const notTrained =
    !profile.trained || (isApiError(score.error) && score.error.code === 'PROFILE_NOT_TRAINED');
  const typing = text.trim() !== debounced;
  const result = longEnough && !notTrained ? score.data : undefined;

  return (
    <div className="space-y-5">
      {notTrained && (
        <Alert tone="info" title="No voice profile yet">
          {NOT_TRAINED}
        </Alert>
      )}
      <TextAreaField
        label="Draft to check"
        rows={6}
        maxLength={VOICE_TEXT_MAX_CHARS}
        placeholder="Write or paste a draft post…"
        hint={`${wordsLabel(countWords(text))} · the score appears from ${VOICE_SAMPLE_MIN_WORDS} words and updates as you type.`}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement(score.isPlaceholderData ? undefined : result, words)}
      </div>
      <ScoreArea
        pending={!notTrained && longEnough && score.isFetching}
        error={!notTrained && longEnough && score.isError ? score.error : null}
        result={result}
        stale={typing || score.isPlaceholderData}
      />
    </div>
  );
}

interface ScoreAreaProps {
  pending: boolean;
  error: unknown;
  result: ReturnType<typeof useVoiceScore>['data'];
  stale: boolean;
}

function ScoreArea({ pending, error, result, stale }: ScoreAreaProps) {
  if (error) return <Alert tone="error">{describeError(error)}</Alert>;
  return (
    <div
      className="min-h-24 rounded-xl border border-slate-200 bg-slate-50 p-5"
      aria-busy={pending || undefined}
    >
      {pending && (
        <p className="mb-3 flex items-center gap-2 text-sm text-slate-600">
          <Spinner size="sm" /> Scoring…
        </p>
      )}
      {result ? (
        <ScoreMeter score={result} stale={stale} />
      ) : (
        !pending && <p className="text-sm text-slate-600">Your voice match will appear here.</p>
      )}
    </div>
  );
}
