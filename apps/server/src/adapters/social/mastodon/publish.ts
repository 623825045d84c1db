// Publishing to Mastodon: media first (POST /api/v2/media; a 202 means "still processing", polled on
// GET /api/v1/media/:id until it has a URL), then the status with an Idempotency-Key header, which
// the instance honours for an hour — a retry after a lost answer returns the first status.
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import type { MediaInput, OutgoingPost, PublishedPost, Session } from '../port.js';
import { instanceBase, type MastodonContext, mastodonCall, mastodonFetch } from './api.js';

const mediaSchema = z.object({ id: z.string(), url: z.string().nullable().optional() });
export const statusSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string(),
  content: z.string(),
  in_reply_to_id: z.string().nullable().optional(),
  replies_count: z.number().int().nonnegative(),
  reblogs_count: z.number().int().nonnegative(),
  favourites_count: z.number().int().nonnegative(),
});

export interface MediaPolling {
  /** First wait between polls; doubled after each poll up to 4 s. */
  intervalMs: number;
  /** Give up (UNAVAILABLE) when processing takes longer. */
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function baseOfSession(session: Session): string {
  if (!session.account.serverUrl)
    throw new PlatformError('mastodon', 'NOT_FOUND', 'The Mastodon account has no instance');
  return instanceBase(session.account.serverUrl);
}

/** Waits until the instance has processed the upload (206 while processing, 200 when done). */
async function awaitProcessed(ctx: MastodonContext, session: Session, id: string, polling: MediaPolling) {
  const deadline = Date.now() + polling.timeoutMs;
  let wait = polling.intervalMs;
  while (Date.now() < deadline) {
    await sleep(wait);
    const { status, body } = await mastodonFetch(ctx, {
      base: baseOfSession(session),
      path: `/api/v1/media/${encodeURIComponent(id)}`,
      token: session.accessToken,
      effect: 'read',
    });
    const media = mediaSchema.safeParse(body);
    if (status === 200 && media.success && media.data.url) return;
    wait = Math.min(wait * 2, 4000);
  }
  throw new PlatformError(
    'mastodon',
    'UNAVAILABLE',
    'The instance is still processing the media; try again later',
  );
}

/** Unattached uploads are cleaned up by the instance, so repeating one is harmless (effect: read). */
async function uploadMedia(ctx: MastodonContext, session: Session, item: MediaInput, polling: MediaPolling) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([item.bytes], { type: item.mimeType }),
    `upload.${item.mimeType.split('/')[1] ?? 'bin'}`,
  );
  if (item.altText) form.append('description', item.altText);
  const { status, body } = await mastodonFetch(ctx, {
    base: baseOfSession(session),
    path: '/api/v2/media',
    method: 'POST',
    form,
    token: session.accessToken,
    effect: 'read',
  });
  const media = mediaSchema.safeParse(body);
  if (!media.success)
    throw new PlatformError('mastodon', 'UNAVAILABLE', 'Unexpected answer to a media upload');
  if (status === 202 || !media.data.url) await awaitProcessed(ctx, session, media.data.id, polling);
  return media.data.id;
}

export async function publish(
  ctx: MastodonContext,
  session: Session,
  post: OutgoingPost,
  polling: MediaPolling,
): Promise<PublishedPost> {
  const mediaIds: string[] = [];
  for (const item of post.media ?? []) mediaIds.push(await uploadMedia(ctx, session, item, polling));
  const status = await mastodonCall(
    ctx,
    {
      base: baseOfSession(session),
      path: '/api/v1/statuses',
      method: 'POST',
      token: session.accessToken,
      headers: { 'idempotency-key': post.idempotencyKey },
      json: {
        status: post.text,
        visibility: 'public',
        ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
        ...(post.replyTo ? { in_reply_to_id: post.replyTo.parent.id } : {}),
      },
      effect: 'write',
    },
    statusSchema,
  );
  return { id: status.id, url: status.url ?? status.uri, publishedAt: new Date(status.created_at) };
}

/** A status that is already gone counts as deleted. */
export async function deleteStatus(ctx: MastodonContext, session: Session, postId: string): Promise<void> {
  try {
    await mastodonFetch(ctx, {
      base: baseOfSession(session),
      path: `/api/v1/statuses/${encodeURIComponent(postId)}`,
      method: 'DELETE',
      token: session.accessToken,
      effect: 'write',
    });
  } catch (error) {
    if (!(error instanceof PlatformError && error.code === 'NOT_FOUND')) throw error;
  }
}
