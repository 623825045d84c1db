// HTTP for /auth. API clients get the refresh token in the JSON body; the web app (header
// x-auth-transport: cookie) gets it as an httpOnly SameSite=Strict cookie instead and never sees it.
import {
  AUTH_TRANSPORT_HEADER,
  changePasswordSchema,
  loginSchema,
  problemSchema,
  REFRESH_COOKIE,
  refreshSchema,
  registerSchema,
  sessionSchema,
  tokensSchema,
} from '@brandwright/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../platform/errors/index.js';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { AuthError } from './auth.errors.js';
import type { AuthService, IssuedTokens } from './auth.service.js';

export interface AuthRoutesOptions {
  refreshTtlDays: number;
  secureCookies: boolean;
}

const COOKIE_PATH = '/api/v1/auth';
const errors = { 400: problemSchema, 401: problemSchema, 429: problemSchema };

const usesCookie = (request: FastifyRequest) => request.headers[AUTH_TRANSPORT_HEADER] === 'cookie';

export function authRoutes(auth: AuthService, options: AuthRoutesOptions): FastifyPluginAsyncZod {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.secureCookies,
    path: COOKIE_PATH,
    maxAge: options.refreshTtlDays * 86_400,
  };

  /** Puts the refresh token where this client keeps it. */
  function deliver<T extends IssuedTokens>(request: FastifyRequest, reply: FastifyReply, issued: T) {
    if (!usesCookie(request)) return issued;
    reply.setCookie(REFRESH_COOKIE, issued.refreshToken, cookieOptions);
    const { refreshToken: _kept, ...rest } = issued;
    return rest;
  }

  function presentedToken(request: FastifyRequest, body: { refreshToken?: string }): string {
    const token = body.refreshToken ?? (usesCookie(request) ? request.cookies[REFRESH_COOKIE] : undefined);
    if (token) return token;
    if (usesCookie(request)) throw new AuthError('INVALID_REFRESH_TOKEN');
    throw new DomainError('invalid', 'VALIDATION_FAILED', 'The request body is invalid.', {
      fields: [{ path: 'refreshToken', message: 'Required' }],
    });
  }

  return async (app) => {
    app.post(
      '/auth/register',
      {
        schema: {
          tags: ['auth'],
          body: registerSchema,
          response: { 201: sessionSchema, ...errors, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(deliver(request, reply, await auth.register(request.body))),
    );

    app.post(
      '/auth/password',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['auth'],
          security: [{ bearerAuth: [] }],
          body: changePasswordSchema,
          response: { 200: tokensSchema, ...errors },
        },
      },
      async (request, reply) =>
        deliver(
          request,
          reply,
          await auth.changePassword(principalOf(request).userId, request.body, request.ip),
        ),
    );

    app.post(
      '/auth/login',
      { schema: { tags: ['auth'], body: loginSchema, response: { 200: sessionSchema, ...errors } } },
      async (request, reply) => deliver(request, reply, await auth.login(request.body, request.ip)),
    );

    app.post(
      '/auth/refresh',
      { schema: { tags: ['auth'], body: refreshSchema, response: { 200: tokensSchema, ...errors } } },
      async (request, reply) => {
        try {
          return deliver(request, reply, await auth.refresh(presentedToken(request, request.body)));
        } catch (error) {
          if (usesCookie(request) && error instanceof AuthError)
            reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
          throw error;
        }
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], body: refreshSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        try {
          await auth.logout(presentedToken(request, request.body));
        } catch (error) {
          // A missing cookie means there is no session left to end: logout stays idempotent.
          if (!(error instanceof AuthError)) throw error;
        }
        if (usesCookie(request)) reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
        return reply.code(204).send(null);
      },
    );
  };
}
