// HTTP for /content/templates: the built-in library plus the user's own templates (CRUD).
import {
  contentTemplateSchema,
  createTemplateSchema,
  problemSchema,
  templateIdParamsSchema,
  updateTemplateSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyHeaders, principalOf, requireAuth } from '../../platform/http/index.js';
import type { TemplatesService } from './templates.service.js';

const tags = ['content'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export function templatesRoutes(templates: TemplatesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/content/templates',
      {
        schema: {
          tags,
          security,
          response: { 200: z.object({ items: z.array(contentTemplateSchema) }), ...errors },
        },
      },
      async (request) => ({ items: await templates.list(principalOf(request).userId) }),
    );

    app.get(
      '/content/templates/:id',
      {
        schema: {
          tags,
          security,
          params: templateIdParamsSchema,
          response: { 200: contentTemplateSchema, ...errors },
        },
      },
      async (request) => templates.get(principalOf(request).userId, request.params.id),
    );

    app.post(
      '/content/templates',
      {
        schema: {
          tags,
          security,
          body: createTemplateSchema,
          headers: idempotencyHeaders,
          response: { 201: contentTemplateSchema, ...errors },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        return reply.code(201).send(await templates.create(principalOf(request).userId, request.body, key));
      },
    );

    app.patch(
      '/content/templates/:id',
      {
        schema: {
          tags,
          security,
          params: templateIdParamsSchema,
          body: updateTemplateSchema,
          response: { 200: contentTemplateSchema, ...errors },
        },
      },
      async (request) => templates.update(principalOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/content/templates/:id',
      { schema: { tags, security, params: templateIdParamsSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await templates.delete(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
