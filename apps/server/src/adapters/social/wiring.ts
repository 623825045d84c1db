// What the rest of the app gets per platform: the client, whether it talks to the sandbox emulator,
// and the facts a connection flow needs besides the client (the OAuth app, where Mastodon instances
// are). Built by factory.ts from the configuration.
import type { PlatformId, SocialClient } from './port.js';

export interface SocialPlatform {
  client: SocialClient;
  /** True when the platform is the bundled emulator, not the real one (shown as "Sandbox"). */
  sandbox: boolean;
  /** LinkedIn and X: the configured OAuth app (or the emulator's sandbox app). */
  app?: { clientId: string; clientSecret: string };
  /** Mastodon: the API base URL of the instance `host` (in the sandbox, the emulator's stand-in). */
  instanceBaseUrl?: (host: string) => string;
  /**
   * The sandbox emulator's base URL. Server URLs stored with sandbox connections (Mastodon instances,
   * the Bluesky PDS) point into the emulator, whose port may differ after a restart: they are re-based
   * onto this one when used.
   */
  sandboxUrl?: string;
}

/** A stored server URL as it must be called now (see `sandboxUrl`). */
export function currentServerUrl(stored: string, platform: SocialPlatform): string {
  if (!platform.sandboxUrl) return stored;
  const url = new URL(stored);
  const base = new URL(platform.sandboxUrl);
  url.protocol = base.protocol;
  url.host = base.host;
  return url.toString().replace(/\/+$/, '');
}

export type SocialPlatforms = Record<PlatformId, SocialPlatform>;
