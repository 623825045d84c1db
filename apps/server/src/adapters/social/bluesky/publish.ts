// Publishing to Bluesky: checks the text (300 graphemes, 3,000 bytes) and images (4, 1,000,000
// bytes each) before any request, uploads blobs, builds facets, and creates the record under a key
// derived from the idempotency key. When that key is taken (today bsky.social answers 500; a named
// 400 error is proposed upstream) the record is read back: if it is there, the retry succeeded.
import { graphemeCount, PLATFORM_LIMITS } from '@brandwright/contracts';
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import type { MediaInput, OutgoingPost, PublishedPost, Session } from '../port.js';
import { type BlueskyContext, baseOf, postUrl } from './context.js';
import { buildFacets } from './facets.js';
import { parseAtUri, recordKeyFor } from './record-key.js';
import { xrpc, xrpcError, xrpcRaw } from './xrpc.js';

export const MAX_GRAPHEMES = PLATFORM_LIMITS.bluesky.limit;
export const MAX_TEXT_BYTES = 3000;
const MAX_IMAGE_BYTES = 1_000_000;
const MAX_IMAGES = 4;
const POST = 'app.bsky.feed.post';
/** Answers that may mean "a record already has this key". */
const KEY_TAKEN = /already exists|RecordAlreadyExists|InvalidSwap/i;

const blobSchema = z.object({ blob: z.object({ $type: z.literal('blob') }).loose() });
const createdSchema = z.object({ uri: z.string().startsWith('at://'), cid: z.string() });
const existingSchema = z.object({
  uri: z.string(),
  cid: z.string(),
  value: z.object({ createdAt: z.string().optional() }).loose(),
});
const resolvedSchema = z.object({ did: z.string() });

function invalid(message: string): PlatformError {
  return new PlatformError('bluesky', 'INVALID_CONTENT', message);
}

function checkPost(post: OutgoingPost): void {
  const graphemes = graphemeCount(post.text);
  if (graphemes > MAX_GRAPHEMES)
    throw invalid(`The post has ${graphemes} characters; Bluesky allows ${MAX_GRAPHEMES}`);
  if (new TextEncoder().encode(post.text).length > MAX_TEXT_BYTES)
    throw invalid(`The post is longer than Bluesky's ${MAX_TEXT_BYTES} bytes`);
  const media = post.media ?? [];
  if (media.length > MAX_IMAGES) throw invalid(`Bluesky takes at most ${MAX_IMAGES} images per post`);
  for (const item of media) {
    if (!item.mimeType.startsWith('image/')) throw invalid(`Bluesky posts take images, not ${item.mimeType}`);
    if (item.bytes.length > MAX_IMAGE_BYTES) throw invalid('Bluesky takes images of at most 1,000,000 bytes');
  }
}

/** Uploading is repeatable (blobs are content-addressed), so a timeout here is not an unknown outcome. */
async function uploadImages(ctx: BlueskyContext, session: Session, media: MediaInput[]) {
  const images = [];
  for (const item of media) {
    const uploaded = await xrpc(
      ctx.settings,
      baseOf(ctx, session),
      {
        nsid: 'com.atproto.repo.uploadBlob',
        method: 'POST',
        bytes: { data: item.bytes, mimeType: item.mimeType },
        token: session.accessToken,
        effect: 'read',
      },
      blobSchema,
    );
    images.push({ image: uploaded.blob, alt: item.altText ?? '' });
  }
  return images;
}

async function resolveHandle(
  ctx: BlueskyContext,
  session: Session,
  handle: string,
): Promise<string | undefined> {
  const result = await xrpcRaw(ctx.settings, baseOf(ctx, session), {
    nsid: 'com.atproto.identity.resolveHandle',
    method: 'GET',
    params: { handle },
    effect: 'read',
  });
  const parsed = result.ok ? resolvedSchema.safeParse(result.body) : undefined;
  return parsed?.success ? parsed.data.did : undefined;
}

function replyRef(post: OutgoingPost) {
  if (!post.replyTo) return undefined;
  const { root, parent } = post.replyTo;
  if (!root.cid || !parent.cid) throw invalid('A Bluesky reply needs the cid of the posts it answers');
  return { root: { uri: root.id, cid: root.cid }, parent: { uri: parent.id, cid: parent.cid } };
}

async function buildRecord(ctx: BlueskyContext, session: Session, post: OutgoingPost) {
  const facets = await buildFacets(post.text, (handle) => resolveHandle(ctx, session, handle));
  const images = post.media?.length ? await uploadImages(ctx, session, post.media) : [];
  return {
    $type: POST,
    text: post.text,
    createdAt: new Date().toISOString(),
    ...(facets.length > 0 ? { facets } : {}),
    ...(images.length > 0 ? { embed: { $type: 'app.bsky.embed.images', images } } : {}),
    ...(post.replyTo ? { reply: replyRef(post) } : {}),
  };
}

/** The record already stored under `rkey`, if any. */
async function existingRecord(ctx: BlueskyContext, session: Session, rkey: string) {
  const result = await xrpcRaw(ctx.settings, baseOf(ctx, session), {
    nsid: 'com.atproto.repo.getRecord',
    method: 'GET',
    params: { repo: session.account.id, collection: POST, rkey },
    token: session.accessToken,
    effect: 'read',
  });
  const parsed = result.ok ? existingSchema.safeParse(result.body) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

export async function publish(
  ctx: BlueskyContext,
  session: Session,
  post: OutgoingPost,
): Promise<PublishedPost> {
  checkPost(post);
  const record = await buildRecord(ctx, session, post);
  const rkey = recordKeyFor(post.idempotencyKey);
  const result = await xrpcRaw(ctx.settings, baseOf(ctx, session), {
    nsid: 'com.atproto.repo.createRecord',
    method: 'POST',
    input: { repo: session.account.id, collection: POST, rkey, record },
    token: session.accessToken,
    effect: 'write',
  });
  if (result.ok) {
    const created = createdSchema.safeParse(result.body);
    if (!created.success)
      throw new PlatformError('bluesky', 'UNKNOWN_OUTCOME', 'Unexpected answer from Bluesky');
    return {
      id: created.data.uri,
      cid: created.data.cid,
      url: await postUrl(ctx, session, rkey),
      publishedAt: new Date(record.createdAt),
    };
  }
  const mayBeTaken = result.status >= 500 || KEY_TAKEN.test(`${result.error} ${result.message}`);
  const existing = mayBeTaken ? await existingRecord(ctx, session, rkey).catch(() => undefined) : undefined;
  if (!existing) throw xrpcError(result, 'write');
  return {
    id: existing.uri,
    cid: existing.cid,
    url: await postUrl(ctx, session, rkey),
    publishedAt: new Date(existing.value.createdAt ?? Date.now()),
  };
}

/** Deleting a record that is already gone succeeds, as on the PDS. */
export async function deletePost(ctx: BlueskyContext, session: Session, postId: string): Promise<void> {
  const uri = parseAtUri(postId);
  if (!uri) throw new PlatformError('bluesky', 'NOT_FOUND', 'Not a Bluesky post URI');
  await xrpc(
    ctx.settings,
    baseOf(ctx, session),
    {
      nsid: 'com.atproto.repo.deleteRecord',
      method: 'POST',
      input: { repo: session.account.id, collection: uri.collection, rkey: uri.rkey },
      token: session.accessToken,
      effect: 'write',
    },
    z.unknown(),
  );
}
