// LinkedIn's Images API: initializeUpload hands out an upload URL and an image URN, the client PUTs
// the raw bytes there, then a post refers to the URN (content.media, or content.multiImage for 2–20).
import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readRaw } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Media } from '../types.js';
import { accessDenied, badRequest, inputError, notFound, type Reply, reply, schemaError } from './errors.js';
import type { Caller } from './gate.js';

const UPLOAD_URL_TTL_MS = 24 * 3600 * 1000;
const MAX_IMAGE_BYTES = 36 * 1024 * 1024;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const imageKey = () =>
  `D4E10AQ${Array.from({ length: 14 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('')}`;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object body, or LinkedIn's answer to one it cannot parse. */
export async function readBody(
  req: IncomingMessage,
): Promise<{ body: Record<string, unknown> } | { error: Reply }> {
  const text = (await readRaw(req)).toString('utf8');
  try {
    const body = JSON.parse(text) as unknown;
    if (isRecord(body)) return { body };
  } catch {
    // answered below
  }
  return { error: badRequest('Unable to parse the request body as a JSON object') };
}

function referencedIds(content: Record<string, unknown>): string[] | Reply {
  if (isRecord(content.media)) return [String(content.media.id)];
  const images = isRecord(content.multiImage) ? content.multiImage.images : undefined;
  if (!Array.isArray(images)) return schemaError('content', 'only media and multiImage content are emulated');
  if (images.length < 2 || images.length > 20)
    return inputError('INVALID_MULTI_IMAGE', 'A multi-image post needs 2 to 20 images', 'Invalid multiImage');
  return images.map((image) => String(isRecord(image) ? image.id : ''));
}

/** The image URNs a post's `content` uses, each uploaded by this member; or why not. */
export function usableMedia(state: SocialState, caller: Caller, content: unknown): string[] | Reply {
  if (content === undefined) return [];
  if (!isRecord(content)) return schemaError('content', 'data type is not a record');
  const ids = referencedIds(content);
  if (!Array.isArray(ids)) return ids;
  for (const id of ids) {
    const media = state.media.find((m) => m.platform === 'linkedin' && m.id === id);
    if (!media || media.accountId !== caller.account.id)
      return inputError(
        'INVALID_MEDIA',
        `Media ${id} does not exist`,
        `Invalid media ${id}`,
        '/content/media/id',
      );
    if (media.size === 0)
      return inputError(
        'MEDIA_NOT_READY',
        `Media ${id} has not been uploaded`,
        `Media ${id} is not AVAILABLE`,
        '/content/media/id',
      );
  }
  return ids;
}

/** POST /rest/images?action=initializeUpload */
export async function initializeUpload(
  state: SocialState,
  req: IncomingMessage,
  caller: Caller,
): Promise<Reply> {
  const read = await readBody(req);
  if ('error' in read) return read.error;
  const request = read.body.initializeUploadRequest;
  if (!isRecord(request) || typeof request.owner !== 'string')
    return schemaError(
      'initializeUploadRequest/owner',
      'field is required but not found and has no default value',
    );
  if (request.owner !== caller.urn) return accessDenied('partnerApiImages.ACTION-initializeUpload');
  const key = imageKey();
  const media = state.addMedia({
    platform: 'linkedin',
    id: `urn:li:image:${key}`,
    accountId: caller.account.id,
    mimeType: '',
    size: 0,
  });
  return reply(200, {
    value: {
      uploadUrlExpiresAt: Date.parse(media.createdAt) + UPLOAD_URL_TTL_MS,
      uploadUrl: `${state.origin('linkedin')}/dms-uploads/sp/v2/${key}/uploaded-image/0?ca=vector_feedshare&cn=uploads&sync=0&v=beta`,
      image: media.id,
    },
  });
}

/** PUT to the upload URL: raw bytes, with the owner's bearer token. */
export async function upload(
  state: SocialState,
  req: IncomingMessage,
  key: string,
  caller: Caller,
): Promise<Reply> {
  const media: Media | undefined = state.media.find(
    (m) => m.platform === 'linkedin' && m.id === `urn:li:image:${key}`,
  );
  if (!media || Date.parse(media.createdAt) + UPLOAD_URL_TTL_MS < state.now())
    return notFound('Upload URL is unknown or expired');
  if (media.accountId !== caller.account.id) return accessDenied('dmsUploads.PUT');
  const bytes = await readRaw(req);
  if (bytes.length === 0 || bytes.length > MAX_IMAGE_BYTES)
    return badRequest(`Image must be 1 byte to ${MAX_IMAGE_BYTES} bytes`);
  media.size = bytes.length;
  media.mimeType = String(req.headers['content-type'] ?? 'application/octet-stream');
  state.onChange();
  return reply(201);
}
