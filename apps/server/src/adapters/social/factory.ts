// Builds the five platform clients from the configuration. A platform with real credentials (LinkedIn,
// X) or listed in LIVE_PLATFORMS (Bluesky, Mastodon, Medium, which need no app) talks to the real
// hosts; every other one goes to the sandbox emulator with its built-in app and is marked sandbox.
import type { Config } from '../../platform/config/index.js';
import { createBlueskyClient } from './bluesky/index.js';
import type { HttpSettings } from './http.js';
import { createLinkedInClient, LINKEDIN_SCOPES } from './linkedin/index.js';
import { createMastodonClient } from './mastodon/index.js';
import { createMediumClient } from './medium/index.js';
import { PLATFORM_IDS, type PlatformId } from './port.js';
import { SANDBOX_CLIENT, type SandboxVendors } from './sandbox.js';
import type { SocialPlatform, SocialPlatforms } from './wiring.js';
import { createXClient } from './x/index.js';

export type SocialConfig = Pick<
  Config,
  | 'LINKEDIN_CLIENT_ID'
  | 'LINKEDIN_CLIENT_SECRET'
  | 'LINKEDIN_AUTH_URL'
  | 'LINKEDIN_API_URL'
  | 'LINKEDIN_API_VERSION'
  | 'X_CLIENT_ID'
  | 'X_CLIENT_SECRET'
  | 'X_AUTH_URL'
  | 'X_API_URL'
  | 'MEDIUM_API_URL'
  | 'BLUESKY_SERVICE_URL'
  | 'LIVE_PLATFORMS'
  | 'PLATFORM_TIMEOUT_MS'
  | 'PUBLIC_URL'
>;

/** Shown to users on Mastodon's consent page and in their list of authorized apps. */
const CLIENT_NAME = 'Brandwright';

function oauthApp(id: string | undefined, secret: string | undefined) {
  return id && secret ? { clientId: id, clientSecret: secret } : undefined;
}

/** The platforms that run against the sandbox emulator with this configuration. */
export function sandboxPlatforms(config: SocialConfig): PlatformId[] {
  const live: Record<PlatformId, boolean> = {
    linkedin: oauthApp(config.LINKEDIN_CLIENT_ID, config.LINKEDIN_CLIENT_SECRET) !== undefined,
    x: oauthApp(config.X_CLIENT_ID, config.X_CLIENT_SECRET) !== undefined,
    medium: config.LIVE_PLATFORMS.includes('medium'),
    bluesky: config.LIVE_PLATFORMS.includes('bluesky'),
    mastodon: config.LIVE_PLATFORMS.includes('mastodon'),
  };
  return PLATFORM_IDS.filter((platform) => !live[platform]);
}

export interface SocialOptions {
  /** The emulated platforms' origins; required when any platform is in the sandbox. */
  sandbox?: SandboxVendors;
  /** Tests may count or intercept the platforms' requests. */
  fetch?: typeof fetch;
}

function liveWiring(config: SocialConfig, http: HttpSettings): SocialPlatforms {
  return {
    linkedin: {
      client: createLinkedInClient({
        authUrl: config.LINKEDIN_AUTH_URL,
        apiUrl: config.LINKEDIN_API_URL,
        apiVersion: config.LINKEDIN_API_VERSION,
        http,
      }),
      sandbox: false,
      app: oauthApp(config.LINKEDIN_CLIENT_ID, config.LINKEDIN_CLIENT_SECRET),
    },
    x: {
      client: createXClient({ authUrl: config.X_AUTH_URL, apiUrl: config.X_API_URL, http }),
      sandbox: false,
      app: oauthApp(config.X_CLIENT_ID, config.X_CLIENT_SECRET),
    },
    medium: { client: createMediumClient({ apiUrl: config.MEDIUM_API_URL, http }), sandbox: false },
    bluesky: {
      client: createBlueskyClient({ serviceUrl: config.BLUESKY_SERVICE_URL, http }),
      sandbox: false,
    },
    mastodon: {
      client: createMastodonClient({ clientName: CLIENT_NAME, website: config.PUBLIC_URL, http }),
      sandbox: false,
      instanceBaseUrl: (host) => `https://${host}`,
    },
  };
}

/** The same clients pointed at the emulator, which serves each platform on its own origin. */
function sandboxWiring(config: SocialConfig, vendors: SandboxVendors, http: HttpSettings): SocialPlatforms {
  const base = (platform: PlatformId) => vendors[platform].base.replace(/\/+$/, '');
  const sandbox = (platform: PlatformId) => ({ sandbox: true, sandboxOrigin: base(platform) });
  return {
    linkedin: {
      client: createLinkedInClient({
        authUrl: base('linkedin'),
        apiUrl: base('linkedin'),
        apiVersion: config.LINKEDIN_API_VERSION,
        http,
        // The emulated app may ask for everything, so sandbox accounts have analytics to show.
        scopes: [...LINKEDIN_SCOPES.basic, ...LINKEDIN_SCOPES.analytics],
      }),
      ...sandbox('linkedin'),
      app: SANDBOX_CLIENT,
    },
    x: {
      client: createXClient({ authUrl: base('x'), apiUrl: base('x'), http }),
      ...sandbox('x'),
      app: SANDBOX_CLIENT,
    },
    medium: { client: createMediumClient({ apiUrl: base('medium'), http }), ...sandbox('medium') },
    // Post and profile links stay in the emulator: on bsky.app the same handle is someone else.
    bluesky: {
      client: createBlueskyClient({ serviceUrl: base('bluesky'), appUrl: base('bluesky'), http }),
      ...sandbox('bluesky'),
    },
    mastodon: {
      client: createMastodonClient({
        clientName: `${CLIENT_NAME} (sandbox)`,
        website: config.PUBLIC_URL,
        http,
      }),
      ...sandbox('mastodon'),
      // One emulated instance stands in for whichever instance the user names.
      instanceBaseUrl: () => base('mastodon'),
    },
  };
}

export function createSocialPlatforms(config: SocialConfig, options: SocialOptions = {}): SocialPlatforms {
  const http: HttpSettings = {
    timeoutMs: config.PLATFORM_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const live = liveWiring(config, http);
  const inSandbox = sandboxPlatforms(config);
  if (inSandbox.length === 0) return live;
  if (!options.sandbox) throw new Error(`No sandbox emulator for ${inSandbox.join(', ')}`);
  const sandbox = sandboxWiring(config, options.sandbox, http);
  const pick = (platform: PlatformId): SocialPlatform =>
    inSandbox.includes(platform) ? sandbox[platform] : live[platform];
  return {
    linkedin: pick('linkedin'),
    x: pick('x'),
    medium: pick('medium'),
    bluesky: pick('bluesky'),
    mastodon: pick('mastodon'),
  };
}
