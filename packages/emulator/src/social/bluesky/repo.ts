// The account's repository: createRecord (validated posts, client-chosen TID record keys, write
// points), deleteRecord, getRecord and uploadBlob. Creating at a record key that already holds a
// record fails the way bsky.social does today — HTTP 500 InternalServerError (atproto issue #3718;
// a named 400 error is proposed upstream) — so clients must check whether their record exists.
import { readJson } from '../../http.js';
import { readRaw } from '../responses.js';
import type { Account, EmulatedPost } from '../types.js';
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
  if (body.collection !== POST) return invalidRequest(`Collection not emulated: ${String(body.collection)}`);
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

export async function createRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const body = (await readJson(ctx.req)) as Json;
  const problem = checkRepo(ctx, body);
  if (problem) return problem;
  const rkey = body.rkey === undefined ? newTid(ctx.state.now()) : body.rkey;
  if (typeof rkey !== 'string' || !TID_PATTERN.test(rkey))
    return invalidRequest(`Invalid record key for ${POST} (must be a TID): ${String(rkey)}`);
  const refs = validatePost(ctx.state, ctx.account as Account, body.record);
  if (typeof refs === 'string') return invalidRequest(refs);
  const points = spendPoints(ctx.state, `write:${ctx.did}`, 3, WRITE_WINDOWS);
  if (points.limited) return rateLimited(points.headers);
  if (ctx.state.findPost('bluesky', postUri(ctx.account as Account, rkey)))
    return xrpcError(500, 'InternalServerError', 'Internal Server Error');
  const post = storePost(ctx, rkey, body.record as Json, refs);
  return ok(
    { uri: post.id, cid: post.extra.cid, commit: commit(ctx), validationStatus: 'valid' },
    points.headers,
  );
}

/** Deleting a record that is not there succeeds without a commit, as on the PDS. */
export async function deleteRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const body = (await readJson(ctx.req)) as Json;
  const problem = checkRepo(ctx, body);
  if (problem) return problem;
  if (typeof body.rkey !== 'string') return invalidRequest('Input must have the property "rkey"');
  const points = spendPoints(ctx.state, `write:${ctx.did}`, 1, WRITE_WINDOWS);
  if (points.limited) return rateLimited(points.headers);
  const post = ctx.state.findPost('bluesky', postUri(ctx.account as Account, body.rkey));
  if (!post) return ok({}, points.headers);
  post.deleted = true;
  ctx.state.onChange();
  return ok({ commit: commit(ctx) }, points.headers);
}

export function recordView(post: EmulatedPost) {
  return { uri: post.id, cid: post.extra.cid, value: post.extra.record };
}

export async function getRecord(ctx: XrpcContext): Promise<XrpcAnswer> {
  const params = ctx.url.searchParams;
  const repo = params.get('repo') ?? '';
  const account = accountByDidOrHandle(ctx.state, repo);
  const uri = account ? postUri(account, params.get('rkey') ?? '') : '';
  const post = params.get('collection') === POST ? ctx.state.findPost('bluesky', uri) : undefined;
  if (!post)
    return xrpcError(
      400,
      'RecordNotFound',
      `Could not locate record: at://${repo}/${params.get('collection')}/${params.get('rkey')}`,
    );
  return ok(recordView(post));
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
