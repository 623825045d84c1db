// Public surface of the platforms module: wiring, routes, sessions for other modules (publishing,
// analytics: `withSession`), the periodic upkeep, secret rotation and the domain events.
import type { SocialPlatforms } from '../../adapters/social/index.js';
import type { FieldEncryption } from '../../platform/crypto/index.js';
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import { ConnectService } from './connect.service.js';
import { ConnectionsRepository } from './connections.repository.js';
import { PlatformSecretsRotation } from './key-rotation.js';
import { ConnectionMaintenance } from './maintenance.js';
import { OAuthRepository } from './oauth.repository.js';
import { OAuthTargets } from './oauth-targets.js';
import type { PlatformsContext, PlatformsLog, UserDirectory } from './platforms.context.js';
import { PlatformsService } from './platforms.service.js';
import { ConnectionSecrets } from './secrets.js';
import { PlatformSessions, type SessionWork } from './sessions.js';

export { PlatformsError } from './platforms.errors.js';
export type {
  ConnectionConnectedEvent,
  ConnectionExpiredEvent,
  ConnectionExpiringEvent,
  ConnectionRevokedEvent,
  PlatformConnectionEvent,
} from './platforms.events.js';
export { type PlatformsRoutesOptions, platformsRoutes } from './platforms.routes.js';

export interface PlatformsModuleOptions {
  database: Database;
  platforms: SocialPlatforms;
  encryption: FieldEncryption;
  users: UserDirectory;
  events: EventBus;
  clock: () => Date;
  log: PlatformsLog;
}

export function createPlatformsModule(options: PlatformsModuleOptions) {
  const ctx: PlatformsContext = {
    ...options,
    connections: new ConnectionsRepository(options.database.db),
    oauth: new OAuthRepository(options.database.db),
    secrets: new ConnectionSecrets(options.encryption),
  };
  const targets = new OAuthTargets(ctx);
  const sessions = new PlatformSessions(ctx, targets);
  return {
    service: new PlatformsService(ctx, targets),
    connect: new ConnectService(ctx, targets),
    /** Acts as the user on a platform with fresh tokens (refreshed ahead of expiry, retried once on TOKEN_EXPIRED). */
    withSession: <T>(
      userId: string,
      platform: Parameters<PlatformSessions['withSession']>[1],
      fn: SessionWork<T>,
    ) => sessions.withSession(userId, platform, fn),
    maintenance: new ConnectionMaintenance(ctx, sessions),
    /**
     * An active connection made in the platform's current mode (sandbox tokens mean nothing live),
     * with what publishing needs to know of the account; undefined when there is none.
     */
    async activeConnection(userId: string, platform: Parameters<PlatformSessions['withSession']>[1]) {
      const row = await ctx.connections.find(userId, platform);
      if (row?.status !== 'active' || row.sandbox !== ctx.platforms[platform].sandbox) return undefined;
      return { maxPostLength: row.maxPostLength ?? undefined };
    },
    /** Usable connections (active, in the platform's current mode) by id: analytics' account sweep. */
    async activeConnections(afterId: string | undefined, limit: number) {
      const rows = await ctx.connections.activePage(afterId, limit);
      const connections = rows
        .filter((row) => row.sandbox === ctx.platforms[row.platform].sandbox)
        .map((row) => ({ id: row.id, userId: row.userId, platform: row.platform }));
      // The cursor goes by the rows read, so a page thinned by the filter does not end the walk.
      return { connections, next: rows.length === limit ? rows.at(-1)?.id : undefined };
    },
    /** The id of the user's usable connection to the platform; undefined when there is none. */
    async activeConnectionId(userId: string, platform: Parameters<PlatformSessions['withSession']>[1]) {
      const row = await ctx.connections.find(userId, platform);
      return row?.status === 'active' && row.sandbox === ctx.platforms[platform].sandbox ? row.id : undefined;
    },
  };
}
export type PlatformsModule = ReturnType<typeof createPlatformsModule>;

/** Re-encrypts the module's stored secrets under the current key (the rotate-keys command). */
export function reencryptPlatformSecrets(database: Database, encryption: FieldEncryption) {
  const db = database.db;
  return new PlatformSecretsRotation({
    connections: new ConnectionsRepository(db),
    oauth: new OAuthRepository(db),
    encryption,
  }).run();
}
