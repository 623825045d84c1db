// "Your samples": what the profile was learned from, newest first, ten at a time, each deletable
// after confirmation. Focus lands on the list heading after a delete and on the first new sample
// after "Load more", so keyboard users never lose their place.
import type { VoiceSample } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { LiveMessage } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../lib/dates';
import { wordsLabel } from '../../lib/words';
import { useDeleteSample, useVoiceSamples } from '../../queries/voice';
import { DeleteSampleDialog } from './DeleteSampleDialog';
import { preview, SOURCE_LABELS } from './format';

function SampleItem({ sample, onDelete }: { sample: VoiceSample; onDelete: (s: VoiceSample) => void }) {
  return (
    <li data-sample-id={sample.id} tabIndex={-1} className="flex gap-4 py-4 outline-offset-4">
      <div className="min-w-0 flex-1">
        <p className="text-xs text-slate-500">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-700">
            {SOURCE_LABELS[sample.source]}
          </span>{' '}
          · {formatDateTime(sample.createdAt)} · {wordsLabel(sample.wordCount)}
        </p>
        <p className="mt-1.5 text-sm break-words text-slate-800">{preview(sample.text)}</p>
      </div>
      <Button
        variant="ghost"
        className="shrink-0 self-start px-3 py-1.5 text-red-700 hover:bg-red-50 hover:text-red-800"
        aria-haspopup="dialog"
        onClick={() => onDelete(sample)}
      >
        Delete<span className="sr-only"> sample from {formatDateTime(sample.createdAt)}</span>
      </Button>
    </li>
  );
}

/** After "Load more", focuses the first newly loaded item once it is rendered. */
function useFocusFirstNew(count: number) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null || count <= focusIndex.current) return;
    listRef.current?.querySelectorAll<HTMLElement>('li[data-sample-id]')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [count]);
  const expectMore = () => {
    focusIndex.current = count;
  };
  return { listRef, expectMore };
}

export function SampleList({ headingId }: { headingId: string }) {
  const samples = useVoiceSamples();
  const mutation = useDeleteSample();
  const [target, setTarget] = useState<VoiceSample | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = samples.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, expectMore } = useFocusFirstNew(items.length);

  if (samples.isPending) return <Spinner />;
  if (samples.isError)
    return (
      <ErrorState
        title="We could not load your samples"
        error={samples.error}
        onRetry={() => void samples.refetch()}
      />
    );

  function onDeleted() {
    setTarget(null);
    setNotice('Sample deleted. Your voice profile has been updated.');
    // The deleted item's button is gone; the list heading is the nearest stable place.
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  }

  function loadMore() {
    expectMore();
    void samples.fetchNextPage();
  }

  return (
    <div>
      <LiveMessage tone="success" message={notice} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">No samples yet. Those you add appear here.</p>
      ) : (
        <ul ref={listRef} className="divide-y divide-slate-200">
          {items.map((sample) => (
            <SampleItem
              key={sample.id}
              sample={sample}
              onDelete={(s) => {
                setNotice(null);
                setTarget(s);
              }}
            />
          ))}
        </ul>
      )}
      {samples.hasNextPage && (
        <Button
          variant="secondary"
          className="mt-4"
          onClick={loadMore}
          pending={samples.isFetchingNextPage}
          pendingLabel="Loading…"
        >
          Load more samples
        </Button>
      )}
      <DeleteSampleDialog
        sample={target}
        mutation={mutation}
        onClose={() => setTarget(null)}
        onDeleted={onDeleted}
      />
    </div>
  );
}
