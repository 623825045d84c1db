// Acting as a user on a platform (for publishing and analytics): decrypts the tokens, refreshes them
// ahead of expiry or after the platform said they expired (then retries once), and marks connections
// the platform refused as revoked. A refresh holds the connection's row lock (SELECT … FOR UPDATE)
// and re-reads it: when another worker refreshed meanwhile, its tokens are used instead of spending
// a single-use refresh token twice. New tokens are committed before anyone uses them.
import type { Platform } from '@brandwright/contracts';
import {
  isPlatformError,
  type OAuthApp,
  type Session,
  type SocialClient,
  type SocialPlatform,
  type TokenSet,
} from '../../adapters/social/index.js';
import type { Db } from '../../platform/db/index.js';
import type { ConnectionRow } from './connections.repository.js';
import type { OAuthTargets } from './oauth-targets.js';
import { accountOf, type PlatformsContext } from './platforms.context.js';
import { PlatformsError } from './platforms.errors.js';
import type { ConnectionExpiredEvent, ConnectionRevokedEvent } from './platforms.events.js';
import { isRefreshable } from './platforms.presenter.js';
import type { PlainTokens } from './secrets.js';

/** Refresh when less than this is left, so a call never starts with a token about to lapse. */
export const REFRESH_AHEAD_MS = 5 * 60_000;

/** A connection row with its tokens decrypted. */
export interface Current {
  row: ConnectionRow;
  tokens: PlainTokens;
}

type RefreshOutcome =
  | { kind: 'ready'; row: ConnectionRow }
  | { kind: 'gone' }
  | { kind: 'revoked' }
  | { kind: 'failed'; error: unknown };

export type SessionWork<T> = (session: Session, client: SocialClient) => Promise<T>;

export const sessionOf = ({ row, tokens }: Current, wiring: SocialPlatform): Session => ({
  account: accountOf(row, wiring),
  accessToken: tokens.accessToken,
});

export function tokenSetOf({ row, tokens }: Current): TokenSet {
  return {
    accessToken: tokens.accessToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    ...(row.expiresAt ? { expiresAt: row.expiresAt } : {}),
    ...(row.refreshExpiresAt ? { refreshTokenExpiresAt: row.refreshExpiresAt } : {}),
    scopes: row.scopes,
  };
}

export class PlatformSessions {
  constructor(
    private readonly ctx: PlatformsContext,
    private readonly targets: OAuthTargets,
  ) {}

  /**
   * Runs `fn` with a working session. On TOKEN_EXPIRED a renewable connection is refreshed and `fn`
   * runs once more; a connection the platform refused becomes revoked (RECONNECT_REQUIRED).
   */
  async withSession<T>(userId: string, platform: Platform, fn: SessionWork<T>): Promise<T> {
    const wiring = this.ctx.platforms[platform];
    let current = await this.load(userId, platform, wiring);
    if (this.dueAhead(current.row, wiring, REFRESH_AHEAD_MS))
      current = await this.refresh(current, wiring, REFRESH_AHEAD_MS);
    try {
      return await fn(sessionOf(current, wiring), wiring.client);
    } catch (error) {
      if (!(isPlatformError(error, 'TOKEN_EXPIRED') && isRefreshable(current.row, wiring)))
        return this.failed(current.row, error);
    }
    current = await this.refresh(current, wiring, 'forced');
    try {
      return await fn(sessionOf(current, wiring), wiring.client);
    } catch (error) {
      return this.failed(current.row, error);
    }
  }

  /** Refreshes if the access token ends within `withinMs` (the periodic task's entry point). */
  async refreshIfDue(row: ConnectionRow, withinMs: number): Promise<boolean> {
    const wiring = this.ctx.platforms[row.platform];
    if (row.status !== 'active' || row.sandbox !== wiring.sandbox || !this.dueAhead(row, wiring, withinMs))
      return false;
    const tokens = this.ctx.secrets.open(row.userId, row.platform, row);
    const next = await this.refresh({ row, tokens }, wiring, withinMs);
    return next.row.version !== row.version;
  }

  private async load(userId: string, platform: Platform, wiring: SocialPlatform): Promise<Current> {
    const row = await this.ctx.connections.find(userId, platform);
    if (!row) throw new PlatformsError('NOT_CONNECTED');
    // Tokens made in the sandbox mean nothing to the real platform, and the reverse.
    if (row.status !== 'active' || row.sandbox !== wiring.sandbox)
      throw new PlatformsError('RECONNECT_REQUIRED');
    const now = this.ctx.clock().getTime();
    if (!isRefreshable(row, wiring) && row.expiresAt && row.expiresAt.getTime() <= now) {
      await this.end(row, 'expired');
      throw new PlatformsError('RECONNECT_REQUIRED');
    }
    return { row, tokens: this.ctx.secrets.open(userId, platform, row) };
  }

  private dueAhead(row: ConnectionRow, wiring: SocialPlatform, withinMs: number): boolean {
    if (!isRefreshable(row, wiring) || !row.expiresAt) return false;
    return row.expiresAt.getTime() - this.ctx.clock().getTime() < withinMs;
  }

  /**
   * Refreshes unless, once the row is locked, the token no longer ends within `within` ms. 'forced':
   * the platform refused the access token, so refresh even if it looks valid.
   */
  private async refresh(
    current: Current,
    wiring: SocialPlatform,
    within: number | 'forced',
  ): Promise<Current> {
    // Read outside the transaction: PGlite has one connection, so a query beside `tx` would wait forever.
    const app = await this.targets.optionalAppOf(wiring, current.row);
    const outcome = await this.ctx.database.transaction(async (tx): Promise<RefreshOutcome> => {
      const locked = await this.ctx.connections.lock(tx, current.row.id);
      if (locked?.status !== 'active') return { kind: 'gone' };
      // Someone refreshed (or reconnected) while we waited for the lock: use their tokens.
      if (locked.version !== current.row.version) return { kind: 'ready', row: locked };
      if (within !== 'forced' && !this.dueAhead(locked, wiring, within))
        return { kind: 'ready', row: locked };
      let next: TokenSet;
      try {
        next = await this.callRefresh(wiring, { row: locked, tokens: current.tokens }, app);
      } catch (error) {
        if (!isPlatformError(error, 'REVOKED') && !isPlatformError(error, 'INVALID_GRANT'))
          return { kind: 'failed', error };
        await this.ctx.connections.endConnection(locked.id, 'revoked', this.ctx.clock(), tx);
        return { kind: 'revoked' };
      }
      const stored = await this.storeRefreshed(tx, { row: locked, tokens: current.tokens }, next);
      return stored ? { kind: 'ready', row: stored } : { kind: 'gone' };
    });
    return this.settle(current.row, outcome);
  }

  private callRefresh(
    wiring: SocialPlatform,
    current: Current,
    app: OAuthApp | undefined,
  ): Promise<TokenSet> {
    if (!wiring.client.refresh) throw new Error(`${wiring.client.platform} cannot refresh`);
    return wiring.client.refresh(tokenSetOf(current), accountOf(current.row, wiring), app);
  }

  /** Keeps what the platform did not send again (a refresh token that does not rotate, its end). */
  private storeRefreshed(tx: Db, current: Current, next: TokenSet) {
    const { row, tokens } = current;
    const sealed = this.ctx.secrets.seal(row.userId, row.platform, {
      accessToken: next.accessToken,
      refreshToken: next.refreshToken ?? tokens.refreshToken,
    });
    return this.ctx.connections.storeRefreshed(
      tx,
      row.id,
      row.version,
      {
        ...sealed,
        expiresAt: next.expiresAt ?? null,
        refreshExpiresAt: next.refreshTokenExpiresAt ?? row.refreshExpiresAt,
        scopes: next.scopes.length > 0 ? next.scopes : row.scopes,
      },
      this.ctx.clock(),
    );
  }

  private async settle(before: ConnectionRow, outcome: RefreshOutcome): Promise<Current> {
    switch (outcome.kind) {
      case 'ready':
        return {
          row: outcome.row,
          tokens: this.ctx.secrets.open(outcome.row.userId, outcome.row.platform, outcome.row),
        };
      case 'revoked':
        await this.emitEnded(before, 'revoked');
        throw new PlatformsError('RECONNECT_REQUIRED');
      case 'gone':
        throw new PlatformsError('RECONNECT_REQUIRED');
      case 'failed':
        this.ctx.log.warn(
          {
            platform: before.platform,
            failure: isPlatformError(outcome.error) ? outcome.error.code : 'error',
          },
          'token refresh failed',
        );
        throw outcome.error;
    }
  }

  /** A refused token ends the connection (expired if its time was up, else revoked) before rethrowing. */
  private async failed(row: ConnectionRow, error: unknown): Promise<never> {
    if (isPlatformError(error, 'REVOKED')) await this.end(row, 'revoked');
    else if (isPlatformError(error, 'TOKEN_EXPIRED')) {
      const lapsed = row.expiresAt !== null && row.expiresAt.getTime() <= this.ctx.clock().getTime();
      await this.end(row, lapsed ? 'expired' : 'revoked');
    }
    throw error;
  }

  /** Ends an active connection and tells listeners, once (only the call that changed it emits). */
  async end(row: ConnectionRow, status: 'revoked' | 'expired'): Promise<boolean> {
    const changed = await this.ctx.connections.endConnection(row.id, status, this.ctx.clock());
    if (changed) await this.emitEnded(row, status);
    return changed;
  }

  private emitEnded(row: ConnectionRow, status: 'revoked' | 'expired'): Promise<void> {
    const payload = { userId: row.userId, platform: row.platform };
    return status === 'revoked'
      ? this.ctx.events.emit<ConnectionRevokedEvent>({ type: 'platform.connection.revoked', payload })
      : this.ctx.events.emit<ConnectionExpiredEvent>({ type: 'platform.connection.expired', payload });
  }
}
