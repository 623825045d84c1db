// One platform's post as its feed would show it: LinkedIn folded at "…see more", X / Bluesky /
// Mastodon as a thread of posts joined by a line, Medium as a story card with title and subtitle.
// Every part keeps its length against the platform's limit, counted as the platform counts it.
import { useId, useState } from 'react';
import { isNearLimit, isOverLimit } from '../../lib/platformLength';
import type { PlatformPreview, PreviewPart } from '../../lib/publishPreview';
import { linkedInCut, mediumSubtitle } from './feedCut';
import { PostHeader } from './PostHeader';
import type { PostAuthor } from './usePostAuthors';

const TEXT = 'text-sm whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]';

function counterTone(length: number, limit: number | null): string {
  if (isOverLimit({ length, limit })) return 'font-semibold text-red-800';
  if (isNearLimit({ length, limit })) return 'font-semibold text-amber-900';
  return 'text-slate-600';
}

function Counter({ part, limit }: { part: PreviewPart; limit: number | null }) {
  return (
    <span className={`text-xs ${counterTone(part.length, limit)}`}>
      {part.length}
      {limit !== null ? ` / ${limit}` : ' characters'}
      {limit !== null && part.length > limit && ' — too long'}
    </span>
  );
}

function LinkedInBody({ preview }: { preview: PlatformPreview }) {
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  const part = preview.parts[0];
  if (!part) return null;
  const cut = linkedInCut(part.text);
  return (
    <div className="space-y-1">
      <p id={bodyId} className={TEXT}>
        {expanded || !cut.folded ? part.text : cut.visible}
        {cut.folded && (
          <>
            {!expanded && '…'}
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={bodyId}
              onClick={() => setExpanded((e) => !e)}
              className="ml-1 font-semibold text-slate-600 hover:underline"
            >
              {expanded ? 'see less' : 'see more'}
            </button>
          </>
        )}
      </p>
      <Counter part={part} limit={preview.limit} />
    </div>
  );
}

function ThreadBody({ preview, author }: { preview: PlatformPreview; author: PostAuthor }) {
  const total = preview.parts.length;
  return (
    <ol className="space-y-3" aria-label={total > 1 ? `Thread of ${total} posts` : 'One post'}>
      {preview.parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: thread parts are positional
        <li key={index} className="relative">
          {index < total - 1 && (
            <span
              aria-hidden="true"
              className="absolute top-11 bottom-[-0.75rem] left-5 w-0.5 bg-slate-200"
            />
          )}
          {index === 0 ? (
            <PostHeader platform={preview.platform} author={author} note="now" />
          ) : (
            <span className="sr-only">Reply {index + 1}</span>
          )}
          <div className={index === 0 ? 'mt-2 pl-[3.25rem]' : 'pl-[3.25rem]'}>
            <p className={TEXT}>{part.text}</p>
            <div className="mt-1 flex justify-between gap-2">
              {total > 1 ? (
                <span className="text-xs font-semibold text-slate-700">
                  {index + 1}/{total}
                </span>
              ) : (
                <span />
              )}
              <Counter part={part} limit={preview.limit} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

function MediumBody({ preview }: { preview: PlatformPreview }) {
  const body = preview.parts.map((p) => p.text).join('\n\n');
  const words = body.split(/\s+/).filter(Boolean).length;
  // Medium's reading time: about 265 words a minute.
  const minutes = Math.max(1, Math.round(words / 265));
  return (
    <div className="space-y-1">
      <p className="font-serif text-xl font-bold text-slate-900">
        <span className="sr-only">Title: </span>
        {preview.title || 'Untitled story'}
      </p>
      <p className="font-serif text-base text-slate-600">
        <span className="sr-only">Subtitle: </span>
        {mediumSubtitle(body)}
      </p>
      <p className="text-xs text-slate-600">
        {minutes} min read
        {preview.tags && preview.tags.length > 0 && ` · Tags: ${preview.tags.join(', ')}`}
      </p>
    </div>
  );
}

export function PlatformPostPreview({ preview, author }: { preview: PlatformPreview; author: PostAuthor }) {
  const { platform } = preview;
  return (
    <div className="space-y-3">
      {preview.problem && <p className="text-sm font-medium text-red-700">{preview.problem}</p>}
      {platform === 'linkedin' && (
        <>
          <PostHeader platform={platform} author={author} note="now" />
          <LinkedInBody preview={preview} />
        </>
      )}
      {platform === 'medium' && (
        <>
          <PostHeader platform={platform} author={author} />
          <MediumBody preview={preview} />
        </>
      )}
      {(platform === 'x' || platform === 'bluesky' || platform === 'mastodon') && (
        <ThreadBody preview={preview} author={author} />
      )}
    </div>
  );
}
