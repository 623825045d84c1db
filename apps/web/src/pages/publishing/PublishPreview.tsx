// The per-platform preview in the schedule dialog: each post (numbered thread parts) with its
// length against the platform's limit, Medium's title and tags, and why a platform would refuse.
import { isNearLimit, isOverLimit } from '../../lib/platformLength';
import type { PlatformPreview } from '../../lib/publishPreview';
import { PLATFORM_LABELS } from '../content/labels';

const PREVIEW_CHARS = 600;

function summary(preview: PlatformPreview): string {
  if (preview.platform === 'medium') return 'Article';
  if (preview.parts.length > 1) return `Thread of ${preview.parts.length} posts`;
  return 'One post';
}

function counterTone(length: number, limit: number | null): string {
  if (isOverLimit({ length, limit })) return 'font-semibold text-red-800';
  if (isNearLimit({ length, limit })) return 'font-semibold text-amber-900';
  return 'text-slate-600';
}

function Part({
  text,
  length,
  index,
  preview,
}: {
  text: string;
  length: number;
  index: number;
  preview: PlatformPreview;
}) {
  const total = preview.parts.length;
  const shown = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
  return (
    <li className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <div className="mb-1 flex items-baseline justify-between gap-2 text-xs">
        {total > 1 ? (
          <span className="font-semibold text-slate-700">
            {index + 1}/{total}
          </span>
        ) : (
          <span />
        )}
        <span className={counterTone(length, preview.limit)}>
          {length}
          {preview.limit !== null ? ` / ${preview.limit}` : ' characters'}
          {preview.limit !== null && length > preview.limit && ' — too long'}
        </span>
      </div>
      <p className="text-sm whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">{shown}</p>
    </li>
  );
}

function PlatformPreviewCard({ preview }: { preview: PlatformPreview }) {
  const name = PLATFORM_LABELS[preview.platform];
  return (
    <article
      aria-label={`${name} preview`}
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
    >
      <header className="flex items-baseline justify-between gap-2">
        <h4 className="text-sm font-semibold text-slate-900">{name}</h4>
        <span className="text-xs text-slate-600">{summary(preview)}</span>
      </header>
      {preview.problem && <p className="text-sm font-medium text-red-700">{preview.problem}</p>}
      {preview.title !== undefined && preview.title !== '' && (
        <p className="text-base font-semibold text-slate-900">
          <span className="sr-only">Title: </span>
          {preview.title}
        </p>
      )}
      {preview.tags && preview.tags.length > 0 && (
        <p className="text-xs text-slate-600">Tags: {preview.tags.join(', ')}</p>
      )}
      <ol className="space-y-2" aria-label={`What ${name} receives`}>
        {preview.parts.map((part, index) => (
          // Parts are positional: their index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no other identity
          <Part key={index} text={part.text} length={part.length} index={index} preview={preview} />
        ))}
      </ol>
    </article>
  );
}

export function PublishPreview({ previews }: { previews: readonly PlatformPreview[] }) {
  return (
    <section aria-labelledby="publish-preview-heading" className="space-y-3">
      <h3 id="publish-preview-heading" className="text-sm font-semibold text-slate-800">
        What will be sent
      </h3>
      {previews.length === 0 ? (
        <p className="text-sm text-slate-600">Pick a platform to see what it will receive.</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          {previews.map((preview) => (
            <PlatformPreviewCard key={preview.platform} preview={preview} />
          ))}
        </div>
      )}
    </section>
  );
}
