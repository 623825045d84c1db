// What every part of the platforms module shares: stores, the platforms' clients, the key ring,
// events and the clock. Built once in index.ts.
import type { Platform } from '@brandwright/contracts';
import {
  type AccountRef,
  currentServerUrl,
  PLATFORM_IDS,
  type SocialPlatform,
  type SocialPlatforms,
} from '../../adapters/social/index.js';
import type { FieldEncryption } from '../../platform/crypto/index.js';
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { ConnectionsRepository } from './connections.repository.js';
import type { OAuthRepository } from './oauth.repository.js';
import { PlatformsError } from './platforms.errors.js';
import type { ConnectionSecrets } from './secrets.js';

/** What the module needs from the users module: the email the sandbox handle is made from. */
export interface UserDirectory {
  get(userId: string): Promise<{ email: string }>;
}

/** Warnings the module logs (a failed revoke, a failed refresh); never given a token. */
export interface PlatformsLog {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface PlatformsContext {
  database: Database;
  connections: ConnectionsRepository;
  oauth: OAuthRepository;
  platforms: SocialPlatforms;
  encryption: FieldEncryption;
  secrets: ConnectionSecrets;
  users: UserDirectory;
  events: EventBus;
  clock: () => Date;
  log: PlatformsLog;
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

/** The platform named in a path; unknown names are 404 like any missing resource. */
export function platformOf(
  ctx: Pick<PlatformsContext, 'platforms'>,
  value: string,
): [Platform, SocialPlatform] {
  if (!isPlatform(value)) throw new PlatformsError('UNKNOWN_PLATFORM');
  return [value, ctx.platforms[value]];
}

/** A stored server URL as it must be called now (sandbox emulator URLs are re-based). */
export function serverUrlOf(stored: string | null, wiring: SocialPlatform): string | undefined {
  return stored === null ? undefined : currentServerUrl(stored, wiring);
}

export function accountOf(
  row: { accountId: string; serverUrl: string | null },
  wiring: SocialPlatform,
): AccountRef {
  const serverUrl = serverUrlOf(row.serverUrl, wiring);
  return { id: row.accountId, ...(serverUrl ? { serverUrl } : {}) };
}
