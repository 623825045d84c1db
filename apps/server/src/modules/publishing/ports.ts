// What publishing needs from the rest of the app, as ports the composition root fills: connected
// platform sessions (modules/platforms), the pieces being published (modules/content), the user's
// time zone (modules/users), and a clock.
import type { ContentStatus, Platform } from '@brandwright/contracts';
import type { Session, SocialClient } from '../../adapters/social/index.js';
import type { PublishablePiece } from './adaptation.js';

export interface PlatformAccess {
  /** The user's usable connection to the platform; undefined when there is none. */
  connection(userId: string, platform: Platform): Promise<ConnectedAccount | undefined>;
  /**
   * Runs `fn` with the platform's client and a live session of the user's connection (refreshing
   * an expired token and retrying once). Throws NotConnectedError when there is no connection.
   */
  withSession<T>(
    userId: string,
    platform: Platform,
    fn: (client: SocialClient, session: Session) => Promise<T>,
  ): Promise<T>;
}

export interface ConnectedAccount {
  /** Per-post length the platform reported for this account, where it differs by account (Mastodon). */
  maxPostLength?: number;
}

export class NotConnectedError extends Error {
  constructor(readonly platform: Platform) {
    super(`${platform} is not connected`);
    this.name = 'NotConnectedError';
  }
}

export interface ContentSource {
  /** undefined when the piece does not exist for this user. */
  find(
    userId: string,
    contentId: string,
  ): Promise<(PublishablePiece & { status: ContentStatus; platforms: Platform[] }) | undefined>;
  setStatus(userId: string, contentId: string, status: ContentStatus): Promise<void>;
  /** Evergreen pieces of every user, by id after `afterId`. */
  evergreenPage(
    afterId: string | undefined,
    limit: number,
  ): Promise<{ id: string; userId: string; platforms: Platform[] }[]>;
}

export interface ZoneSource {
  timezoneOf(userId: string): Promise<string>;
}
