// Reading from Bluesky: the profile (getProfile), a post's likes/replies/reposts/quotes (getPosts;
// Bluesky reports no impressions), account counts, and the author feed used to reconcile publishes
// whose outcome was unknown.
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import type { AccountMetrics, PostMetrics, Profile, PublishedPost, RecentPost, Session } from '../port.js';
import { type BlueskyContext, baseOf, rememberHandle } from './context.js';
import { parseAtUri } from './record-key.js';
import { xrpc } from './xrpc.js';

const profileSchema = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: z.string().optional(),
  avatar: z.string().optional(),
  followersCount: z.number().optional(),
  followsCount: z.number().optional(),
  postsCount: z.number().optional(),
});
const count = z.number().int().nonnegative().optional();
const postViewSchema = z.object({
  uri: z.string(),
  author: z.object({ did: z.string(), handle: z.string() }),
  record: z.object({ text: z.string().optional(), createdAt: z.string().optional() }).loose(),
  likeCount: count,
  replyCount: count,
  repostCount: count,
  quoteCount: count,
  indexedAt: z.string().optional(),
});
const postsSchema = z.object({ posts: z.array(postViewSchema) });
const feedSchema = z.object({
  feed: z.array(z.object({ post: postViewSchema, reason: z.unknown().optional() })),
  cursor: z.string().optional(),
});

const MAX_FEED_PAGES = 5;

async function getProfile(ctx: BlueskyContext, session: Session) {
  const profile = await xrpc(
    ctx.settings,
    baseOf(ctx, session),
    {
      nsid: 'app.bsky.actor.getProfile',
      method: 'GET',
      params: { actor: session.account.id },
      token: session.accessToken,
      effect: 'read',
    },
    profileSchema,
  );
  rememberHandle(ctx, profile.did, profile.handle);
  return profile;
}

export async function profile(ctx: BlueskyContext, session: Session): Promise<Profile> {
  const found = await getProfile(ctx, session);
  return {
    id: found.did,
    handle: found.handle,
    displayName: found.displayName || found.handle,
    avatarUrl: found.avatar,
    profileUrl: `${ctx.appUrl}/profile/${found.handle}`,
    serverUrl: baseOf(ctx, session),
  };
}

export async function accountMetrics(ctx: BlueskyContext, session: Session): Promise<AccountMetrics> {
  const found = await getProfile(ctx, session);
  return { followers: found.followersCount, following: found.followsCount, posts: found.postsCount };
}

export async function postMetrics(
  ctx: BlueskyContext,
  session: Session,
  post: PublishedPost,
): Promise<PostMetrics> {
  const { posts } = await xrpc(
    ctx.settings,
    baseOf(ctx, session),
    {
      nsid: 'app.bsky.feed.getPosts',
      method: 'GET',
      params: { uris: [post.id] },
      token: session.accessToken,
      effect: 'read',
    },
    postsSchema,
  );
  const view = posts.find((p) => p.uri === post.id);
  if (!view) throw new PlatformError('bluesky', 'NOT_FOUND', 'The post is no longer on Bluesky');
  return metricsOfView(view);
}

/** The AppView leaves out a count that is zero. */
function metricsOfView(view: z.infer<typeof postViewSchema>): PostMetrics {
  return {
    likes: view.likeCount ?? 0,
    comments: view.replyCount ?? 0,
    reposts: view.repostCount ?? 0,
    quotes: view.quoteCount ?? 0,
  };
}

/** The account's own posts (not reposts) since `since`, newest first, over a few feed pages. */
export async function recentPosts(ctx: BlueskyContext, session: Session, since: Date): Promise<RecentPost[]> {
  const found: RecentPost[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_FEED_PAGES; page += 1) {
    const feed = await xrpc(
      ctx.settings,
      baseOf(ctx, session),
      {
        nsid: 'app.bsky.feed.getAuthorFeed',
        method: 'GET',
        params: { actor: session.account.id, limit: '50', filter: 'posts_with_replies', cursor },
        token: session.accessToken,
        effect: 'read',
      },
      feedSchema,
    );
    let older = false;
    for (const item of feed.feed) {
      const publishedAt = new Date(item.post.record.createdAt ?? item.post.indexedAt ?? 0);
      if (publishedAt < since) older = true;
      else if (!item.reason && item.post.author.did === session.account.id)
        found.push(toRecent(ctx, item.post, publishedAt));
    }
    cursor = feed.cursor;
    if (older || !cursor) break;
  }
  return found.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

function toRecent(ctx: BlueskyContext, view: z.infer<typeof postViewSchema>, publishedAt: Date): RecentPost {
  const rkey = parseAtUri(view.uri)?.rkey ?? '';
  return {
    id: view.uri,
    url: `${ctx.appUrl}/profile/${view.author.handle}/post/${rkey}`,
    text: view.record.text ?? '',
    publishedAt,
    metrics: metricsOfView(view),
  };
}
