// The author line on top of a platform preview: avatar (photo or initials), name and handle, as
// the feed shows them (the platform's mark is on the preview card's own header).
import type { Platform } from '@brandwright/contracts';
import { PLATFORM_NAMES } from '@brandwright/contracts';
import type { PostAuthor } from './usePostAuthors';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .join('');
  return letters.slice(0, 2).toUpperCase() || '?';
}

export function Avatar({ author, round = true }: { author: PostAuthor; round?: boolean }) {
  const shape = round ? 'rounded-full' : 'rounded-md';
  if (author.avatarUrl)
    return <img src={author.avatarUrl} alt="" className={`size-10 shrink-0 object-cover ${shape}`} />;
  return (
    <span
      aria-hidden="true"
      className={`flex size-10 shrink-0 items-center justify-center bg-indigo-100 text-sm font-semibold text-indigo-900 ${shape}`}
    >
      {initials(author.name)}
    </span>
  );
}

export function PostHeader({
  platform,
  author,
  note,
}: {
  platform: Platform;
  author: PostAuthor;
  /** What sits under the name: LinkedIn's headline line, "now" elsewhere. */
  note?: string;
}) {
  return (
    <div className="flex items-start gap-3">
      <Avatar author={author} round={platform !== 'mastodon'} />
      <div className="min-w-0 flex-1 text-sm leading-tight">
        <p className="truncate font-semibold text-slate-900">{author.name}</p>
        <p className="truncate text-slate-600">
          {author.handle === author.name
            ? (note ?? '')
            : `${author.handle ?? `Not connected to ${PLATFORM_NAMES[platform]} yet`}${note ? ` · ${note}` : ''}`}
        </p>
      </div>
    </div>
  );
}
