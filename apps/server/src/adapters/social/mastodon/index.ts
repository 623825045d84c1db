// The Mastodon adapter: a SocialClient for any Mastodon instance (per-instance apps, OAuth with PKCE).
export { createMastodonClient, type MastodonSettings } from './client.js';
