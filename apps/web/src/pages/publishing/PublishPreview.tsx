// The per-platform preview in the schedule dialog: each platform's post drawn as its feed shows it
// (components/platform), with the account's name and avatar, lengths against the limits, and why
// a platform would refuse the piece as it is.

import { PlatformLogo } from '../../components/platform/PlatformLogo';
import { PlatformPostPreview } from '../../components/platform/PlatformPostPreview';
import { usePostAuthors } from '../../components/platform/usePostAuthors';
import type { PlatformPreview } from '../../lib/publishPreview';
import { PLATFORM_LABELS } from '../content/labels';

function summary(preview: PlatformPreview): string {
  if (preview.platform === 'medium') return 'Article';
  if (preview.parts.length > 1) return `Thread of ${preview.parts.length} posts`;
  return 'One post';
}

export function PublishPreview({ previews }: { previews: readonly PlatformPreview[] }) {
  const authors = usePostAuthors();
  return (
    <section aria-labelledby="publish-preview-heading" className="space-y-3">
      <h3 id="publish-preview-heading" className="text-sm font-semibold text-slate-800">
        What will be sent
      </h3>
      {previews.length === 0 ? (
        <p className="text-sm text-slate-600">Pick a platform to see what it will receive.</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          {previews.map((preview) => {
            const name = PLATFORM_LABELS[preview.platform];
            return (
              <article
                key={preview.platform}
                aria-label={`${name} preview`}
                className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
              >
                <header className="flex items-center justify-between gap-2">
                  <h4 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                    <PlatformLogo platform={preview.platform} size={16} decorative />
                    {name}
                  </h4>
                  <span className="text-xs text-slate-600">{summary(preview)}</span>
                </header>
                <PlatformPostPreview
                  preview={preview}
                  author={authors[preview.platform] ?? authors.fallback}
                />
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}
