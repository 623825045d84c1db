// What the AppView answers through the PDS: post views with their counts (getPosts; counts.ts says
// how they are made), profiles (getProfile), an author's feed (getAuthorFeed), handle resolution.
import { followersAt } from '../engagement.js';
import type { Account, EmulatedPost } from '../types.js';
import { postCounts, viewerState } from './counts.js';
import { accountByDidOrHandle, didOf, ok, type XrpcAnswer, type XrpcContext, xrpcError } from './xrpc.js';

export const author = (account: Account) => ({
  did: didOf(account),
  handle: account.handle,
  displayName: account.name,
  avatar: account.avatarUrl,
});

export function postView(ctx: XrpcContext, post: EmulatedPost) {
  const account = ctx.state.accountById('bluesky', post.accountId) as Account;
  const viewer = viewerState(ctx.state, post, ctx.account);
  const record = post.extra.record as Record<string, unknown>;
  const images = post.mediaIds.map((cid) => ({
    thumb: `${ctx.state.origin('bluesky')}/img/feed_thumbnail/plain/${didOf(account)}/${cid}@jpeg`,
    fullsize: `${ctx.state.origin('bluesky')}/img/feed_fullsize/plain/${didOf(account)}/${cid}@jpeg`,
    alt: '',
  }));
  return {
    uri: post.id,
    cid: post.extra.cid,
    author: author(account),
    record,
    ...(images.length > 0 ? { embed: { $type: 'app.bsky.embed.images#view', images } } : {}),
    ...postCounts(ctx.state, post),
    indexedAt: post.extra.indexedAt ?? post.createdAt,
    ...(viewer ? { viewer } : {}),
    labels: [],
  };
}

export async function getPosts(ctx: XrpcContext): Promise<XrpcAnswer> {
  const uris = ctx.url.searchParams.getAll('uris');
  if (uris.length === 0 || uris.length > 25)
    return xrpcError(400, 'InvalidRequest', 'Error: uris must contain 1 to 25 items');
  const posts = uris
    .map((uri) => ctx.state.findPost('bluesky', uri))
    .filter((post): post is EmulatedPost => post !== undefined);
  return ok({ posts: posts.map((post) => postView(ctx, post)) });
}

export async function getProfile(ctx: XrpcContext): Promise<XrpcAnswer> {
  const account = accountByDidOrHandle(ctx.state, ctx.url.searchParams.get('actor') ?? '');
  if (!account) return xrpcError(400, 'InvalidRequest', 'Profile not found');
  const posts = ctx.state.livePosts('bluesky', account.id);
  return ok({
    ...author(account),
    description: '',
    followersCount: followersAt(account, posts, ctx.state.now()),
    followsCount: account.following,
    postsCount: posts.length,
    indexedAt: account.createdAt,
    createdAt: account.createdAt,
    labels: [],
  });
}

/** Newest first; the cursor is the createdAt of the last post of the previous page. */
export async function getAuthorFeed(ctx: XrpcContext): Promise<XrpcAnswer> {
  const params = ctx.url.searchParams;
  const account = accountByDidOrHandle(ctx.state, params.get('actor') ?? '');
  if (!account) return xrpcError(400, 'InvalidRequest', 'Profile not found');
  const limit = Number(params.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return xrpcError(400, 'InvalidRequest', 'Error: limit must be between 1 and 100');
  const cursor = params.get('cursor');
  const withReplies = params.get('filter') !== 'posts_no_replies';
  const posts = ctx.state
    .livePosts('bluesky', account.id)
    .filter((p) => (withReplies || !p.replyToId) && (!cursor || p.createdAt < cursor))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const page = posts.slice(0, limit);
  const last = page[page.length - 1];
  return ok({
    feed: page.map((post) => ({ post: postView(ctx, post) })),
    ...(posts.length > limit && last ? { cursor: last.createdAt } : {}),
  });
}

/** Sandbox rule: any well-formed handle resolves (its account is created), except `.invalid` ones. */
export async function resolveHandle(ctx: XrpcContext): Promise<XrpcAnswer> {
  const handle = (ctx.url.searchParams.get('handle') ?? '').toLowerCase();
  if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*$/.test(handle))
    return xrpcError(400, 'InvalidRequest', 'Error: handle must be a valid handle');
  if (handle.endsWith('.invalid')) return xrpcError(400, 'InvalidRequest', 'Unable to resolve handle');
  return ok({ did: didOf(ctx.state.account('bluesky', handle)) });
}
