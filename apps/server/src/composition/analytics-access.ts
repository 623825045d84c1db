// Joins analytics ingestion to the modules it reads, for the composition root: sessions and
// connections from modules/platforms (an ended connection becomes AnalyticsDisconnectedError) and
// published items from modules/publishing's public surface.
import type { Platform } from '@brandwright/contracts';
import {
  type AnalyticsConnections,
  AnalyticsDisconnectedError,
  type AnalyticsSessions,
  type PublishedItems,
} from '../modules/analytics/index.js';
import { PlatformsError, type PlatformsModule } from '../modules/platforms/index.js';
import type { PublishingModule } from '../modules/publishing/index.js';

const DISCONNECTED = new Set(['NOT_CONNECTED', 'RECONNECT_REQUIRED']);

export function analyticsSessions(platforms: PlatformsModule): AnalyticsSessions {
  return {
    async withSession(userId, platform: Platform, fn) {
      try {
        return await platforms.withSession(userId, platform, fn);
      } catch (error) {
        if (error instanceof PlatformsError && DISCONNECTED.has(error.code))
          throw new AnalyticsDisconnectedError(platform);
        throw error;
      }
    },
  };
}

export function analyticsConnections(platforms: PlatformsModule): AnalyticsConnections {
  return {
    async active(userId, platform) {
      const id = await platforms.activeConnectionId(userId, platform);
      return id ? { id, userId, platform } : undefined;
    },
    activePage: (afterId, limit) => platforms.activeConnections(afterId, limit),
  };
}

export function publishedItems(publishing: PublishingModule): PublishedItems {
  return {
    page: (since, after, limit) => publishing.published(since, after, limit),
    find: (itemId) => publishing.publishedItem(itemId),
  };
}
