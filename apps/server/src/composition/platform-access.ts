// Joins two modules for the composition root: publishing's PlatformAccess port, filled by the
// platforms module's sessions. A missing or ended connection becomes publishing's NotConnectedError.
import type { Platform } from '@brandwright/contracts';
import type { PlatformsModule } from '../modules/platforms/index.js';
import { PlatformsError } from '../modules/platforms/index.js';
import { NotConnectedError, type PlatformAccess } from '../modules/publishing/index.js';

const DISCONNECTED = new Set(['NOT_CONNECTED', 'RECONNECT_REQUIRED']);

export function platformAccess(platforms: PlatformsModule): PlatformAccess {
  return {
    connection: (userId, platform) => platforms.activeConnection(userId, platform),
    async withSession(userId, platform: Platform, fn) {
      try {
        return await platforms.withSession(userId, platform, (session, client) => fn(client, session));
      } catch (error) {
        if (error instanceof PlatformsError && DISCONNECTED.has(error.code))
          throw new NotConnectedError(platform);
        throw error;
      }
    },
  };
}
