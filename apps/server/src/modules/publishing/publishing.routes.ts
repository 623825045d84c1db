// HTTP for publishing: publish or queue a piece, the schedule (list, get, reschedule with If-Match,
// cancel, resolve, attempts), posting slots and settings.
import {
  contentIdParamsSchema,
  pageSchema,
  postingSlotsSchema,
  problemSchema,
  publishAttemptsSchema,
  publishContentSchema,
  publishingSettingsSchema,
  queueContentSchema,
  rescheduleItemSchema,
  resolveItemSchema,
  scheduledItemSchema,
  scheduledItemsSchema,
  scheduleItemIdParamsSchema,
  scheduleQuerySchema,
  updatePublishingSettingsSchema,
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
import type { ItemAttempts } from './item-attempts.js';
import type { PublishingSettingsService } from './publishing-settings.service.js';
import type { ScheduleService } from './schedule.service.js';

const tags = ['publishing'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 409: problemSchema };

export function publishingRoutes(
  schedule: ScheduleService,
  settings: PublishingSettingsService,
  attempts: ItemAttempts,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    const scheduling = <Body extends typeof publishContentSchema | typeof queueContentSchema>(
      body: Body,
    ) => ({
      schema: {
        tags,
        security,
        params: contentIdParamsSchema,
        body,
        headers: idempotencyHeaders,
        response: { 202: scheduledItemsSchema, ...errors },
      },
    });
    app.post('/content/:id/publish', scheduling(publishContentSchema), async (request, reply) => {
      const { userId } = principalOf(request);
      const key = request.headers['idempotency-key'];
      return reply.code(202).send(await schedule.publish(userId, request.params.id, request.body, key));
    });
    app.post('/content/:id/queue', scheduling(queueContentSchema), async (request, reply) => {
      const { userId } = principalOf(request);
      const key = request.headers['idempotency-key'];
      return reply.code(202).send(await schedule.queue(userId, request.params.id, request.body, key));
    });

    app.get(
      '/schedule',
      {
        schema: {
          tags,
          security,
          querystring: scheduleQuerySchema,
          response: { 200: pageSchema(scheduledItemSchema), ...errors },
        },
      },
      async (request) => schedule.list(principalOf(request).userId, request.query),
    );

    app.get(
      '/schedule/:id',
      {
        schema: {
          tags,
          security,
          params: scheduleItemIdParamsSchema,
          response: { 200: scheduledItemSchema, ...errors },
        },
      },
      async (request, reply) =>
        withEtag(reply, await schedule.get(principalOf(request).userId, request.params.id)),
    );

    app.patch(
      '/schedule/:id',
      {
        schema: {
          tags,
          security,
          params: scheduleItemIdParamsSchema,
          body: rescheduleItemSchema,
          headers: ifMatchHeaders,
          response: { 200: scheduledItemSchema, ...errors, 412: problemSchema },
        },
      },
      async (request, reply) => {
        const expected = parseIfMatch(request.headers['if-match']);
        const item = await schedule.reschedule(
          principalOf(request).userId,
          request.params.id,
          request.body.scheduledFor,
          expected,
        );
        return withEtag(reply, item);
      },
    );

    app.delete(
      '/schedule/:id',
      {
        schema: {
          tags,
          security,
          params: scheduleItemIdParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await schedule.cancel(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/schedule/:id/resolve',
      {
        schema: {
          tags,
          security,
          params: scheduleItemIdParamsSchema,
          body: resolveItemSchema,
          response: { 200: scheduledItemSchema, ...errors },
        },
      },
      async (request, reply) =>
        withEtag(reply, await schedule.resolve(principalOf(request).userId, request.params.id, request.body)),
    );

    app.get(
      '/schedule/:id/attempts',
      {
        schema: {
          tags,
          security,
          params: scheduleItemIdParamsSchema,
          response: { 200: publishAttemptsSchema, ...errors },
        },
      },
      async (request) => attempts.list(principalOf(request).userId, request.params.id),
    );

    app.get(
      '/publishing/slots',
      { schema: { tags, security, response: { 200: postingSlotsSchema, ...errors } } },
      async (request) => settings.slots(principalOf(request).userId),
    );
    app.put(
      '/publishing/slots',
      {
        schema: {
          tags,
          security,
          body: postingSlotsSchema,
          response: { 200: postingSlotsSchema, ...errors },
        },
      },
      async (request) => settings.replaceSlots(principalOf(request).userId, request.body),
    );
    app.get(
      '/publishing/settings',
      { schema: { tags, security, response: { 200: publishingSettingsSchema, ...errors } } },
      async (request) => settings.settings(principalOf(request).userId),
    );
    app.patch(
      '/publishing/settings',
      {
        schema: {
          tags,
          security,
          body: updatePublishingSettingsSchema,
          response: { 200: publishingSettingsSchema, ...errors },
        },
      },
      async (request) => settings.update(principalOf(request).userId, request.body),
    );
  };
}
