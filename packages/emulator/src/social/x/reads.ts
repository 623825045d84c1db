// Reading from X: tweets with their metrics (GET /2/tweets/:id and GET /2/tweets?ids=), the signed-in
// user (GET /2/users/me) and a user's timeline (GET /2/users/:id/tweets). Missing resources come
// back in a 200's `errors[]` (beside whatever was found), and non_public_metrics only for one's own
// tweets of the last 30 days — otherwise a partial "Field Authorization Error", as on X.
import { engagementAt, followersAt } from '../engagement.js';
import type { EmulatedPost } from '../types.js';
import type { ApiContext } from './guard.js';
import {
  fieldAuthorizationError,
  invalidRequest,
  isSnowflake,
  notFoundError,
  type XReply,
} from './shapes.js';

const NON_PUBLIC_DAYS = 30;
const MAX_IDS = 100;

export const listParam = (url: URL, name: string) =>
  new Set((url.searchParams.get(name) ?? '').split(',').filter(Boolean));

function metricsOf(ctx: ApiContext, post: EmulatedPost) {
  const account = ctx.state.accountById('x', post.accountId) ?? ctx.account;
  const e = engagementAt(post, account, ctx.state.now());
  return {
    public_metrics: {
      retweet_count: e.reposts,
      reply_count: e.comments,
      like_count: e.likes,
      quote_count: e.quotes,
      bookmark_count: e.bookmarks,
      impression_count: e.impressions,
    },
    non_public_metrics: {
      impression_count: e.impressions,
      url_link_clicks: e.clicks,
      user_profile_clicks: Math.round(e.impressions * 0.004),
      engagements: e.likes + e.comments + e.reposts + e.quotes + e.clicks,
    },
  };
}

/** The fields that place a tweet in its conversation. */
function threadFields(ctx: ApiContext, post: EmulatedPost, fields: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.has('conversation_id')) out.conversation_id = post.rootId ?? post.id;
  if (!post.replyToId) return out;
  if (fields.has('referenced_tweets')) out.referenced_tweets = [{ type: 'replied_to', id: post.replyToId }];
  const parent = ctx.state.posts.find((p) => p.platform === 'x' && p.id === post.replyToId);
  if (fields.has('in_reply_to_user_id') && parent) out.in_reply_to_user_id = parent.accountId;
  return out;
}

/** A tweet object with exactly the fields asked for (X's default is id, text, edit history). */
export function presentTweet(ctx: ApiContext, post: EmulatedPost, fields: Set<string>) {
  const tweet: Record<string, unknown> = { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] };
  const errors: Record<string, string>[] = [];
  if (fields.has('created_at')) tweet.created_at = post.createdAt;
  if (fields.has('author_id')) tweet.author_id = post.accountId;
  Object.assign(tweet, threadFields(ctx, post, fields));
  if (fields.has('attachments') && post.mediaIds.length > 0)
    tweet.attachments = { media_keys: post.mediaIds.map((id) => `3_${id}`) };
  const metrics =
    fields.has('public_metrics') || fields.has('non_public_metrics') ? metricsOf(ctx, post) : undefined;
  if (metrics && fields.has('public_metrics')) tweet.public_metrics = metrics.public_metrics;
  if (metrics && fields.has('non_public_metrics')) {
    const ageDays = (ctx.state.now() - Date.parse(post.createdAt)) / 86_400_000;
    if (post.accountId === ctx.account.id && ageDays <= NON_PUBLIC_DAYS)
      tweet.non_public_metrics = metrics.non_public_metrics;
    else errors.push(fieldAuthorizationError('non_public_metrics', post.id));
  }
  return { tweet, errors };
}

export function getTweet(ctx: ApiContext): XReply {
  const id = ctx.params[0] ?? '';
  if (!isSnowflake(id))
    return invalidRequest(`The \`id\` query parameter value [${id}] is not valid`, 'id', id);
  const post = ctx.state.findPost('x', id);
  if (!post) return { status: 200, body: { errors: [notFoundError('tweet', id)] } };
  const { tweet, errors } = presentTweet(ctx, post, listParam(ctx.url, 'tweet.fields'));
  return { status: 200, body: errors.length > 0 ? { data: tweet, errors } : { data: tweet } };
}

function parseIds(url: URL): string[] | XReply {
  const raw = url.searchParams.get('ids') ?? '';
  if (raw === '') return invalidRequest('The `ids` query parameter can not be empty', 'ids', raw);
  const ids = raw.split(',');
  if (ids.length > MAX_IDS)
    return invalidRequest(
      `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and ${MAX_IDS}`,
      'ids',
      raw,
    );
  const bad = ids.find((id) => !isSnowflake(id));
  return bad === undefined
    ? ids
    : invalidRequest(`The \`ids\` query parameter value [${bad}] is not valid`, 'ids', bad);
}

/** GET /2/tweets?ids=: found tweets in the order asked, missing ones as partial errors. */
export function getTweets(ctx: ApiContext): XReply {
  const ids = parseIds(ctx.url);
  if (!Array.isArray(ids)) return ids;
  const fields = listParam(ctx.url, 'tweet.fields');
  const data: Record<string, unknown>[] = [];
  const missing: Record<string, string>[] = [];
  const refused: Record<string, string>[] = [];
  for (const id of ids) {
    const post = ctx.state.findPost('x', id);
    if (!post) {
      missing.push(notFoundError('tweet', id, 'ids'));
      continue;
    }
    const { tweet, errors } = presentTweet(ctx, post, fields);
    data.push(tweet);
    refused.push(...errors);
  }
  const errors = [...missing, ...refused];
  if (data.length === 0) return { status: 200, body: { errors } };
  return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
}

export function getMe(ctx: ApiContext): XReply {
  const { account, state } = ctx;
  const fields = listParam(ctx.url, 'user.fields');
  const posts = state.livePosts('x', account.id);
  const user: Record<string, unknown> = { id: account.id, name: account.name, username: account.handle };
  if (fields.has('created_at')) user.created_at = account.createdAt;
  if (fields.has('profile_image_url')) user.profile_image_url = account.avatarUrl;
  if (fields.has('description')) user.description = '';
  if (fields.has('verified')) user.verified = false;
  if (fields.has('public_metrics'))
    user.public_metrics = {
      followers_count: followersAt(account, posts, state.now()),
      following_count: account.following,
      tweet_count: posts.length,
      listed_count: Math.floor(account.followers / 250),
      like_count: Math.round(account.following * 3.5),
    };
  return { status: 200, body: { data: user } };
}

interface TimelineQuery {
  startMs: number;
  endMs: number;
  sinceId?: string;
  maxResults: number;
  offset: number;
}

function parseTimelineQuery(url: URL): TimelineQuery | XReply {
  const params = url.searchParams;
  const time = (name: string, fallback: number): number | XReply => {
    const value = params.get(name);
    if (value === null) return fallback;
    const parsed = Date.parse(value);
    return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(parsed)
      ? parsed
      : invalidRequest(`Invalid '${name}':'${value}'. '${name}' must be a valid RFC 3339 date.`, name, value);
  };
  const startMs = time('start_time', 0);
  if (typeof startMs !== 'number') return startMs;
  const endMs = time('end_time', Number.POSITIVE_INFINITY);
  if (typeof endMs !== 'number') return endMs;
  const maxResults = Number(params.get('max_results') ?? 10);
  if (!Number.isInteger(maxResults) || maxResults < 5 || maxResults > 100)
    return invalidRequest(
      `The \`max_results\` query parameter value [${params.get('max_results')}] is not between 5 and 100`,
      'max_results',
      params.get('max_results') ?? '',
    );
  const token = params.get('pagination_token');
  const offset = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    return invalidRequest('The `pagination_token` query parameter value is not valid', 'pagination_token');
  return { startMs, endMs, sinceId: params.get('since_id') ?? undefined, maxResults, offset };
}

/** Newest first (the order tweets were stored, reversed), windowed by start/end time and since_id. */
export function getTimeline(ctx: ApiContext): XReply {
  const userId = ctx.params[0] ?? '';
  if (!ctx.state.accountById('x', userId))
    return { status: 200, body: { errors: [notFoundError('user', userId)] } };
  const query = parseTimelineQuery(ctx.url);
  if ('status' in query) return query;
  const matching = ctx.state
    .livePosts('x', userId)
    .filter((post) => {
      const at = Date.parse(post.createdAt);
      return (
        at >= query.startMs && at < query.endMs && (!query.sinceId || BigInt(post.id) > BigInt(query.sinceId))
      );
    })
    .reverse();
  const page = matching.slice(query.offset, query.offset + query.maxResults);
  const fields = listParam(ctx.url, 'tweet.fields');
  const data = page.map((post) => presentTweet(ctx, post, fields).tweet);
  const next = query.offset + query.maxResults;
  const meta: Record<string, unknown> = { result_count: data.length };
  if (page.length > 0) Object.assign(meta, { newest_id: page[0]?.id, oldest_id: page[page.length - 1]?.id });
  if (next < matching.length) meta.next_token = Buffer.from(String(next)).toString('base64url');
  return { status: 200, body: data.length > 0 ? { data, meta } : { meta } };
}
