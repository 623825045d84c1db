// Who engaged with a post, as the AppView lists it: app.bsky.feed.getLikes and getRepostedBy, newest
// first, one entry per account (the indexed records; see counts.ts), paged by a numeric cursor. The
// seeded part of the counts has no accounts behind it, so these lists hold real records only.
import type { SocialState } from '../state.js';
import type { Account, RepoRecord } from '../types.js';
import { interactions, LIKE, REPOST } from './counts.js';
import { author } from './feed.js';
import { ok, type XrpcAnswer, type XrpcContext, xrpcError } from './xrpc.js';

function page(
  ctx: XrpcContext,
  collection: string,
): { uri: string; records: RepoRecord[]; cursor?: string } | XrpcAnswer {
  const params = ctx.url.searchParams;
  const uri = params.get('uri') ?? '';
  if (!uri.startsWith('at://')) return xrpcError(400, 'InvalidRequest', 'Error: uri must be a valid at-uri');
  const limit = Number(params.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return xrpcError(400, 'InvalidRequest', 'Error: limit must be between 1 and 100');
  const offset = Number(params.get('cursor') ?? 0);
  if (!Number.isInteger(offset) || offset < 0)
    return xrpcError(400, 'InvalidRequest', 'Error: invalid cursor');
  const all = interactions(ctx.state, collection, uri);
  const records = all.slice(offset, offset + limit);
  return offset + limit < all.length ? { uri, records, cursor: String(offset + limit) } : { uri, records };
}

function profileOf(state: SocialState, record: RepoRecord) {
  const account = state.accountById('bluesky', record.accountId) as Account;
  return { ...author(account), indexedAt: account.createdAt, createdAt: account.createdAt, labels: [] };
}

const cidOf = (ctx: XrpcContext) => {
  const cid = ctx.url.searchParams.get('cid');
  return cid ? { cid } : {};
};

export async function getLikes(ctx: XrpcContext): Promise<XrpcAnswer> {
  const found = page(ctx, LIKE);
  if ('status' in found) return found;
  const likes = found.records.map((record) => ({
    indexedAt: record.createdAt,
    createdAt: String(record.value.createdAt ?? record.createdAt),
    actor: profileOf(ctx.state, record),
  }));
  return ok({ uri: found.uri, ...cidOf(ctx), likes, ...(found.cursor ? { cursor: found.cursor } : {}) });
}

export async function getRepostedBy(ctx: XrpcContext): Promise<XrpcAnswer> {
  const found = page(ctx, REPOST);
  if ('status' in found) return found;
  const repostedBy = found.records.map((record) => profileOf(ctx.state, record));
  return ok({ uri: found.uri, ...cidOf(ctx), repostedBy, ...(found.cursor ? { cursor: found.cursor } : {}) });
}
