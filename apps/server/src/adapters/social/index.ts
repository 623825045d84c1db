// Public surface of the social adapters: the port, PlatformError, the thread helper and the factory.
// Modules import only from here.
export { type BlueskySettings, createBlueskyClient } from './bluesky/index.js';
export { isPlatformError, PLATFORM_ERROR_CODES, PlatformError, type PlatformErrorCode } from './errors.js';
export {
  createSocialPlatforms,
  type SocialConfig,
  type SocialOptions,
  sandboxPlatforms,
} from './factory.js';
export { createLinkedInClient, LINKEDIN_SCOPES, type LinkedInSettings } from './linkedin/index.js';
export { createMastodonClient, type MastodonSettings } from './mastodon/index.js';
export { createMediumClient, type MediumSettings } from './medium/index.js';
export * from './port.js';
export {
  discoverVendors,
  openSandbox,
  type Sandbox,
  type SandboxEmulator,
  type SandboxVendors,
  startSandboxEmulator,
} from './sandbox.js';
export { type ThreadPart, threadPost } from './thread.js';
export { currentServerUrl, type SocialPlatform, type SocialPlatforms } from './wiring.js';
export { createXClient, X_LIMITS, X_SCOPES } from './x/index.js';
