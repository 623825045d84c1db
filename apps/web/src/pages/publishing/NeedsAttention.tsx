// The "Needs attention" list: items whose outcome we could not decide, that failed or were missed.
// Each shows what is known (the problem and every attempt, in words) and the user's choices: mark it
// as published (with the post's address when they have it), send it again, or cancel it.
import { resolveItemSchema, type ScheduledItem } from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../lib/dates';
import { useFocusInvalid } from '../../lib/useFocusInvalid';
import { useAttempts, useResolveItem } from '../../queries/publishing';
import { PLATFORM_LABELS } from '../content/labels';
import { ItemStatusPill } from './ItemBadge';
import { attemptSentence } from './itemLabels';

/** Problems that reconnecting the platform fixes: worth a direct link. */
const ACCESS_CODES: ReadonlySet<string> = new Set(['REVOKED', 'TOKEN_EXPIRED', 'INVALID_GRANT', 'FORBIDDEN']);

interface AttentionProps {
  items: readonly ScheduledItem[];
  headlineOf: (item: ScheduledItem) => string;
  zone: string;
  onCancel: (item: ScheduledItem) => void;
  onDone: (message: string) => void;
}

export function NeedsAttention({ items, ...rest }: AttentionProps) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="attention-heading"
      className="space-y-3 rounded-xl border-2 border-amber-300 bg-amber-50 p-5"
    >
      <div>
        <h2 id="attention-heading" className="text-lg font-semibold text-amber-950">
          Needs attention ({items.length})
        </h2>
        <p className="mt-1 text-sm text-amber-950">
          These posts did not go out as planned. Nothing is sent again without you: check what happened, then
          decide.
        </p>
      </div>
      <ul className="space-y-3">
        {items.map((item) => (
          <AttentionCard key={item.id} item={item} {...rest} />
        ))}
      </ul>
    </section>
  );
}

function AttemptFacts({ item, zone }: { item: ScheduledItem; zone: string }) {
  const attempts = useAttempts(item.id);
  if (attempts.isPending)
    return (
      <p className="flex items-center gap-2 text-sm text-slate-600">
        <Spinner size="sm" /> Loading what happened…
      </p>
    );
  if (attempts.isError) return <p className="text-sm text-red-700">{describeError(attempts.error)}</p>;
  if (attempts.data.length === 0) return <p className="text-sm text-slate-700">Nothing was sent.</p>;
  return (
    <ol aria-label="What happened" className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
      {attempts.data.map((attempt) => (
        <li key={`${attempt.partIndex}-${attempt.startedAt}`}>
          {attemptSentence(attempt, item.parts.total, zone)}
        </li>
      ))}
    </ol>
  );
}

type CardProps = Omit<AttentionProps, 'items'> & { item: ScheduledItem };

function AttentionCard({ item, headlineOf, zone, onCancel, onDone }: CardProps) {
  const platform = PLATFORM_LABELS[item.platform];
  const [marking, setMarking] = useState(false);
  const headline = headlineOf(item);
  return (
    <li>
      <article
        aria-label={`${platform}: ${headline}`}
        className="space-y-3 rounded-lg border border-amber-200 bg-white p-4"
      >
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <p className="font-semibold text-slate-900">
              {platform} ·{' '}
              <Link to={`/content/${item.contentId}`} className="hover:text-indigo-800 hover:underline">
                {headline}
              </Link>
            </p>
            <p className="text-sm text-slate-600">
              Due {formatDateTime(item.scheduledFor, zone)}
              {item.parts.total > 1 && ` · ${item.parts.published} of ${item.parts.total} parts published`}
            </p>
          </div>
          <ItemStatusPill item={item} />
        </header>
        <ProblemLine item={item} />
        <AttemptFacts item={item} zone={zone} />
        {marking ? (
          <MarkPublishedForm item={item} onBack={() => setMarking(false)} onDone={onDone} />
        ) : (
          <AttentionActions item={item} onMark={() => setMarking(true)} onCancel={onCancel} onDone={onDone} />
        )}
      </article>
    </li>
  );
}

function ProblemLine({ item }: { item: ScheduledItem }) {
  if (!item.problem) return null;
  return (
    <p className="text-sm font-medium text-slate-900">
      {item.problem.detail}
      {ACCESS_CODES.has(item.problem.code) && (
        <>
          {' '}
          <Link to="/platforms" className="font-semibold text-indigo-800 underline">
            Reconnect {PLATFORM_LABELS[item.platform]}
          </Link>
        </>
      )}
    </p>
  );
}

interface ActionsProps extends Pick<CardProps, 'item' | 'onCancel' | 'onDone'> {
  onMark: () => void;
}

function AttentionActions({ item, onMark, onCancel, onDone }: ActionsProps) {
  const platform = PLATFORM_LABELS[item.platform];
  const resolve = useResolveItem();
  const retry = () =>
    resolve.mutate(
      { item, input: { action: 'retry' } },
      { onSuccess: () => onDone(`The ${platform} post is being sent again.`) },
    );
  return (
    <div className="space-y-2">
      {resolve.isError && <FormErrorAlert message={describeError(resolve.error)} details={[]} />}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" className="px-3 py-1.5" onClick={onMark}>
          Mark as published
        </Button>
        <Button
          variant="secondary"
          className="px-3 py-1.5"
          pending={resolve.isPending}
          pendingLabel="Sending again…"
          aria-describedby={`retry-${item.id}`}
          onClick={retry}
        >
          Retry
        </Button>
        <Button variant="ghost" className="px-3 py-1.5" onClick={() => onCancel(item)}>
          Cancel
        </Button>
      </div>
      <p id={`retry-${item.id}`} className="text-xs text-slate-600">
        Retry only after checking {platform}: if the post is live, mark it as published instead, or it appears
        twice.
      </p>
    </div>
  );
}

function MarkPublishedForm({
  item,
  onBack,
  onDone,
}: {
  item: ScheduledItem;
  onBack: () => void;
  onDone: (message: string) => void;
}) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const resolve = useResolveItem();
  const { formRef, focusInvalid } = useFocusInvalid();
  const platform = PLATFORM_LABELS[item.platform];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = url.trim()
      ? { action: 'mark_published' as const, url: url.trim() }
      : { action: 'mark_published' as const };
    const parsed = resolveItemSchema.safeParse(input);
    if (!parsed.success) {
      setError('Enter the full address of the post, starting with https://, or leave it empty');
      return focusInvalid();
    }
    setError(undefined);
    resolve.mutate(
      { item, input: parsed.data },
      { onError: focusInvalid, onSuccess: () => onDone(`Marked the ${platform} post as published.`) },
    );
  }

  const serverError = isApiError(resolve.error) ? resolve.error.fieldErrors.url : undefined;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-3 rounded-lg bg-slate-50 p-3">
      <TextField
        label={`Address of the live ${platform} post`}
        type="url"
        optional
        hint="Paste it from the platform so the post links to it here."
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={error ?? serverError}
      />
      {resolve.isError && !serverError && (
        <FormErrorAlert message={describeError(resolve.error)} details={[]} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="px-3 py-1.5" pending={resolve.isPending} pendingLabel="Saving…">
          Mark as published
        </Button>
        <Button variant="ghost" className="px-3 py-1.5" onClick={onBack}>
          Back
        </Button>
      </div>
    </form>
  );
}
