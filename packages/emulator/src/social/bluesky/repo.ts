// The account's repository: createRecord (validated posts, likes and reposts, client-chosen TID
// record keys, write points), deleteRecord, getRecord, listRecords and uploadBlob. Creating at a record key that already holds a
// record fails the way bsky.social does today — HTTP 500 InternalServerError (atproto issue #3718;
// a named 400 error is proposed upstream) — so clients must check whether their record exists.
import { readJson } from '../../http.js';
import { readRaw } from '../responses.js';
import type { Account, EmulatedPost } from '../types.js';
import {
  findInteraction,
  INTERACTIONS,
  recordUri,
  removeInteraction,
  storeInteraction,
  validateInteraction,
} from './interactions.js';
import { type PostRefs, postUri, validatePost } from './record.js';
import {
  accountByDidOrHandle,
  cidOf,
  invalidRequest,
  newTid,
  ok,
  rateLimited,
  spendPoints,
  TID_PATTERN,
  type XrpcAnswer,
  type XrpcContext,
  xrpcError,
} from './xrpc.js';

const POST = 'app.bsky.feed.post';
const MAX_BLOB_BYTES = 50_000_000;
const WRITE_WINDOWS = [
  { limit: 5000, seconds: 3600 },
  { limit: 35_000, seconds: 86_400 },
];

type Json = Record<string, unknown>;

function commit(ctx: XrpcContext) {
  return { cid: cidOf(`commit:${ctx.state.now()}:${Math.random()}`, 0x71), rev: newTid(ctx.state.now()) };
}

function checkRepo(ctx: XrpcContext, body: Json): XrpcAnswer | undefined {
  const account = ctx.account as Account;
  if (body.repo !== ctx.did && body.repo !== account.handle)
    return xrpcError(401, 'AuthenticationRequired', 'Authentication Required');
  if (body.collection !== POST && !INTERACTIONS.has(String(body.collection)))
    return invalidRequest(`Collection not emulated: ${String(body.collection)}`);
  return undefined;
}

function storePost(ctx: XrpcContext, rkey: string, record: Json, refs: PostRefs) {
  const account = ctx.account as Account;
  const uri = postUri(account, rkey);
  const cid = cidOf(JSON.stringify(record), 0x71);
  return ctx.state.addPost({
    platform: 'bluesky',
    accountId: account.id,
    handle: account.handle,
    id: uri,
    url: `https://bsky.app/profile/${account.handle}/post/${rkey}`,
    text: String(record.text),
    replyToId: refs.parent,
    rootId: refs.root,
    mediaIds: refs.blobs,
    format: refs.blobs.length > 0 ? 'image' : refs.parent ? 'thread_part' : 'text',
    idempotencyKey: rkey,
    extra: { cid, rkey, record, indexedAt: new Date(ctx.state.now()).toISOString() },
  });
}

type Validated = { kind: 'post'; refs: PostRefs } | { kind: 'interaction'; subject: string };

function validateRecord(ctx: XrpcContext, collection: string, record: unknown): Validated | string {
  if (collection !== POST) {
    const checked = validateInteraction(collection, record);
    return typeof checked === 'string' ? checked : { kind: 'interaction', subject: checked.subject };
  }
  const refs = validatePost(ctx.state, ctx.account as Account, record);
  return typeof refs === 'string' ? refs : { kind: 'post', refs };
}

/** Whether the repository already holds a record at this key (a live post, a like or a repost). */
function occupied(ctx: XrpcContext, collection: string, rkey: string): boolean {
  const account = ctx.account as Account;
  if (collection === POST) return ctx.state.findPost('bluesky', postUri(account, rkey)) !== undefined;
  return findInteraction(ctx.state, recordUri(account, collection, rkey)) !== undefined;
}

function write(ctx: XrpcContext, collection: string, rkey: string, record: Json, checked: Validated) {
  if (checked.kind === 'post') {
    const post = storePost(ctx, rkey, record, checked.refs);
    return { uri: post.id, cid: post.extra.cid };
  }
  const account = ctx.account as Account;
  const stored = storeInteraction(ctx.state, account, { collection, rkey, record, subject: checked.subject });
  return { uri: stored.uri, cid: stored.cid };
}

export async function createRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const body = (await readJson(ctx.req)) as Json;
  const problem = checkRepo(ctx, body);
  if (problem) return problem;
  const collection = String(body.collection);
  const rkey = body.rkey === undefined ? newTid(ctx.state.now()) : body.rkey;
  if (typeof rkey !== 'string' || !TID_PATTERN.test(rkey))
    return invalidRequest(`Invalid record key for ${collection} (must be a TID): ${String(rkey)}`);
  const checked = validateRecord(ctx, collection, body.record);
  if (typeof checked === 'string') return invalidRequest(checked);
  const points = spendPoints(ctx.state, `write:${ctx.did}`, 3, WRITE_WINDOWS);
  if (points.limited) return rateLimited(points.headers);
  if (occupied(ctx, collection, rkey)) return xrpcError(500, 'InternalServerError', 'Internal Server Error');
  const written = write(ctx, collection, rkey, body.record as Json, checked);
  return ok({ ...written, commit: commit(ctx), validationStatus: 'valid' }, points.headers);
}

/** Deleting a record that is not there succeeds without a commit, as on the PDS. */
export async function deleteRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const body = (await readJson(ctx.req)) as Json;
  const problem = checkRepo(ctx, body);
  if (problem) return problem;
  if (typeof body.rkey !== 'string') return invalidRequest('Input must have the property "rkey"');
  const points = spendPoints(ctx.state, `write:${ctx.did}`, 1, WRITE_WINDOWS);
  if (points.limited) return rateLimited(points.headers);
  const account = ctx.account as Account;
  if (body.collection !== POST) {
    const removed = removeInteraction(ctx.state, recordUri(account, String(body.collection), body.rkey));
    return ok(removed ? { commit: commit(ctx) } : {}, points.headers);
  }
  const post = ctx.state.findPost('bluesky', postUri(account, body.rkey));
  if (!post) return ok({}, points.headers);
  post.deleted = true;
  ctx.state.onChange();
  return ok({ commit: commit(ctx) }, points.headers);
}

export function recordView(post: EmulatedPost) {
  return { uri: post.id, cid: post.extra.cid, value: post.extra.record };
}

function findRecord(ctx: XrpcContext, account: Account, collection: string, rkey: string) {
  if (collection === POST) {
    const post = ctx.state.findPost('bluesky', postUri(account, rkey));
    return post && recordView(post);
  }
  const record = INTERACTIONS.has(collection)
    ? findInteraction(ctx.state, recordUri(account, collection, rkey))
    : undefined;
  return record && { uri: record.uri, cid: record.cid, value: record.value };
}

export async function getRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const params = ctx.url.searchParams;
  const repo = params.get('repo') ?? '';
  const [collection, rkey] = [params.get('collection') ?? '', params.get('rkey') ?? ''];
  const account = accountByDidOrHandle(ctx.state, repo);
  const found = account ? findRecord(ctx, account, collection, rkey) : undefined;
  if (!found)
    return xrpcError(400, 'RecordNotFound', `Could not locate record: at://${repo}/${collection}/${rkey}`);
  return ok(found);
}

interface Listed {
  rkey: string;
  uri: string;
  cid: string;
  value: unknown;
}

function recordsOf(ctx: XrpcContext, account: Account, collection: string): Listed[] {
  if (collection === POST)
    return ctx.state.livePosts('bluesky', account.id).map((p) => ({
      rkey: String(p.extra.rkey),
      uri: p.id,
      cid: String(p.extra.cid),
      value: p.extra.record,
    }));
  return ctx.state.records
    .filter((r) => r.platform === 'bluesky' && r.accountId === account.id && r.collection === collection)
    .map(({ rkey, uri, cid, value }) => ({ rkey, uri, cid, value }));
}

/** Newest first by record key (TIDs sort by time), oldest first with reverse=true; cursor = last rkey. */
export async function listRecords(ctx: XrpcContext): Promise<XrpcAnswer> {
  const params = ctx.url.searchParams;
  const repo = params.get('repo') ?? '';
  const account = accountByDidOrHandle(ctx.state, repo);
  if (!account) return invalidRequest(`Could not find repo: ${repo}`);
  const limit = Number(params.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return invalidRequest('Error: limit must be between 1 and 100');
  const reverse = params.get('reverse') === 'true';
  const cursor = params.get('cursor');
  const sorted = recordsOf(ctx, account, params.get('collection') ?? '').sort((a, b) =>
    a.rkey < b.rkey === reverse ? -1 : 1,
  );
  const page = sorted.filter((r) => !cursor || (reverse ? r.rkey > cursor : r.rkey < cursor)).slice(0, limit);
  const last = page[page.length - 1];
  return ok({
    records: page.map(({ uri, cid, value }) => ({ uri, cid, value })),
    ...(last ? { cursor: last.rkey } : {}),
  });
}

export async function uploadBlob(ctx: XrpcContext): Promise<XrpcAnswer> {
  const declared = Number(ctx.req.headers['content-length'] ?? 0);
  if (declared > MAX_BLOB_BYTES) return xrpcError(413, 'PayloadTooLarge', 'request entity too large');
  const bytes = await readRaw(ctx.req);
  if (bytes.length > MAX_BLOB_BYTES) return xrpcError(413, 'PayloadTooLarge', 'request entity too large');
  if (bytes.length === 0) return invalidRequest('Request body is empty');
  const mimeType = String(ctx.req.headers['content-type'] ?? 'application/octet-stream').split(';')[0] ?? '';
  const cid = cidOf(bytes, 0x55);
  if (
    !ctx.state.media.some((m) => m.platform === 'bluesky' && m.id === cid && m.accountId === ctx.account?.id)
  )
    ctx.state.addMedia({
      platform: 'bluesky',
      id: cid,
      accountId: (ctx.account as Account).id,
      mimeType,
      size: bytes.length,
    });
  return ok({ blob: { $type: 'blob', ref: { $link: cid }, mimeType, size: bytes.length } });
}
