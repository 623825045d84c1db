// HTTP for /content: list, create, read, edit (If-Match), delete, and the version history (pages,
// diff, restore). Thin: schema in, service call, presenter out. Templates live in templates.routes.ts.
import {
  contentIdParamsSchema,
  contentListItemSchema,
  contentListQuerySchema,
  contentSchema,
  contentVersionSchema,
  createContentSchema,
  pageSchema,
  paginationQuerySchema,
  problemSchema,
  updateContentSchema,
  versionDiffQuerySchema,
  versionDiffSchema,
  versionParamsSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idempotencyHeaders,
  ifMatchHeaders,
  parseIfMatch,
  principalOf,
  requireAuth,
  withEtag,
} from '../../platform/http/index.js';
import type { ContentService } from './content.service.js';
import type { ContentVersionsService } from './content-versions.service.js';

const tags = ['content'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const editErrors = { ...errors, 409: problemSchema, 412: problemSchema };

export function contentRoutes(
  content: ContentService,
  versions: ContentVersionsService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/content',
      {
        schema: {
          tags,
          security,
          querystring: contentListQuerySchema,
          response: { 200: pageSchema(contentListItemSchema), ...errors, 503: problemSchema },
        },
      },
      async (request) => content.list(principalOf(request).userId, request.query),
    );

    app.post(
      '/content',
      {
        schema: {
          tags,
          security,
          body: createContentSchema,
          headers: idempotencyHeaders,
          response: { 201: contentSchema, ...errors },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const created = await content.create(principalOf(request).userId, request.body, key);
        return reply.code(201).send(withEtag(reply, created));
      },
    );

    app.get(
      '/content/:id',
      {
        schema: {
          tags,
          security,
          params: contentIdParamsSchema,
          response: { 200: contentSchema, ...errors },
        },
      },
      async (request, reply) =>
        withEtag(reply, await content.get(principalOf(request).userId, request.params.id)),
    );

    app.patch(
      '/content/:id',
      {
        schema: {
          tags,
          security,
          params: contentIdParamsSchema,
          body: updateContentSchema,
          headers: ifMatchHeaders,
          response: { 200: contentSchema, ...editErrors },
        },
      },
      async (request, reply) => {
        const expectedVersion = parseIfMatch(request.headers['if-match']);
        const { userId } = principalOf(request);
        return withEtag(
          reply,
          await content.update(userId, request.params.id, request.body, { expectedVersion }),
        );
      },
    );

    app.delete(
      '/content/:id',
      { schema: { tags, security, params: contentIdParamsSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await content.delete(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/content/:id/versions',
      {
        schema: {
          tags,
          security,
          params: contentIdParamsSchema,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(contentVersionSchema), ...errors },
        },
      },
      async (request) =>
        versions.list(
          principalOf(request).userId,
          request.params.id,
          request.query.limit,
          request.query.cursor,
        ),
    );

    app.get(
      '/content/:id/versions/diff',
      {
        schema: {
          tags,
          security,
          params: contentIdParamsSchema,
          querystring: versionDiffQuerySchema,
          response: { 200: versionDiffSchema, ...errors },
        },
      },
      async (request) =>
        versions.diff(principalOf(request).userId, request.params.id, request.query.from, request.query.to),
    );

    app.post(
      '/content/:id/versions/:version/restore',
      {
        schema: {
          tags,
          security,
          params: versionParamsSchema,
          headers: ifMatchHeaders,
          response: { 200: contentSchema, ...editErrors },
        },
      },
      async (request, reply) => {
        const expectedVersion = parseIfMatch(request.headers['if-match']);
        const { id, version } = request.params;
        return withEtag(
          reply,
          await content.restore(principalOf(request).userId, id, version, expectedVersion),
        );
      },
    );
  };
}
