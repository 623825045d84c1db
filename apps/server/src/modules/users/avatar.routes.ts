// HTTP for profile photos: PUT/DELETE /users/me/avatar (multipart, field "file") and the public
// GET /avatars/:userId the profile's URL points at. Photos are not secret (they show on posts); the
// URL carries the photo's hash, so it is cached for a year and a new photo is a new URL.

import { problemSchema, userSchema } from '@brandwright/contracts';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { AVATAR_MAX_UPLOAD_BYTES } from './avatar-image.js';
import { UsersError } from './users.errors.js';
import type { UsersService } from './users.service.js';

const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

async function readPhoto(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file')
    throw new UsersError('IMAGE_MISSING', undefined, { fields: [{ path: 'file', message: 'Required' }] });
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new UsersError('IMAGE_TOO_LARGE', undefined, {
        fields: [{ path: 'file', message: 'At most 5 MB' }],
      });
    throw error;
  }
}

export function avatarRoutes(users: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: AVATAR_MAX_UPLOAD_BYTES, files: 1, parts: 2 } });

    app.put(
      '/users/me/avatar',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['users'],
          security,
          description:
            'multipart/form-data with the photo in the field "file" (JPEG, PNG, WebP or GIF, ≤ 5 MB).',
          response: { 200: userSchema, ...errors },
        },
      },
      async (request) => users.setAvatar(principalOf(request).userId, await readPhoto(request)),
    );

    app.delete(
      '/users/me/avatar',
      {
        onRequest: requireAuth,
        schema: { tags: ['users'], security, response: { 200: userSchema, ...errors } },
      },
      async (request) => users.removeAvatar(principalOf(request).userId),
    );

    app.get(
      '/avatars/:userId',
      {
        // An image, not JSON: no response schema to serialise with.
        schema: { tags: ['users'], params: z.object({ userId: z.uuid() }) },
      },
      async (request, reply) => {
        const avatar = await users.avatar(request.params.userId);
        return reply
          .header('content-type', avatar.contentType)
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('etag', `"${avatar.etag}"`)
          .send(avatar.image);
      },
    );
  };
}
