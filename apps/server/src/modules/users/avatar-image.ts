// Profile photos as uploaded files: decoded by sharp (which also tells a photo from a file that
// only claims to be one), turned upright, cropped to a square around the middle and resized to
// 256 px WebP, so a phone photo of several MB becomes a few KB.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { UsersError } from './users.errors.js';

export const AVATAR_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const AVATAR_SIZE = 256;
/** Decoding limit: a small file that expands to gigapixels is refused, not decoded. */
const MAX_INPUT_PIXELS = 40_000_000;

export interface AvatarImage {
  image: Buffer;
  contentType: 'image/webp';
  etag: string;
}

export async function avatarFrom(upload: Buffer): Promise<AvatarImage> {
  try {
    const image = await sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
    const etag = createHash('sha256').update(image).digest('base64url').slice(0, 16);
    return { image, contentType: 'image/webp', etag };
  } catch {
    throw new UsersError('IMAGE_UNREADABLE', undefined, {
      fields: [{ path: 'file', message: 'Not a photo we can read: use a JPEG, PNG, WebP or GIF' }],
    });
  }
}
