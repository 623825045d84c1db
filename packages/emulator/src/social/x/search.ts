// Recent search (GET /2/tweets/search/recent): public tweets of the last seven days matching a query,
// newest first, 10 to 100 a page with next_token paging and X's meta (newest_id, oldest_id,
// result_count, next_token). `conversation_id:<root id>` is how a thread's replies are read on X.
// start_time may not reach further back than seven days, end_time must be 10 s before now (X's rules).
import type { EmulatedPost } from '../types.js';
import type { ApiContext } from './guard.js';
import { listParam, presentTweet } from './reads.js';
import { parseSearchQuery, type SearchQuery } from './search-query.js';
import { invalidRequest, isSnowflake, type XReply } from './shapes.js';

const WINDOW_MS = 7 * 86_400_000;
const MAX_QUERY = 512;

interface SearchParams {
  query: SearchQuery;
  startMs: number;
  endMs: number;
  sinceId?: string;
  untilId?: string;
  maxResults: number;
  offset: number;
}

function timeParam(url: URL, name: string, fallback: number, min: number, max: number): number | XReply {
  const value = url.searchParams.get(name);
  if (value === null) return fallback;
  const parsed = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(parsed))
    return invalidRequest(
      `Invalid '${name}':'${value}'. '${name}' must be a valid RFC 3339 date.`,
      name,
      value,
    );
  if (parsed < min)
    return invalidRequest(
      `Invalid '${name}':'${value}'. '${name}' must be on or after ${new Date(min).toISOString()}`,
      name,
      value,
    );
  if (parsed > max)
    return invalidRequest(
      `Invalid '${name}':'${value}'. '${name}' must be a minimum of 10 seconds prior to the request time.`,
      name,
      value,
    );
  return parsed;
}

function idParam(url: URL, name: string): string | undefined | XReply {
  const value = url.searchParams.get(name) ?? undefined;
  if (value === undefined || isSnowflake(value)) return value;
  return invalidRequest(`The \`${name}\` query parameter value [${value}] is not valid`, name, value);
}

function pageParams(url: URL): { maxResults: number; offset: number } | XReply {
  const raw = url.searchParams.get('max_results') ?? '10';
  const maxResults = Number(raw);
  if (!Number.isInteger(maxResults) || maxResults < 10 || maxResults > 100)
    return invalidRequest(
      `The \`max_results\` query parameter value [${raw}] is not between 10 and 100`,
      'max_results',
      raw,
    );
  const token = url.searchParams.get('next_token') ?? url.searchParams.get('pagination_token');
  const offset = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    return invalidRequest('The `next_token` query parameter value is not valid', 'next_token', token ?? '');
  const order = url.searchParams.get('sort_order');
  if (order !== null && order !== 'recency' && order !== 'relevancy')
    return invalidRequest(
      `The \`sort_order\` query parameter value [${order}] is not one of [recency,relevancy]`,
      'sort_order',
      order,
    );
  return { maxResults, offset };
}

function parseParams(ctx: ApiContext): SearchParams | XReply {
  const { url } = ctx;
  const text = url.searchParams.get('query') ?? '';
  if (text.trim() === '')
    return invalidRequest('The `query` query parameter can not be empty', 'query', text);
  if (text.length > MAX_QUERY)
    return invalidRequest(
      `The \`query\` query parameter value must be at most ${MAX_QUERY} characters`,
      'query',
    );
  const query = parseSearchQuery(text);
  if (typeof query === 'string') return invalidRequest(query, 'query', text);
  const now = ctx.state.now();
  const startMs = timeParam(url, 'start_time', now - WINDOW_MS, now - WINDOW_MS, now - 10_000);
  if (typeof startMs !== 'number') return startMs;
  const endMs = timeParam(url, 'end_time', now + 1, now - WINDOW_MS, now - 10_000);
  if (typeof endMs !== 'number') return endMs;
  const sinceId = idParam(url, 'since_id');
  if (typeof sinceId === 'object') return sinceId;
  const untilId = idParam(url, 'until_id');
  if (typeof untilId === 'object') return untilId;
  const page = pageParams(url);
  if ('status' in page) return page;
  return { query, startMs, endMs, sinceId, untilId, ...page };
}

function matching(ctx: ApiContext, params: SearchParams): EmulatedPost[] {
  const parentOf = (post: EmulatedPost) =>
    post.replyToId ? ctx.state.posts.find((p) => p.platform === 'x' && p.id === post.replyToId) : undefined;
  return ctx.state
    .livePosts('x')
    .filter((post) => {
      const at = Date.parse(post.createdAt);
      const id = BigInt(post.id);
      return (
        at >= params.startMs &&
        at < params.endMs &&
        (!params.sinceId || id > BigInt(params.sinceId)) &&
        (!params.untilId || id < BigInt(params.untilId)) &&
        params.query.matches(post, parentOf)
      );
    })
    .sort((a, b) => (BigInt(a.id) > BigInt(b.id) ? -1 : 1));
}

export function searchRecent(ctx: ApiContext): XReply {
  const params = parseParams(ctx);
  if ('status' in params) return params;
  const all = matching(ctx, params);
  const page = all.slice(params.offset, params.offset + params.maxResults);
  const fields = listParam(ctx.url, 'tweet.fields');
  const shown = page.map((post) => presentTweet(ctx, post, fields));
  const data = shown.map((s) => s.tweet);
  const errors = shown.flatMap((s) => s.errors);
  const meta: Record<string, unknown> = {};
  if (page.length > 0) Object.assign(meta, { newest_id: page[0]?.id, oldest_id: page[page.length - 1]?.id });
  meta.result_count = data.length;
  const next = params.offset + params.maxResults;
  if (next < all.length) meta.next_token = Buffer.from(String(next)).toString('base64url');
  if (data.length === 0) return { status: 200, body: { meta } };
  return { status: 200, body: errors.length > 0 ? { data, errors, meta } : { data, meta } };
}
