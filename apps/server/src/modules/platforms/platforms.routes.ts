// HTTP for /platforms: the list, connect (OAuth: 200 {authorizationUrl}; Bluesky and Medium: 201
// with the connection), the OAuth callback (no bearer token: the state says who; redirects to the
// web app or answers an HTML page) and disconnect (204, also when repeated).
import {
  authorizationRedirectSchema,
  connectPlatformBodySchema,
  platformConnectionListSchema,
  platformConnectionSchema,
  platformParamsSchema,
  problemSchema,
} from '@brandwright/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { callbackPage, callbackRedirect, callbackStatus } from './callback-page.js';
import type { ConnectService } from './connect.service.js';
import type { PlatformsService } from './platforms.service.js';

export interface PlatformsRoutesOptions {
  /** PUBLIC_URL: what the platforms redirect back to; else the request's own origin. */
  publicUrl?: string;
  /** The web app is served by this server: the callback then redirects to its /platforms page. */
  webApp: boolean;
}

const tags = ['platforms'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
/** A malformed parameter is treated as missing: the callback then explains, never 400s as JSON. */
const param = (max: number) => z.string().max(max).optional().catch(undefined);

const callbackQuerySchema = z.object({
  code: param(2048),
  state: param(512),
  error: param(200),
  error_description: param(1000),
});

function originOf(request: FastifyRequest, publicUrl?: string): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

export function platformsRoutes(
  services: { platforms: PlatformsService; connect: ConnectService },
  options: PlatformsRoutesOptions,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/platforms',
      {
        onRequest: requireAuth,
        schema: { tags, security, response: { 200: platformConnectionListSchema, 401: problemSchema } },
      },
      async (request) => ({ items: await services.platforms.list(principalOf(request).userId) }),
    );

    app.post(
      '/platforms/:platform/connect',
      {
        onRequest: requireAuth,
        config: { costBudget: 'connect' },
        schema: {
          tags,
          security,
          params: platformParamsSchema,
          body: connectPlatformBodySchema.optional(),
          response: {
            200: authorizationRedirectSchema,
            201: platformConnectionSchema,
            ...errors,
            409: problemSchema,
            429: problemSchema,
            503: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { userId } = principalOf(request);
        const origin = originOf(request, options.publicUrl);
        const result = await services.connect.connect(
          userId,
          request.params.platform,
          request.body ?? {},
          origin,
        );
        if (result.kind === 'authorize')
          return reply.code(200).send({ authorizationUrl: result.authorizationUrl });
        return reply.code(201).send(result.connection);
      },
    );

    app.get(
      '/platforms/:platform/callback',
      {
        // The browser arrives from the platform with no bearer token; the state names the user.
        schema: { tags, params: platformParamsSchema, querystring: callbackQuerySchema },
      },
      async (request, reply) => {
        const outcome = await services.connect.callback(request.params.platform, request.query);
        reply.header('cache-control', 'no-store');
        if (options.webApp) return reply.redirect(callbackRedirect(outcome, options.publicUrl ?? ''), 303);
        return reply
          .code(callbackStatus(outcome))
          .type('text/html; charset=utf-8')
          .send(callbackPage(outcome, options.publicUrl ?? ''));
      },
    );

    app.delete(
      '/platforms/:platform/disconnect',
      {
        onRequest: requireAuth,
        schema: { tags, security, params: platformParamsSchema, response: { 204: z.null(), ...errors } },
      },
      async (request, reply) => {
        await services.platforms.disconnect(principalOf(request).userId, request.params.platform);
        return reply.code(204).send(null);
      },
    );
  };
}
