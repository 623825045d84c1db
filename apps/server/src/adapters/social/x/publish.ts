// Publishing on X: images are uploaded first (POST /2/media/upload, alt text through
// /2/media/metadata), then the tweet is created (POST /2/tweets) as a reply to the thread's
// previous part where there is one. X has no idempotency key: a lost answer is UNKNOWN_OUTCOME and
// the caller reconciles through recentPosts. Deleting what is already gone succeeds.
import { z } from 'zod';
import { isPlatformError, PlatformError } from '../errors.js';
import type { MediaInput, OutgoingPost, PublishedPost, Session } from '../port.js';
import { callX, type XContext } from './api.js';

export const X_MAX_MEDIA = 4;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp']);
/** X's one-shot upload limit for images (GIFs may be larger, but Brandwright sends stills). */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const TWITTER_EPOCH_MS = 1_288_834_974_657;

const uploaded = z.object({ data: z.object({ id: z.string().min(1) }) });
const created = z.object({ data: z.object({ id: z.string().regex(/^\d+$/), text: z.string().optional() }) });
const deleted = z.object({ data: z.object({ deleted: z.boolean() }) });
const anyObject = z.object({});

/** A tweet id is a snowflake: its high bits are X's own clock at creation. */
export function snowflakeDate(id: string): Date | undefined {
  try {
    const ms = Number(BigInt(id) >> 22n) + TWITTER_EPOCH_MS;
    return ms > TWITTER_EPOCH_MS ? new Date(ms) : undefined;
  } catch {
    return undefined;
  }
}

export const tweetUrl = (ctx: XContext, id: string) => `${ctx.authUrl}/i/web/status/${id}`;

function checkMedia(media: MediaInput[]): void {
  if (media.length > X_MAX_MEDIA)
    throw new PlatformError('x', 'INVALID_CONTENT', `X allows at most ${X_MAX_MEDIA} images per post`);
  for (const item of media) {
    if (!IMAGE_TYPES.has(item.mimeType))
      throw new PlatformError(
        'x',
        'INVALID_CONTENT',
        `X does not take ${item.mimeType} in a one-shot upload`,
      );
    if (item.bytes.byteLength > MAX_IMAGE_BYTES)
      throw new PlatformError('x', 'INVALID_CONTENT', 'An image is larger than X allows (5 MB)');
  }
}

async function uploadImage(ctx: XContext, session: Session, media: MediaInput): Promise<string> {
  const form = new FormData();
  form.set('media', new Blob([new Uint8Array(media.bytes)], { type: media.mimeType }), 'image');
  form.set('media_category', 'tweet_image');
  form.set('media_type', media.mimeType);
  // An upload nobody attaches is invisible and expires in a day: retrying it is safe ('read').
  const { data } = await callX(
    ctx,
    { session, method: 'POST', path: '/2/media/upload', form, effect: 'read' },
    uploaded,
  );
  if (media.altText)
    await callX(
      ctx,
      {
        session,
        method: 'POST',
        path: '/2/media/metadata',
        json: { id: data.id, metadata: { alt_text: { text: media.altText.slice(0, 1000) } } },
        effect: 'read',
      },
      anyObject,
    );
  return data.id;
}

export async function publish(ctx: XContext, session: Session, post: OutgoingPost): Promise<PublishedPost> {
  const media = post.media ?? [];
  checkMedia(media);
  const mediaIds: string[] = [];
  for (const item of media) mediaIds.push(await uploadImage(ctx, session, item));
  const body = {
    ...(post.text ? { text: post.text } : {}),
    ...(post.replyTo ? { reply: { in_reply_to_tweet_id: post.replyTo.parent.id } } : {}),
    ...(mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
  };
  const { data } = await callX(
    ctx,
    { session, method: 'POST', path: '/2/tweets', json: body, effect: 'write' },
    created,
  );
  return { id: data.id, url: tweetUrl(ctx, data.id), publishedAt: snowflakeDate(data.id) ?? new Date() };
}

export async function deleteTweet(ctx: XContext, session: Session, postId: string): Promise<void> {
  if (!/^\d+$/.test(postId)) throw new PlatformError('x', 'NOT_FOUND', 'Not an X post id');
  try {
    // `deleted: false` and 404 both mean the tweet is not there: the goal is reached.
    await callX(ctx, { session, method: 'DELETE', path: `/2/tweets/${postId}`, effect: 'write' }, deleted);
  } catch (error) {
    if (!isPlatformError(error, 'NOT_FOUND')) throw error;
  }
}
