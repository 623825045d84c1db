// What ingestion needs from the rest of the app, as ports the composition root fills: sessions on
// the user's connections (modules/platforms, which refreshes tokens), the connections themselves,
// and the items publishing has published (modules/publishing's public surface, never its tables).
import type { Platform } from '@brandwright/contracts';
import type { Session, SocialClient } from '../../adapters/social/index.js';

/** The connection is gone, revoked or expired: fetches stop until the user reconnects. */
export class AnalyticsDisconnectedError extends Error {
  constructor(readonly platform: Platform) {
    super(`${platform} needs reconnecting`);
    this.name = 'AnalyticsDisconnectedError';
  }
}

export interface AnalyticsSessions {
  /** Runs `fn` with fresh tokens; throws AnalyticsDisconnectedError when the connection is not usable. */
  withSession<T>(
    userId: string,
    platform: Platform,
    fn: (session: Session, client: SocialClient) => Promise<T>,
  ): Promise<T>;
}

export interface ActiveConnection {
  id: string;
  userId: string;
  platform: Platform;
}

export interface AnalyticsConnections {
  /** The user's usable connection to the platform; undefined when there is none. */
  active(userId: string, platform: Platform): Promise<ActiveConnection | undefined>;
  /** Usable connections of every user, by id after `afterId` (the daily account sweep). */
  activePage(
    afterId: string | undefined,
    limit: number,
  ): Promise<{ connections: ActiveConnection[]; next: string | undefined }>;
}

/** One published item as publishing reports it: a thread counts by its first part. */
export interface PublishedItem {
  itemId: string;
  userId: string;
  contentId: string;
  platform: Platform;
  postId: string;
  postUrl: string;
  publishedAt: Date;
  text: string;
}

export interface PublishedItems {
  /** Items published at or after `since`, oldest first, after the (publishedAt, id) position `after`. */
  page(
    since: Date,
    after: { publishedAt: Date; itemId: string } | undefined,
    limit: number,
  ): Promise<PublishedItem[]>;
  /** One item, undefined unless it is published. */
  find(itemId: string): Promise<PublishedItem | undefined>;
}
