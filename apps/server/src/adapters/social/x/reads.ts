// Reading from X: the signed-in user (profile and follower counts from GET /2/users/me), a tweet's
// metrics (public, plus non_public where X grants them: own tweets of the last 30 days), and the
// user's recent tweets (GET /2/users/:id/tweets) used to reconcile publishes of unknown outcome.
import { z } from 'zod';
import { isPlatformError } from '../errors.js';
import type { AccountMetrics, PostMetrics, Profile, PublishedPost, RecentPost, Session } from '../port.js';
import { callX, type XContext } from './api.js';
import { tweetUrl } from './publish.js';

const count = z.number().int().nonnegative();

const me = z.object({
  data: z.object({
    id: z.string(),
    name: z.string(),
    username: z.string(),
    profile_image_url: z.string().optional(),
    public_metrics: z
      .object({ followers_count: count, following_count: count, tweet_count: count })
      .partial()
      .optional(),
  }),
});

const tweetMetrics = z.object({
  data: z.object({
    id: z.string(),
    public_metrics: z.object({
      retweet_count: count,
      reply_count: count,
      like_count: count,
      quote_count: count.optional(),
      bookmark_count: count.optional(),
      impression_count: count.optional(),
    }),
    non_public_metrics: z
      .object({ impression_count: count, url_link_clicks: count, user_profile_clicks: count })
      .partial()
      .optional(),
  }),
});

const timelineMetrics = z.object({
  retweet_count: count,
  reply_count: count,
  like_count: count,
  quote_count: count.optional(),
  bookmark_count: count.optional(),
  impression_count: count.optional(),
});

const timeline = z.object({
  data: z
    .array(
      z.object({
        id: z.string(),
        text: z.string(),
        created_at: z.string(),
        public_metrics: timelineMetrics.optional(),
      }),
    )
    .optional(),
  meta: z.object({ result_count: count, next_token: z.string().optional() }),
});

/** Enough for any reconciliation window (X serves a user's latest 3,200 at most). */
const MAX_TIMELINE_PAGES = 5;

async function getMe(ctx: XContext, session: Session, fields: string) {
  const query = { 'user.fields': fields };
  const { data } = await callX(ctx, { session, path: '/2/users/me', query, effect: 'read' }, me);
  return data;
}

export async function profile(ctx: XContext, session: Session): Promise<Profile> {
  const user = await getMe(ctx, session, 'profile_image_url');
  return {
    id: user.id,
    handle: user.username,
    displayName: user.name,
    avatarUrl: user.profile_image_url,
    profileUrl: `${ctx.authUrl}/${user.username}`,
  };
}

export async function accountMetrics(ctx: XContext, session: Session): Promise<AccountMetrics> {
  const metrics = (await getMe(ctx, session, 'public_metrics')).public_metrics;
  return {
    followers: metrics?.followers_count,
    following: metrics?.following_count,
    posts: metrics?.tweet_count,
  };
}

async function lookup(ctx: XContext, session: Session, id: string, fields: string) {
  const query = { 'tweet.fields': fields };
  const path = `/2/tweets/${encodeURIComponent(id)}`;
  return (await callX(ctx, { session, path, query, effect: 'read' }, tweetMetrics)).data;
}

/**
 * Asks for non_public_metrics too; ⚠ should X ever refuse the whole request for them (rather than
 * the documented partial error), the public metrics are fetched alone.
 */
export async function postMetrics(
  ctx: XContext,
  session: Session,
  post: PublishedPost,
): Promise<PostMetrics> {
  const tweet = await lookup(ctx, session, post.id, 'public_metrics,non_public_metrics').catch(
    (error: unknown) => {
      if (isPlatformError(error, 'FORBIDDEN') || isPlatformError(error, 'INVALID_CONTENT'))
        return lookup(ctx, session, post.id, 'public_metrics');
      throw error;
    },
  );
  const open = tweet.public_metrics;
  const hidden = tweet.non_public_metrics;
  return {
    impressions: hidden?.impression_count ?? open.impression_count,
    likes: open.like_count,
    comments: open.reply_count,
    reposts: open.retweet_count,
    quotes: open.quote_count,
    bookmarks: open.bookmark_count,
    clicks: hidden?.url_link_clicks,
  };
}

function timelinePostMetrics(open: z.infer<typeof timelineMetrics>): PostMetrics {
  return {
    impressions: open.impression_count,
    likes: open.like_count,
    comments: open.reply_count,
    reposts: open.retweet_count,
    quotes: open.quote_count,
    bookmarks: open.bookmark_count,
  };
}

/** X wants RFC 3339 without milliseconds. */
const rfc3339 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function recentPosts(ctx: XContext, session: Session, since: Date): Promise<RecentPost[]> {
  const posts: RecentPost[] = [];
  let next: string | undefined;
  for (let page = 0; page < MAX_TIMELINE_PAGES; page += 1) {
    const query: Record<string, string> = {
      start_time: rfc3339(since),
      max_results: '100',
      'tweet.fields': 'created_at,public_metrics',
      ...(next ? { pagination_token: next } : {}),
    };
    const path = `/2/users/${encodeURIComponent(session.account.id)}/tweets`;
    const result = await callX(ctx, { session, path, query, effect: 'read' }, timeline);
    for (const tweet of result.data ?? [])
      posts.push({
        id: tweet.id,
        url: tweetUrl(ctx, tweet.id),
        text: tweet.text,
        publishedAt: new Date(tweet.created_at),
        ...(tweet.public_metrics ? { metrics: timelinePostMetrics(tweet.public_metrics) } : {}),
      });
    next = result.meta.next_token;
    if (!next) break;
  }
  return posts;
}
