// Short-lived JWT access tokens (HS256 via jose) with a jti. A user's tokens issued before a
// revocation mark in the kv (set when the account is deleted or an admin is demoted) are refused,
// and so are admin tokens of a user whose stored role is no longer admin.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AccessTokenVerifier, Principal } from '../../platform/http/index.js';
import type { Kv } from '../../platform/kv/index.js';
import { AuthError } from './auth.errors.js';

const ISSUER = 'brandwright';
const AUDIENCE = 'brandwright-api';

const revokedKey = (userId: string) => `auth:revoked-before:${userId}`;

/** The role stored now; undefined when the account is gone. */
export interface RoleLookup {
  currentRole(userId: string): Promise<Principal['role'] | undefined>;
}

export class AccessTokens implements AccessTokenVerifier {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
    private readonly kv: Kv,
    private readonly roles: RoleLookup,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(principal: Principal): Promise<string> {
    return new SignJWT({ role: principal.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.userId)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    const payload = await this.decode(token);
    const revokedBefore = await this.kv.get(revokedKey(payload.sub));
    if (revokedBefore !== null && payload.iat * 1000 <= Number(revokedBefore)) {
      throw new AuthError('INVALID_ACCESS_TOKEN');
    }
    // The kv mark may be missing (embedded mode keeps it in one process's memory), so admin rights
    // are also checked against the stored role; only admin tokens pay for the lookup.
    if (payload.role === 'admin' && (await this.roles.currentRole(payload.sub)) !== 'admin') {
      throw new AuthError('INVALID_ACCESS_TOKEN', 'Your role has changed. Sign in again.');
    }
    return { userId: payload.sub, role: payload.role };
  }

  /** Refuses every access token of the user issued until now; the mark outlives the longest token. */
  async revokeAll(userId: string): Promise<void> {
    await this.kv.set(revokedKey(userId), String(Date.now()), (this.ttlSeconds + 60) * 1000);
  }

  private async decode(token: string) {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const role = payload.role;
      if (!payload.sub || typeof payload.iat !== 'number' || (role !== 'user' && role !== 'admin')) {
        throw new AuthError('INVALID_ACCESS_TOKEN');
      }
      return { sub: payload.sub, iat: payload.iat, role } as const;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JOSEError) {
        const expired = error instanceof errors.JWTExpired;
        throw new AuthError(
          'INVALID_ACCESS_TOKEN',
          expired ? 'The access token has expired. Refresh it.' : undefined,
        );
      }
      throw error;
    }
  }
}
