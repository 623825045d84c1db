// Public surface of the auth module: wiring, routes, and the access-token verifier for the HTTP hook.
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { Kv } from '../../platform/kv/index.js';
import {
  type UserDeletedEvent,
  type UserRoleChangedEvent,
  UsersError,
  type UsersService,
} from '../users/index.js';
import { AccessTokens } from './access-tokens.js';
import { RefreshTokenRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle, type ThrottleLimits } from './login-throttle.js';

export { AuthError } from './auth.errors.js';
export { type AuthRoutesOptions, authRoutes } from './auth.routes.js';
export type { AccessTokens, AuthService };

export interface AuthModuleOptions {
  database: Database;
  kv: Kv;
  events: EventBus;
  users: UsersService;
  jwtSecret: string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  throttle: ThrottleLimits;
}

export function createAuthModule(options: AuthModuleOptions) {
  const accessTokens = new AccessTokens(options.jwtSecret, options.accessTtlSeconds, options.kv, {
    currentRole: async (userId) => {
      try {
        return (await options.users.get(userId)).role;
      } catch (error) {
        if (error instanceof UsersError) return undefined;
        throw error;
      }
    },
  });
  const service = new AuthService({
    database: options.database,
    users: options.users,
    refreshTokens: new RefreshTokenRepository(options.database.db),
    accessTokens,
    throttle: new LoginThrottle(options.kv, options.throttle),
    refreshTtlDays: options.refreshTtlDays,
  });
  options.events.on<UserDeletedEvent>('user.deleted', (event) =>
    service.revokeAllAccessTokens(event.payload.userId),
  );
  // A demoted admin keeps nothing signed in: every token was issued with the old role.
  options.events.on<UserRoleChangedEvent>('user.role-changed', async (event) => {
    if (event.payload.role === 'user') await service.endAllSessions(event.payload.userId);
  });
  return { service, accessTokens };
}
export type AuthModule = ReturnType<typeof createAuthModule>;
