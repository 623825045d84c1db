// The Bluesky adapter: a SocialClient over the AT Protocol (app passwords, XRPC on the account's PDS).
export { type BlueskySettings, createBlueskyClient } from './client.js';
