// Which OAuth app a flow uses: the configured one (LinkedIn, X; the emulator's sandbox app in the
// sandbox) or the app registered once per Mastodon instance and redirect URI, cached with its secret
// encrypted in mastodon_apps.
import type { OAuthApp, SocialPlatform } from '../../adapters/social/index.js';
import { normaliseInstance } from './instance-url.js';
import type { MastodonAppRow } from './oauth.repository.js';
import { instanceFailure } from './platform-failures.js';
import type { PlatformsContext } from './platforms.context.js';
import { PlatformsError } from './platforms.errors.js';
import { mastodonAppContext } from './secrets.js';

export interface OAuthTarget {
  app: OAuthApp;
  /** Mastodon: the instance's API base URL, and the instance as the user named it. */
  serverUrl?: string;
  instanceUrl?: string;
  appId?: string;
}

/** Where a stored flow or connection points: its app (if registered) and redirect URI. */
interface AppReference {
  oauthAppId: string | null;
  redirectUri: string | null;
}

export class OAuthTargets {
  constructor(private readonly ctx: Pick<PlatformsContext, 'oauth' | 'encryption'>) {}

  configured(wiring: SocialPlatform, redirectUri: string): OAuthTarget {
    if (!wiring.app) throw new Error(`${wiring.client.platform} has no OAuth app configured`);
    return { app: { ...wiring.app, redirectUri } };
  }

  async mastodon(wiring: SocialPlatform, input: string, redirectUri: string): Promise<OAuthTarget> {
    const instance = normaliseInstance(input, { live: !wiring.sandbox });
    if (!instance.ok)
      throw new PlatformsError('INVALID_INSTANCE', instance.message, {
        fields: [{ path: 'instanceUrl', message: instance.message }],
      });
    if (!wiring.instanceBaseUrl) throw new Error('Mastodon has no instance mapping');
    const serverUrl = wiring.instanceBaseUrl(instance.host);
    const row = await this.registeredApp(wiring, serverUrl, redirectUri);
    return { app: this.open(row), serverUrl, instanceUrl: instance.instanceUrl, appId: row.id };
  }

  /** The app a stored authorization or connection belongs to. */
  async appOf(wiring: SocialPlatform, ref: AppReference): Promise<OAuthApp> {
    if (ref.oauthAppId) {
      const row = await this.ctx.oauth.findAppById(ref.oauthAppId);
      if (!row) throw new PlatformsError('RECONNECT_REQUIRED');
      return this.open(row);
    }
    return this.configured(wiring, ref.redirectUri ?? '').app;
  }

  /** Like appOf, but undefined where the platform has no app (Bluesky, Medium) or it is gone. */
  async optionalAppOf(wiring: SocialPlatform, ref: AppReference): Promise<OAuthApp | undefined> {
    if (ref.oauthAppId) {
      const row = await this.ctx.oauth.findAppById(ref.oauthAppId);
      return row ? this.open(row) : undefined;
    }
    return wiring.app ? { ...wiring.app, redirectUri: ref.redirectUri ?? '' } : undefined;
  }

  private async registeredApp(wiring: SocialPlatform, serverUrl: string, redirectUri: string) {
    const cached = await this.ctx.oauth.findApp(serverUrl, redirectUri);
    if (cached) return cached;
    if (!wiring.client.registerApp) throw new Error('This platform registers no apps');
    let app: OAuthApp;
    try {
      app = await wiring.client.registerApp(serverUrl, redirectUri);
    } catch (error) {
      throw instanceFailure(error);
    }
    const context = mastodonAppContext(serverUrl, redirectUri);
    return this.ctx.oauth.saveApp({
      serverUrl,
      redirectUri,
      clientId: app.clientId,
      clientSecret: app.clientSecret ? this.ctx.encryption.encrypt(app.clientSecret, context) : null,
    });
  }

  private open(row: MastodonAppRow): OAuthApp {
    const context = mastodonAppContext(row.serverUrl, row.redirectUri);
    return {
      clientId: row.clientId,
      ...(row.clientSecret ? { clientSecret: this.ctx.encryption.decrypt(row.clientSecret, context) } : {}),
      redirectUri: row.redirectUri,
    };
  }
}
