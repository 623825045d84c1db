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
   * The platform's origin in the sandbox emulator. Server URLs stored with sandbox connections
   * (the Mastodon instance, the Bluesky PDS) point into the emulator, whose ports may differ after a
   * restart (and were paths under one origin before each platform had its own): they are called here.
   */
  sandboxOrigin?: string;
}

/** A stored server URL as it must be called now (see `sandboxOrigin`). */
export function currentServerUrl(stored: string, platform: SocialPlatform): string {
  return platform.sandboxOrigin ?? stored;
}

export type SocialPlatforms = Record<PlatformId, SocialPlatform>;
