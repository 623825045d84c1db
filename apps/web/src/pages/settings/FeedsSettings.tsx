// Settings › Feeds: the RSS and Atom feeds Brandwright reads for trending topics. Adding one fetches
// it once on the server, so a wrong address or a page that is not a feed is refused at once with
// the reason beside the field; the list shows when each feed was last read and why it failed.
import { createTopicFeedSchema, type TopicFeed } from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { LiveMessage } from '../../components/Alert';
import { Button } from '../../components/Button';
import { describeError, ErrorState } from '../../components/ErrorState';
import { TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../lib/dates';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAddTopicFeed, useRemoveTopicFeed, useTopicFeeds } from '../../queries/recommendations';

const FIELDS = ['url'] as const;

function FeedRow({ feed, onRemove, removing }: { feed: TopicFeed; onRemove: () => void; removing: boolean }) {
  return (
    <tr className="align-top">
      <th scope="row" className="py-3 pr-4 text-left font-medium text-slate-900">
        {feed.title}
        <span className="block break-all text-xs font-normal text-slate-500">{feed.url}</span>
      </th>
      <td className="py-3 pr-4 text-sm text-slate-700">{feed.itemCount}</td>
      <td className="py-3 pr-4 text-sm text-slate-700">
        {feed.lastFetchedAt ? (
          <time dateTime={feed.lastFetchedAt}>{formatDateTime(feed.lastFetchedAt)}</time>
        ) : (
          'Not yet'
        )}
        {feed.lastError && (
          <span className="mt-1 block text-red-700">Last fetch failed: {feed.lastError}</span>
        )}
      </td>
      <td className="py-3 text-right">
        <Button
          variant="ghost"
          onClick={onRemove}
          pending={removing}
          pendingLabel="Removing…"
          aria-label={`Remove ${feed.title}`}
        >
          Remove
        </Button>
      </td>
    </tr>
  );
}

function AddFeedForm({ onAdded }: { onAdded: (feed: TopicFeed) => void }) {
  const mutation = useAddTopicFeed();
  const form = useFormSubmit({ schema: createTopicFeedSchema, fields: FIELDS, mutation });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    form.submit({ url: String(new FormData(target).get('url') ?? '') }, (feed) => {
      target.reset();
      onAdded(feed);
    });
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Add a feed">
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            label="Feed address"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://example.com/feed.xml"
            hint="An RSS or Atom feed of a publication you follow."
            required
            error={form.fieldErrors.url}
          />
        </div>
        <Button type="submit" pending={form.pending} pendingLabel="Checking…">
          Add feed
        </Button>
      </div>
    </form>
  );
}

export function FeedsSettings() {
  const feeds = useTopicFeeds();
  const remove = useRemoveTopicFeed();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section
      aria-labelledby="feeds-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id="feeds-heading" className="text-base font-semibold text-slate-900">
          Feeds for topic ideas
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Brandwright reads these every few hours and suggests recent stories close to your content pillars.
        </p>
      </div>
      <div className="space-y-6 px-6 py-6">
        <AddFeedForm onAdded={(feed) => setNotice(`Added “${feed.title}” (${feed.itemCount} stories).`)} />
        <LiveMessage tone="success" message={notice} />
        {remove.isError && <FormErrorAlert message={describeError(remove.error)} details={[]} />}
        {feeds.isPending && (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <Spinner size="sm" /> Loading your feeds…
          </p>
        )}
        {feeds.isError && (
          <ErrorState
            title="Your feeds could not be loaded"
            error={feeds.error}
            onRetry={() => void feeds.refetch()}
          />
        )}
        {feeds.data && feeds.data.length === 0 && <p className="text-sm text-slate-600">No feeds yet.</p>}
        {feeds.data && feeds.data.length > 0 && (
          <table className="w-full text-sm">
            <caption className="sr-only">Your feeds</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Feed
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Stories
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Last fetched
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {feeds.data.map((feed) => (
                <FeedRow
                  key={feed.id}
                  feed={feed}
                  removing={remove.isPending && remove.variables === feed.id}
                  onRemove={() =>
                    remove.mutate(feed.id, { onSuccess: () => setNotice(`Removed “${feed.title}”.`) })
                  }
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
