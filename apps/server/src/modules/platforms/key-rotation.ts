// Re-encrypts every secret of the platforms module under the current ENCRYPTION_KEY (the
// `rotate-keys` command). Idempotent: values already under the current key are left alone. Safe
// while serving: each value is swapped only if it is still the one read, and anything written
// meanwhile (a refresh, a reconnect) was encrypted under the current key anyway.
import type { FieldEncryption } from '../../platform/crypto/index.js';
import type { SecretColumns } from './connections.repository.js';
import type { MastodonAppRow, StateRow } from './oauth.repository.js';
import type { PlatformsContext } from './platforms.context.js';
import { connectionContext, mastodonAppContext, stateContext } from './secrets.js';

export interface RotationCounts {
  /** Values re-encrypted under the current key. */
  rotated: number;
  /** Values already under the current key. */
  current: number;
  /** Values no configured key opens (their key was dropped too early, or the row was tampered with). */
  unreadable: number;
}

type RowOutcome = keyof RotationCounts | 'raced';

const PAGE = 200;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

async function eachRow<R extends { id: string }>(
  page: (afterId: string) => Promise<R[]>,
  rotate: (row: R) => Promise<RowOutcome>,
): Promise<RotationCounts> {
  const counts: RotationCounts = { rotated: 0, current: 0, unreadable: 0 };
  let afterId = FIRST_ID;
  for (;;) {
    const rows = await page(afterId);
    for (const row of rows) {
      const outcome = await rotate(row);
      // A row changed meanwhile now holds values written under the current key.
      counts[outcome === 'raced' ? 'current' : outcome] += 1;
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return counts;
    afterId = last.id;
  }
}

/** The value under the current key; undefined when it already is; 'unreadable' when no key opens it. */
function rotated(
  encryption: FieldEncryption,
  value: string,
  context: string,
): string | undefined | 'unreadable' {
  try {
    return encryption.reencrypt(value, context);
  } catch {
    return 'unreadable';
  }
}

export class PlatformSecretsRotation {
  constructor(private readonly ctx: Pick<PlatformsContext, 'connections' | 'oauth' | 'encryption'>) {}

  async run(): Promise<Record<'connections' | 'oauthStates' | 'mastodonApps', RotationCounts>> {
    return {
      connections: await eachRow(
        (afterId) => this.ctx.connections.secretsAfter(afterId, PAGE),
        (row) => this.connection(row),
      ),
      oauthStates: await eachRow(
        (afterId) => this.ctx.oauth.statesAfter(afterId, PAGE),
        (row) => this.state(row),
      ),
      mastodonApps: await eachRow(
        (afterId) => this.ctx.oauth.appsAfter(afterId, PAGE),
        (row) => this.app(row),
      ),
    };
  }

  private async connection(row: SecretColumns): Promise<RowOutcome> {
    const { encryption } = this.ctx;
    const access = rotated(
      encryption,
      row.accessToken,
      connectionContext(row.userId, row.platform, 'access_token'),
    );
    const refresh =
      row.refreshToken === null
        ? undefined
        : rotated(encryption, row.refreshToken, connectionContext(row.userId, row.platform, 'refresh_token'));
    if (access === 'unreadable' || refresh === 'unreadable') return 'unreadable';
    if (access === undefined && refresh === undefined) return 'current';
    const next = { accessToken: access ?? row.accessToken, refreshToken: refresh ?? row.refreshToken };
    return (await this.ctx.connections.swapSecrets(row, next)) ? 'rotated' : 'raced';
  }

  private async state(row: StateRow): Promise<RowOutcome> {
    const context = stateContext(row.userId, row.platform, row.stateHash);
    const next = rotated(this.ctx.encryption, row.codeVerifier, context);
    if (next === undefined || next === 'unreadable') return next ?? 'current';
    return (await this.ctx.oauth.swapVerifier(row.id, row.codeVerifier, next)) ? 'rotated' : 'raced';
  }

  private async app(row: MastodonAppRow): Promise<RowOutcome> {
    if (row.clientSecret === null) return 'current';
    const next = rotated(
      this.ctx.encryption,
      row.clientSecret,
      mastodonAppContext(row.serverUrl, row.redirectUri),
    );
    if (next === undefined || next === 'unreadable') return next ?? 'current';
    return (await this.ctx.oauth.swapAppSecret(row.id, row.clientSecret, next)) ? 'rotated' : 'raced';
  }
}
