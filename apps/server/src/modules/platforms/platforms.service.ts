// Use cases on a user's connections: the list (every platform, connected or not) and disconnecting,
// which deletes the tokens first and then revokes them at the platform where it can: a platform
// that fails to revoke never keeps our copy alive.
import type { Platform, PlatformConnection } from '@brandwright/contracts';
import { isPlatformError, PLATFORM_IDS, type SocialPlatform } from '../../adapters/social/index.js';
import type { ConnectionRow } from './connections.repository.js';
import type { OAuthTargets } from './oauth-targets.js';
import { type PlatformsContext, platformOf } from './platforms.context.js';
import { presentConnection } from './platforms.presenter.js';
import { sessionOf, tokenSetOf } from './sessions.js';

export class PlatformsService {
  constructor(
    private readonly ctx: PlatformsContext,
    private readonly targets: OAuthTargets,
  ) {}

  async list(userId: string): Promise<PlatformConnection[]> {
    const rows = await this.ctx.connections.list(userId);
    const now = this.ctx.clock();
    return PLATFORM_IDS.map((platform) =>
      presentConnection(
        platform,
        this.ctx.platforms[platform],
        rows.find((row) => row.platform === platform),
        now,
      ),
    );
  }

  /** Idempotent: disconnecting what is not connected succeeds too. */
  async disconnect(userId: string, name: string): Promise<void> {
    const [platform, wiring] = platformOf(this.ctx, name);
    const row = await this.ctx.connections.delete(userId, platform);
    if (row) await this.revokeQuietly(platform, wiring, row);
  }

  private async revokeQuietly(platform: Platform, wiring: SocialPlatform, row: ConnectionRow): Promise<void> {
    // Sandbox tokens mean nothing to the real platform (and the reverse): nothing to revoke there.
    if (!wiring.client.revoke || row.sandbox !== wiring.sandbox) return;
    try {
      const current = { row, tokens: this.ctx.secrets.open(row.userId, platform, row) };
      const app = await this.targets.optionalAppOf(wiring, row);
      await wiring.client.revoke(sessionOf(current, wiring), tokenSetOf(current), app);
    } catch (error) {
      this.ctx.log.warn(
        { platform, failure: isPlatformError(error) ? error.code : (error as Error).name },
        'revoking at the platform failed; the tokens are deleted here anyway',
      );
    }
  }
}
