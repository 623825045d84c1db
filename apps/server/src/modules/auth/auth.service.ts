// Sign-up, sign-in, refresh-token rotation with reuse detection, and sign-out.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  Session,
  Tokens,
  User,
} from '@brandwright/contracts';
import type { Database, Db } from '../../platform/db/index.js';
import type { UsersService } from '../users/index.js';
import type { AccessTokens } from './access-tokens.js';
import { AuthError } from './auth.errors.js';
import type { RefreshTokenRepository } from './auth.repository.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface AuthServiceDeps {
  database: Database;
  users: UsersService;
  refreshTokens: RefreshTokenRepository;
  accessTokens: AccessTokens;
  throttle: LoginThrottle;
  refreshTtlDays: number;
}

/** Sessions always carry a refresh token; the HTTP layer decides whether it goes in a cookie or the body. */
export type IssuedSession = Session & { refreshToken: string };
export type IssuedTokens = Tokens & { refreshToken: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  async register(input: RegisterInput): Promise<IssuedSession> {
    const passwordHash = await hashPassword(input.password);
    return this.deps.database.transaction(async (tx) => {
      const user = await this.deps.users.create(tx, {
        email: input.email,
        passwordHash,
        fullName: input.fullName,
      });
      return { user, ...(await this.issue(tx, user, randomUUID())) };
    });
  }

  async login(input: LoginInput, ip: string): Promise<IssuedSession> {
    const { throttle, users } = this.deps;
    await throttle.assertAllowed(input.email, ip);
    const credentials = await users.findCredentials(input.email);
    if (!(await verifyPassword(credentials?.passwordHash, input.password)) || !credentials) {
      await throttle.recordFailure(input.email, ip);
      throw new AuthError('INVALID_CREDENTIALS');
    }
    await throttle.recordSuccess(input.email);
    const user = await users.get(credentials.id);
    return this.deps.database.transaction(async (tx) => ({
      user,
      ...(await this.issue(tx, user, randomUUID())),
    }));
  }

  /** Exchanges a refresh token for a new pair. A token used twice ends its whole family. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const { database, refreshTokens, users } = this.deps;
    const stored = await refreshTokens.findByHash(hashToken(refreshToken));
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw new AuthError('INVALID_REFRESH_TOKEN');
    }
    const user = await users.get(stored.userId);
    const issued = await database.transaction(async (tx) => {
      if (!(await refreshTokens.markRotated(tx, stored.id))) return undefined;
      return this.issue(tx, user, stored.familyId);
    });
    if (!issued) {
      // Already rotated: someone holds a copy of an old token. End the family, the newest token too.
      await refreshTokens.revokeFamily(stored.familyId);
      throw new AuthError('REFRESH_TOKEN_REUSED');
    }
    return issued;
  }

  /** Ends the session the token belongs to. Unknown tokens are ignored, so logout is always safe to retry. */
  async logout(refreshToken: string): Promise<void> {
    const stored = await this.deps.refreshTokens.findByHash(hashToken(refreshToken));
    if (stored) await this.deps.refreshTokens.revokeFamily(stored.familyId);
  }

  /**
   * Sets a new password after checking the current one, ends every session of the user and opens a
   * new one for the caller. A retry after a lost answer finds the new password already in place
   * (the "current" one no longer matches, the new one does) and succeeds the same way.
   */
  async changePassword(userId: string, input: ChangePasswordInput, ip: string): Promise<IssuedTokens> {
    const { users, throttle } = this.deps;
    const user = await users.get(userId);
    // A stolen access token must not become a way to guess the password: sign-in's throttle applies.
    await throttle.assertAllowed(user.email, ip);
    const { passwordHash } = await users.credentialsOf(userId);
    const current = await verifyPassword(passwordHash, input.currentPassword);
    if (!current && !(await verifyPassword(passwordHash, input.newPassword))) {
      await throttle.recordFailure(user.email, ip);
      throw new AuthError('WRONG_PASSWORD', undefined, {
        fields: [{ path: 'currentPassword', message: 'This is not your current password' }],
      });
    }
    if (current) await users.setPasswordHash(userId, await hashPassword(input.newPassword));
    await this.endAllSessions(userId);
    // Access tokens carry their issue time in whole seconds, and the revocation refuses every token
    // issued up to its millisecond: the caller's new token must come from the next second.
    await new Promise((resolve) => setTimeout(resolve, 1001 - (Date.now() % 1000)));
    return this.deps.database.transaction((tx) => this.issue(tx, user, randomUUID()));
  }

  /** Called when an account is deleted: its rows are gone by cascade, its access tokens end here. */
  async revokeAllAccessTokens(userId: string): Promise<void> {
    await this.deps.accessTokens.revokeAll(userId);
  }

  /** Every access token issued until now and every refresh token family of the user end here. */
  async endAllSessions(userId: string): Promise<void> {
    await this.deps.accessTokens.revokeAll(userId);
    await this.deps.refreshTokens.revokeAllOfUser(userId);
  }

  purgeStaleRefreshTokens(): Promise<number> {
    return this.deps.refreshTokens.deleteStale();
  }

  private async issue(tx: Db, user: User, familyId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.deps.refreshTtlDays * 86_400_000);
    await this.deps.refreshTokens.insert(tx, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt,
    });
    const accessToken = await this.deps.accessTokens.issue({ userId: user.id, role: user.role });
    return { accessToken, refreshToken, expiresIn: this.deps.accessTokens.ttlSeconds };
  }
}
