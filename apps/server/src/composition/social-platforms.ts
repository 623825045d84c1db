// The five platform clients: real where credentials are configured, the sandbox emulator (in this
// process, or EMULATOR_URL) for the others. Every request they make goes through the guarded fetch:
// Mastodon instances and Bluesky PDSes are hosts users name, so only public addresses are called,
// except exactly the emulator's origins, which the configuration chose and which live on loopback.
import { join } from 'node:path';
import {
  createSocialPlatforms,
  openSandbox,
  type Sandbox,
  sandboxPlatforms,
} from '../adapters/social/index.js';
import type { Config } from '../platform/config/index.js';
import { createGuardedFetch, type Resolver } from '../platform/net/index.js';

export async function openSocialPlatforms(
  config: Config,
  options: { platformFetch?: typeof fetch; resolveHost?: Resolver } = {},
) {
  const sandbox = await openSandbox({
    platforms: sandboxPlatforms(config),
    emulatorUrl: config.EMULATOR_URL,
    port: config.SANDBOX_EMULATOR_PORT ?? config.EMULATOR_PORT ?? 4010,
    stateFile: join(config.DATA_DIR, 'sandbox-platforms.json'),
    sharedProcesses: config.mode === 'scaled',
  });
  try {
    const guarded = createGuardedFetch({
      trustedOrigins: sandboxOrigins(sandbox),
      ...(options.platformFetch ? { fetch: options.platformFetch } : {}),
      ...(options.resolveHost ? { resolve: options.resolveHost } : {}),
    });
    const social = createSocialPlatforms(config, {
      ...(sandbox.vendors ? { sandbox: sandbox.vendors } : {}),
      fetch: guarded,
    });
    return { sandbox, social };
  } catch (error) {
    // Nothing else holds the emulator yet: close it so a failed start leaves no port open.
    await sandbox.emulator?.close();
    throw error;
  }
}

/** The emulator's origins, whose images (avatars, Bluesky thumbnails) the web app may show. */
export function sandboxOrigins(sandbox: Sandbox): string[] {
  if (!sandbox.url) return [];
  const vendors = Object.values(sandbox.vendors ?? {}).map((vendor) => new URL(vendor.base).origin);
  return [new URL(sandbox.url).origin, ...vendors];
}
