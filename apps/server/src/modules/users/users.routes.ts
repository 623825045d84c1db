// HTTP for /users/me (the caller's own account) and /admin/users (admins only).
import {
  pageSchema,
  paginationQuerySchema,
  problemSchema,
  updateProfileSchema,
  userSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth, requireRole } from '../../platform/http/index.js';
import type { UsersService } from './users.service.js';

const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function usersRoutes(users: UsersService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/users/me',
      {
        onRequest: requireAuth,
        schema: { tags: ['users'], security, response: { 200: userSchema, ...errors } },
      },
      async (request) => users.get(principalOf(request).userId),
    );

    app.patch(
      '/users/me',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['users'],
          security,
          body: updateProfileSchema,
          response: { 200: userSchema, ...errors },
        },
      },
      async (request) => users.updateProfile(principalOf(request).userId, request.body),
    );

    app.delete(
      '/users/me',
      {
        onRequest: requireAuth,
        schema: { tags: ['users'], security, response: { 204: z.null(), ...errors } },
      },
      async (request, reply) => {
        await users.delete(principalOf(request).userId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/admin/users',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin'],
          security,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(userSchema), ...errors, 403: problemSchema },
        },
      },
      async (request) => users.list(request.query.limit, request.query.cursor),
    );
  };
}
