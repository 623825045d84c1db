// HTTP for /calendar: the month view, entries (create with an optional Idempotency-Key, edit and move
// with If-Match, delete, draft through generation) and the month plan. Entries carry an ETag "v<version>".
import {
  calendarEntryIdParamsSchema,
  calendarEntrySchema,
  calendarMonthQuerySchema,
  calendarMonthViewSchema,
  calendarPlanResultSchema,
  createCalendarEntrySchema,
  planCalendarSchema,
  problemSchema,
  updateCalendarEntrySchema,
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
import type { CalendarService } from './calendar.service.js';

const tags = ['calendar'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function calendarRoutes(calendar: CalendarService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/calendar',
      {
        schema: {
          tags,
          security,
          querystring: calendarMonthQuerySchema,
          response: { 200: calendarMonthViewSchema, ...errors },
        },
      },
      async (request) => calendar.month(principalOf(request).userId, request.query.month),
    );

    app.post(
      '/calendar/entries',
      {
        schema: {
          tags,
          security,
          body: createCalendarEntrySchema,
          // A retried POST with the same key returns the entry the first one made.
          headers: idempotencyHeaders,
          response: { 201: calendarEntrySchema, ...errors },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const entry = await calendar.create(principalOf(request).userId, request.body, key);
        return reply.code(201).send(withEtag(reply, entry));
      },
    );

    app.patch(
      '/calendar/entries/:id',
      {
        schema: {
          tags,
          security,
          params: calendarEntryIdParamsSchema,
          body: updateCalendarEntrySchema,
          headers: ifMatchHeaders,
          response: { 200: calendarEntrySchema, ...errors, 412: problemSchema },
        },
      },
      async (request, reply) => {
        const expected = parseIfMatch(request.headers['if-match']);
        const { userId } = principalOf(request);
        return withEtag(reply, await calendar.update(userId, request.params.id, request.body, expected));
      },
    );

    app.delete(
      '/calendar/entries/:id',
      {
        schema: {
          tags,
          security,
          params: calendarEntryIdParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await calendar.delete(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/calendar/entries/:id/draft',
      {
        // Drafting an entry is a generation.
        config: { costBudget: 'generation' },
        schema: {
          tags,
          security,
          params: calendarEntryIdParamsSchema,
          response: { 200: calendarEntrySchema, ...errors, 409: problemSchema },
        },
      },
      // Generates a draft for the entry (once: a repeat returns the entry with the same contentId).
      async (request, reply) =>
        withEtag(reply, await calendar.draft(principalOf(request).userId, request.params.id)),
    );

    app.post(
      '/calendar/plan',
      {
        schema: {
          tags,
          security,
          body: planCalendarSchema,
          response: {
            200: calendarPlanResultSchema,
            201: calendarPlanResultSchema,
            ...errors,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { fresh, ...result } = await calendar.plan(principalOf(request).userId, request.body);
        // 201 when this call made (or remade) the plan; 200 when it returns the one already there.
        return reply.code(fresh ? 201 : 200).send(result);
      },
    );
  };
}
