// HTTP for /platforms: the list, connect (OAuth: 200 {authorizationUrl} plus the state cookie that
// binds the flow to this browser; Bluesky and Medium: 201 with the connection), the OAuth callback
// (no bearer token: the state says who, and only the browser holding its cookie may use it;
// redirects to the web app or answers an HTML page) and disconnect (204, also when repeated).
import {
  authorizationRedirectSchema,
  connectPlatformBodySchema,
  platformConnectionListSchema,
  platformConnectionSchema,
  platformParamsSchema,
  problemSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { callbackPage, callbackRedirect, callbackStatus } from './callback-page.js';
import type { ConnectService } from './connect.service.js';
import { STATE_TTL_MS } from './oauth-state.js';
import type { PlatformsService } from './platforms.service.js';

export interface PlatformsRoutesOptions {
  /** What the platforms send the browser back to (PUBLIC_URL or loopback); never the Host header. */
  publicBaseUrl: string;
  /** PUBLIC_URL, when set: the callback's redirect to the web app goes there. */
  publicUrl?: string;
  /** Served over https: the state cookie is Secure. */
  secureCookies: boolean;
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

/** Holds the state of the flow this browser started; sent only to that platform's callback. */
export const OAUTH_COOKIE = 'bw_oauth_state';

export function platformsRoutes(
  services: { platforms: PlatformsService; connect: ConnectService },
  options: PlatformsRoutesOptions,
): FastifyPluginAsyncZod {
  return async (app) => {
    const cookie = (platform: string) => ({
      path: `${app.prefix}/platforms/${platform}/callback`,
      httpOnly: true,
      // Lax: the platform sends the browser back with a top-level GET from its own site.
      sameSite: 'lax' as const,
      secure: options.secureCookies,
    });
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
        const { platform } = request.params;
        const body = request.body ?? {};
        const result = await services.connect.connect(userId, platform, body, options.publicBaseUrl);
        if (result.kind === 'authorize') {
          // Set on this answer, which the browser itself receives (the web app's same-origin fetch).
          reply.setCookie(OAUTH_COOKIE, result.state, { ...cookie(platform), maxAge: STATE_TTL_MS / 1000 });
          return reply.code(200).send({ authorizationUrl: result.authorizationUrl });
        }
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
        const { platform } = request.params;
        const held = request.cookies[OAUTH_COOKIE];
        const outcome = await services.connect.callback(platform, request.query, held);
        reply.header('cache-control', 'no-store');
        // The flow is over for this browser, unless its cookie belongs to another flow of its own.
        if (held !== undefined && (outcome.ok || outcome.error !== 'browser_mismatch'))
          reply.clearCookie(OAUTH_COOKIE, cookie(platform));
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
