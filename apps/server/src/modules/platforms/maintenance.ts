// The periodic upkeep of connections (worker task "platform-connections"): refresh renewable tokens
// about to lapse, remind users 14, 7 and 1 days before a connection that cannot renew itself ends
// (each once, deduplicated in the row), mark ended connections expired, and purge old OAuth states.
// Safe with several workers: every change is conditional, and only the worker that made it emits.
import { isPlatformError } from '../../adapters/social/index.js';
import type { ConnectionRow } from './connections.repository.js';
import type { PlatformsContext } from './platforms.context.js';
import type { ConnectionExpiringEvent } from './platforms.events.js';
import { isRefreshable } from './platforms.presenter.js';
import type { PlatformSessions } from './sessions.js';
import { daysLeft, dueReminder, endOf, remindersCovered, type TokenFacts } from './token-health.js';

const DAY_MS = 86_400_000;
/** Refresh what lapses before the next run or two (the task runs every 5 minutes). */
const REFRESH_HORIZON_MS = 15 * 60_000;
const REMINDER_HORIZON_MS = 15 * DAY_MS;
const PAGE = 200;
/** OAuth states are kept a day after they expire, for explaining a late callback, then purged. */
const STATE_RETENTION_MS = DAY_MS;

export interface MaintenanceResult {
  refreshed: number;
  refreshFailed: number;
  reminded: number;
  expired: number;
  statesPurged: number;
}

export class ConnectionMaintenance {
  constructor(
    private readonly ctx: PlatformsContext,
    private readonly sessions: PlatformSessions,
  ) {}

  async run(): Promise<MaintenanceResult> {
    const { refreshed, refreshFailed } = await this.refreshDue();
    const { reminded, expired } = await this.remindAndExpire();
    const statesPurged = await this.ctx.oauth.purgeStates(
      new Date(this.ctx.clock().getTime() - STATE_RETENTION_MS),
    );
    return { refreshed, refreshFailed, reminded, expired, statesPurged };
  }

  private async refreshDue(): Promise<{ refreshed: number; refreshFailed: number }> {
    const before = new Date(this.ctx.clock().getTime() + REFRESH_HORIZON_MS);
    let refreshed = 0;
    let refreshFailed = 0;
    for (const row of await this.ctx.connections.dueForRefresh(before, PAGE)) {
      try {
        if (await this.sessions.refreshIfDue(row, REFRESH_HORIZON_MS)) refreshed += 1;
      } catch (error) {
        // Revoked ones are marked (and announced) by the session code; the rest retry next run.
        refreshFailed += 1;
        if (!isPlatformError(error))
          this.ctx.log.warn({ platform: row.platform }, 'scheduled refresh failed');
      }
    }
    return { refreshed, refreshFailed };
  }

  private async remindAndExpire(): Promise<{ reminded: number; expired: number }> {
    const horizon = new Date(this.ctx.clock().getTime() + REMINDER_HORIZON_MS);
    let reminded = 0;
    let expired = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.ctx.connections.endingBefore(horizon, afterId, PAGE);
      for (const row of rows) {
        const outcome = await this.check(row);
        if (outcome === 'reminded') reminded += 1;
        if (outcome === 'expired') expired += 1;
      }
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return { reminded, expired };
      afterId = last.id;
    }
  }

  private async check(row: ConnectionRow): Promise<'reminded' | 'expired' | undefined> {
    const wiring = this.ctx.platforms[row.platform];
    const facts: TokenFacts = {
      status: row.status,
      expiresAt: row.expiresAt,
      refreshable: isRefreshable(row, wiring),
      refreshExpiresAt: row.refreshExpiresAt,
    };
    const now = this.ctx.clock();
    const end = endOf(facts);
    if (end && end.getTime() <= now.getTime()) {
      return (await this.sessions.end(row, 'expired')) ? 'expired' : undefined;
    }
    const reminder = dueReminder(facts, now, row.remindersSent);
    if (reminder === undefined || !end) return undefined;
    if (!(await this.ctx.connections.markReminded(row, remindersCovered(reminder), reminder)))
      return undefined;
    await this.ctx.events.emit<ConnectionExpiringEvent>({
      type: 'platform.connection.expiring',
      payload: {
        userId: row.userId,
        platform: row.platform,
        daysLeft: daysLeft(end, now),
        expiresAt: end.toISOString(),
      },
    });
    return 'reminded';
  }
}
