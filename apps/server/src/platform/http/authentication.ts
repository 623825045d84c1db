// Who is calling: a global hook reads the bearer token once per request; routes opt in with
// `requireAuth` / `requireRole`. The token format belongs to the auth module (AccessTokenVerifier).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/index.js';

export interface Principal {
  userId: string;
  role: 'user' | 'admin';
}

export interface AccessTokenVerifier {
  /** Resolves the caller, or throws a DomainError of kind 'unauthenticated'. */
  verify(token: string): Promise<Principal>;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    authFailure: DomainError | null;
  }
}

const missingToken = () =>
  new DomainError(
    'unauthenticated',
    'UNAUTHENTICATED',
    'Sign in first: send an access token as "Authorization: Bearer <token>".',
  );

export function installAuthentication(app: FastifyInstance, verifier: AccessTokenVerifier): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('authFailure', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      request.authFailure = missingToken();
      return;
    }
    try {
      request.principal = await verifier.verify(match[1]);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      request.authFailure = error;
    }
  });
}

/** Route hook: 401 unless a valid access token came with the request. */
export async function requireAuth(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!request.principal) throw request.authFailure ?? missingToken();
}

/** Route hook: 401 without a token, 403 with a token of another role. */
export function requireRole(role: Principal['role']) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await requireAuth(request, reply);
    if (request.principal?.role !== role) {
      throw new DomainError('forbidden', 'FORBIDDEN', `This action needs the ${role} role.`);
    }
  };
}

/** The caller of a route guarded by requireAuth. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw missingToken();
  return request.principal;
}
