// Platform connections: each platform's connection as the API presents it (account, sandbox or real,
// token health, scopes), the bodies that connect one, and the errors the OAuth callback reports.
import { z } from 'zod';
import { platformSchema } from './brand.js';

/** How a platform is connected: OAuth redirect, OAuth on a chosen instance, or a secret typed in. */
export const connectMethodSchema = z.enum(['oauth', 'instance_oauth', 'app_password', 'integration_token']);
export type ConnectMethod = z.infer<typeof connectMethodSchema>;

export const tokenHealthStatusSchema = z.enum(['healthy', 'expiring', 'expired', 'revoked']);
export type TokenHealthStatus = z.infer<typeof tokenHealthStatusSchema>;

export const tokenHealthSchema = z.object({
  status: tokenHealthStatusSchema,
  /** When the connection stops working without the user: the access token's expiry, or the refresh token's when it renews itself. */
  expiresAt: z.string().optional(),
  /** Whole days until `expiresAt` (rounded up); present when the user will have to reconnect. */
  daysLeft: z.number().int().optional(),
  /** Whether the access token renews itself without the user. */
  refreshable: z.boolean(),
});
export type TokenHealth = z.infer<typeof tokenHealthSchema>;

export const connectedAccountSchema = z.object({
  /** The platform's own id of the account. */
  id: z.string(),
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().optional(),
  profileUrl: z.string().optional(),
  /** The Mastodon instance the account lives on. */
  serverUrl: z.string().optional(),
  /**
   * The account's per-post length as its platform reported it when connected (Mastodon instances
   * set their own; 500 by default). Long posts are split into threads at this length.
   */
  maxPostLength: z.number().int().positive().optional(),
});
export type ConnectedAccount = z.infer<typeof connectedAccountSchema>;

export const platformConnectionSchema = z.object({
  platform: platformSchema,
  displayName: z.string(),
  connectMethod: connectMethodSchema,
  /** True when this platform goes to the bundled emulator (no real credentials configured). */
  sandbox: z.boolean(),
  connected: z.boolean(),
  account: connectedAccountSchema.optional(),
  /** Present when connected. */
  tokenHealth: tokenHealthSchema.optional(),
  scopes: z.array(z.string()),
  connectedAt: z.string().optional(),
  /** Present when connected: 'stopped' once the connection is revoked or expired, until a reconnect. */
  analytics: z.enum(['collecting', 'stopped']).optional(),
});
export type PlatformConnection = z.infer<typeof platformConnectionSchema>;

export const platformConnectionListSchema = z.object({ items: z.array(platformConnectionSchema) });
export type PlatformConnectionList = z.infer<typeof platformConnectionListSchema>;

/** Unknown platforms are a 404, so the path takes any short word and the server decides. */
export const platformParamsSchema = z.object({ platform: z.string().min(1).max(40) });

export const mastodonConnectSchema = z
  .object({
    /** The instance's address, such as mastodon.social or https://hachyderm.io. */
    instanceUrl: z.string().trim().min(1, 'Enter your Mastodon instance').max(300),
  })
  .strict();
export type MastodonConnect = z.infer<typeof mastodonConnectSchema>;

/** Bluesky app passwords look like abcd-efgh-ijkl-mnop; refusing anything else keeps main passwords out. */
export const APP_PASSWORD_PATTERN = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i;

export const blueskyConnectSchema = z
  .object({
    handle: z
      .string()
      .trim()
      .transform((h) => h.replace(/^@/, ''))
      .pipe(
        z
          .string()
          .min(3, 'Enter your Bluesky handle, such as alice.bsky.social')
          .max(253)
          .regex(
            /^[A-Za-z0-9.-]+$/,
            'A handle has letters, digits, dots and hyphens, such as alice.bsky.social',
          ),
      ),
    appPassword: z
      .string()
      .trim()
      .regex(
        APP_PASSWORD_PATTERN,
        'Use an app password (Bluesky settings → App passwords), like abcd-efgh-ijkl-mnop',
      ),
  })
  .strict();
export type BlueskyConnect = z.infer<typeof blueskyConnectSchema>;

export const mediumConnectSchema = z
  .object({
    integrationToken: z
      .string()
      .trim()
      .min(8, 'Paste the integration token from your Medium settings')
      .max(500)
      .regex(/^\S+$/, 'An integration token has no spaces'),
  })
  .strict();
export type MediumConnect = z.infer<typeof mediumConnectSchema>;

/** LinkedIn and X: no body (or an empty one); the answer is where to send the browser. */
export const oauthConnectSchema = z.object({}).strict();

/** What POST /platforms/:platform/connect accepts; each platform checks its own fields. */
export const connectPlatformBodySchema = z
  .object({
    instanceUrl: z.string().optional(),
    handle: z.string().optional(),
    appPassword: z.string().optional(),
    integrationToken: z.string().optional(),
  })
  .strict();
export type ConnectPlatformBody = z.infer<typeof connectPlatformBodySchema>;

/** 200 for OAuth platforms: open this URL in the browser to give consent. */
export const authorizationRedirectSchema = z.object({ authorizationUrl: z.string().url() });
export type AuthorizationRedirect = z.infer<typeof authorizationRedirectSchema>;

/** Why a callback did not connect the platform (`/platforms?platform=…&error=<code>`). */
export const callbackErrorCodeSchema = z.enum([
  'access_denied',
  'invalid_request',
  'invalid_state',
  'state_expired',
  'state_used',
  'platform_mismatch',
  'browser_mismatch',
  'exchange_failed',
  'platform_unavailable',
]);
export type CallbackErrorCode = z.infer<typeof callbackErrorCodeSchema>;

/** One sentence per callback error, shown by the web app and by the server's own callback page. */
export const CALLBACK_ERROR_MESSAGES: Record<CallbackErrorCode, string> = {
  access_denied: 'You cancelled the authorization, so nothing was connected.',
  invalid_request: 'The platform sent back an incomplete answer. Start the connection again.',
  invalid_state:
    'This sign-in link is not one we started for you. Start the connection again from the Platforms page.',
  state_expired: 'The sign-in took longer than 10 minutes and expired. Start the connection again.',
  state_used: 'This sign-in link was already used. Start the connection again if it is not connected.',
  platform_mismatch: 'The answer came back for a different platform than the one you started. Try again.',
  browser_mismatch:
    'This sign-in was not started in this browser (or Brandwright was opened at another address), so nothing was connected. Start the connection again from the Platforms page here.',
  exchange_failed: 'The platform did not accept the sign-in. Start the connection again.',
  platform_unavailable: 'The platform could not be reached. Try again in a few minutes.',
};
