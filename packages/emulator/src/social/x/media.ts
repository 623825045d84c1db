// Media on X v2: one-shot multipart upload of images (POST /2/media/upload, ≤ 5 MB, GIF ≤ 15 MB;
// video needs the chunked INIT/APPEND/FINALIZE flow, which this emulator refuses as Brandwright
// never sends video) and alt text (POST /2/media/metadata). The v1.1 upload host is not mirrored.
import { BadJson, readJson } from '../../http.js';
import { readMultipart } from '../responses.js';
import type { ApiContext } from './guard.js';
import { forbidden, invalidRequest, snowflake, type XReply } from './shapes.js';
import { MEDIA_LIFETIME_SECONDS } from './tweets.js';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/bmp', 'image/gif']);
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_GIF_BYTES = 15 * 1024 * 1024;
const MAX_ALT_TEXT = 1000;

async function readUpload(ctx: ApiContext): Promise<FormData | XReply> {
  if (!(ctx.req.headers['content-type'] ?? '').startsWith('multipart/form-data'))
    return invalidRequest('The request must be multipart/form-data.', 'media');
  try {
    return await readMultipart(ctx.req, ctx.url);
  } catch {
    return invalidRequest('The multipart body could not be read.', 'media');
  }
}

export async function uploadMedia(ctx: ApiContext): Promise<XReply> {
  const form = await readUpload(ctx);
  if (!(form instanceof FormData)) return form;
  const file = form.get('media');
  if (!(file instanceof Blob)) return invalidRequest('The `media` field is required.', 'media');
  const declared = form.get('media_type');
  const mimeType = (typeof declared === 'string' && declared) || file.type;
  if (!IMAGE_TYPES.has(mimeType))
    return invalidRequest(
      `Unsupported media type [${mimeType}]: use the chunked upload for video.`,
      'media_type',
    );
  const max = mimeType === 'image/gif' ? MAX_GIF_BYTES : MAX_IMAGE_BYTES;
  if (file.size > max) return invalidRequest(`File size exceeds ${max} bytes.`, 'media');
  if (file.size === 0) return invalidRequest('The media file is empty.', 'media');
  const id = snowflake(ctx.state.now());
  ctx.state.addMedia({ platform: 'x', id, accountId: ctx.account.id, mimeType, size: file.size });
  return {
    status: 200,
    body: {
      data: { id, media_key: `3_${id}`, size: file.size, expires_after_secs: MEDIA_LIFETIME_SECONDS },
    },
  };
}

export async function mediaMetadata(ctx: ApiContext): Promise<XReply> {
  let body: { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
  try {
    body = (await readJson(ctx.req)) as typeof body;
  } catch (error) {
    if (error instanceof BadJson) return invalidRequest('Request body is not valid JSON.');
    throw error;
  }
  const id = typeof body?.id === 'string' ? body.id : '';
  const text = body?.metadata?.alt_text?.text;
  if (typeof text !== 'string' || text.length > MAX_ALT_TEXT)
    return invalidRequest(`metadata.alt_text.text must be a string of at most ${MAX_ALT_TEXT} characters.`);
  const media = ctx.state.media.find((m) => m.platform === 'x' && m.id === id);
  if (!media) return invalidRequest('Your media IDs are invalid.', 'id', id);
  if (media.accountId !== ctx.account.id) return forbidden('You are not permitted to update this media.');
  media.altText = text;
  ctx.state.onChange();
  return { status: 200, body: { data: { id, associated_metadata: { alt_text: { text } } } } };
}
