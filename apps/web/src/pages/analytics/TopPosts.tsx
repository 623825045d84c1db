// The period's posts with the most engagements, with each rate's denominator said in words.
import type { TopPost } from '@brandwright/contracts';
import { Link } from 'react-router';
import { denominatorLabel, formatCount, formatRate, PLATFORM_LABELS } from './format';

export function TopPosts({ posts }: { posts: TopPost[] }) {
  if (posts.length === 0)
    return <p className="text-sm text-slate-600">No post with metrics in this period.</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
      {posts.map((post) => (
        <li
          key={post.trackedPostId}
          className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between"
        >
          <div className="min-w-0">
            <p className="text-xs text-slate-500">
              {PLATFORM_LABELS[post.platform]} ·{' '}
              {new Date(post.publishedAt).toLocaleDateString('en', { dateStyle: 'medium' })}
            </p>
            <p className="mt-1 line-clamp-2 text-sm text-slate-900">{post.excerpt || '(no text)'}</p>
            <p className="mt-1 flex gap-3 text-xs">
              {post.contentId && (
                <Link className="text-indigo-700 hover:underline" to={`/content/${post.contentId}`}>
                  Open in editor
                </Link>
              )}
              {post.url && (
                <a
                  className="text-indigo-700 hover:underline"
                  href={post.url}
                  target="_blank"
                  rel="noreferrer"
                >
                  View on {PLATFORM_LABELS[post.platform]}
                </a>
              )}
            </p>
          </div>
          <dl className="grid shrink-0 grid-cols-3 gap-3 text-right text-xs sm:w-64">
            <div>
              <dt className="text-slate-500">Engagements</dt>
              <dd className="text-sm font-semibold text-slate-900 tabular-nums">
                {formatCount(post.engagements)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Impressions</dt>
              <dd className="text-sm font-semibold text-slate-900 tabular-nums">
                {post.metrics.impressions === undefined ? '—' : formatCount(post.metrics.impressions)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Rate</dt>
              <dd className="text-sm font-semibold text-slate-900 tabular-nums">
                {formatRate(post.engagementRate)}
              </dd>
              {post.engagementRate && (
                <dd className="text-[11px] text-slate-500">{denominatorLabel(post.engagementRate)}</dd>
              )}
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
