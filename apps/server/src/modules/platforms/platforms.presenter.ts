// Rows → the API's platform connection view. Only account facts and token health leave the module;
// the token columns are never read here.
import {
  type ConnectedAccount,
  PLATFORM_NAMES,
  type Platform,
  type PlatformConnection,
} from '@brandwright/contracts';
import type { SocialPlatform } from '../../adapters/social/index.js';
import type { ConnectionRow } from './connections.repository.js';
import { tokenHealth } from './token-health.js';

function presentAccount(row: ConnectionRow): ConnectedAccount {
  // Only the Mastodon instance means something to the user; a PDS or emulator address does not.
  const serverUrl = row.instanceUrl;
  return {
    id: row.accountId,
    handle: row.handle,
    displayName: row.displayName,
    ...(row.avatarUrl ? { avatarUrl: row.avatarUrl } : {}),
    ...(row.profileUrl ? { profileUrl: row.profileUrl } : {}),
    ...(serverUrl ? { serverUrl } : {}),
    ...(row.maxPostLength ? { maxPostLength: row.maxPostLength } : {}),
  };
}

/** Whether the stored tokens renew themselves: a refresh token and a platform that uses it. */
export function isRefreshable(row: Pick<ConnectionRow, 'refreshToken'>, wiring: SocialPlatform): boolean {
  return wiring.client.refreshes && row.refreshToken !== null;
}

export function presentConnection(
  platform: Platform,
  wiring: SocialPlatform,
  row: ConnectionRow | undefined,
  now: Date,
): PlatformConnection {
  const base = {
    platform,
    displayName: PLATFORM_NAMES[platform],
    connectMethod: wiring.client.connectMethod,
  };
  if (!row) return { ...base, sandbox: wiring.sandbox, connected: false, scopes: [] };
  return {
    ...base,
    // The connection's own world: tokens made in the sandbox stay sandbox tokens after a config change.
    sandbox: row.sandbox,
    connected: true,
    account: presentAccount(row),
    tokenHealth: tokenHealth(
      {
        status: row.status,
        expiresAt: row.expiresAt,
        refreshable: isRefreshable(row, wiring),
        refreshExpiresAt: row.refreshExpiresAt,
      },
      now,
    ),
    scopes: row.scopes,
    connectedAt: row.connectedAt.toISOString(),
    // Analytics fetches need a usable connection: they stop with it and resume on reconnect.
    analytics: row.status === 'active' ? 'collecting' : 'stopped',
  };
}
