// Media on an emulated instance: POST /api/v2/media answers 200 with a URL for small images, or 202
// with `url: null` while "processing" (files over 256 KiB and all video). Processing finishes
// after one status check: the first GET /api/v1/media/:id answers 206, the next 200 — counted in
// checks rather than time so that tests never race the clock.

import { readMultipart } from '../responses.js';
import type { Answer, MastoContext } from './api.js';
import { actionLimit, answer, notFound, snowflake, validationFailed } from './api.js';
import { mediaView, SUPPORTED_MIME_TYPES } from './views.js';

const ASYNC_ABOVE_BYTES = 256 * 1024;
const IMAGE_LIMIT = 16_777_216;
const VIDEO_LIMIT = 103_809_024;

export async function uploadMedia(ctx: MastoContext): Promise<Answer> {
  const limited = actionLimit(ctx, 'media');
  if (limited) return limited;
  if (!(ctx.req.headers['content-type'] ?? '').startsWith('multipart/form-data'))
    return validationFailed("File can't be blank");
  const form = await readMultipart(ctx.req, ctx.url);
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0) return validationFailed("File can't be blank");
  const mimeType = file.type.split(';')[0] ?? '';
  if (!SUPPORTED_MIME_TYPES.includes(mimeType))
    return validationFailed('File content type is invalid, File is invalid');
  const video = !mimeType.startsWith('image/');
  if (file.size > (video ? VIDEO_LIMIT : IMAGE_LIMIT))
    return validationFailed(`File file size must be less than ${video ? 99 : 16} MB`);
  const description = form.get('description');
  const processing = video || file.size > ASYNC_ABOVE_BYTES;
  const media = ctx.state.addMedia({
    platform: 'mastodon',
    id: snowflake(ctx.state.now()),
    accountId: ctx.account?.id ?? '',
    mimeType,
    size: file.size,
    altText: typeof description === 'string' && description ? description.slice(0, 1500) : undefined,
    pendingChecks: processing ? 1 : undefined,
  });
  return answer(processing ? 202 : 200, mediaView(ctx, media));
}

export function getMedia(ctx: MastoContext, id: string): Answer {
  const media = ctx.state.media.find(
    (m) => m.platform === 'mastodon' && m.id === id && m.accountId === ctx.account?.id,
  );
  if (!media) return notFound();
  if (media.pendingChecks) {
    const view = mediaView(ctx, media);
    media.pendingChecks -= 1;
    if (media.pendingChecks === 0) media.readyAt = new Date(ctx.state.now()).toISOString();
    ctx.state.onChange();
    return answer(206, view);
  }
  return answer(200, mediaView(ctx, media));
}
