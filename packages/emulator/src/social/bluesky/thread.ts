// app.bsky.feed.getPostThread as the AppView answers it: a threadViewPost with the post, its parents
// up to `parentHeight` (a deleted parent shows as a notFoundPost) and its replies down to `depth`
// levels (`replies` is absent beyond that). ⚠ Reply order: the thread author's own replies first,
// then the others, each oldest first — the AppView's v1 order is undocumented.
import type { EmulatedPost } from '../types.js';
import { postView } from './feed.js';
import { ok, type XrpcAnswer, type XrpcContext, xrpcError } from './xrpc.js';

const THREAD = 'app.bsky.feed.defs#threadViewPost';
const MAX_LEVELS = 1000;

function levelParam(url: URL, name: string, fallback: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > MAX_LEVELS)
    return `Error: ${name} must be an integer between 0 and ${MAX_LEVELS}`;
  return value;
}

function repliesOf(ctx: XrpcContext, post: EmulatedPost): EmulatedPost[] {
  const author = ctx.state.findPost('bluesky', post.rootId ?? post.id)?.accountId ?? post.accountId;
  const replies = ctx.state.livePosts('bluesky').filter((p) => p.replyToId === post.id);
  return [...replies.filter((p) => p.accountId === author), ...replies.filter((p) => p.accountId !== author)];
}

function descend(ctx: XrpcContext, post: EmulatedPost, depth: number): Record<string, unknown> {
  const view: Record<string, unknown> = { $type: THREAD, post: postView(ctx, post) };
  if (depth > 0) view.replies = repliesOf(ctx, post).map((reply) => descend(ctx, reply, depth - 1));
  return view;
}

function ascend(ctx: XrpcContext, post: EmulatedPost, height: number): Record<string, unknown> | undefined {
  if (height <= 0 || !post.replyToId) return undefined;
  const parent = ctx.state.findPost('bluesky', post.replyToId);
  if (!parent) return { $type: 'app.bsky.feed.defs#notFoundPost', uri: post.replyToId, notFound: true };
  const above = ascend(ctx, parent, height - 1);
  return { $type: THREAD, post: postView(ctx, parent), ...(above ? { parent: above } : {}) };
}

export async function getPostThread(ctx: XrpcContext): Promise<XrpcAnswer> {
  const uri = ctx.url.searchParams.get('uri') ?? '';
  if (!uri.startsWith('at://')) return xrpcError(400, 'InvalidRequest', 'Error: uri must be a valid at-uri');
  const depth = levelParam(ctx.url, 'depth', 6);
  if (typeof depth === 'string') return xrpcError(400, 'InvalidRequest', depth);
  const parentHeight = levelParam(ctx.url, 'parentHeight', 80);
  if (typeof parentHeight === 'string') return xrpcError(400, 'InvalidRequest', parentHeight);
  const post = ctx.state.findPost('bluesky', uri);
  if (!post) return xrpcError(400, 'NotFound', `Post not found: ${uri}`);
  const parent = ascend(ctx, post, parentHeight);
  return ok({ thread: { ...descend(ctx, post, depth), ...(parent ? { parent } : {}) } });
}
