// Tables owned by the platforms module: one connection per user and platform (tokens encrypted),
// the pending OAuth authorizations (only a hash of each state), and the apps registered on Mastodon
// instances. Every secret column holds a FieldEncryption ciphertext, never plaintext.
import type { Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { userRef } from '../users/users.schema.js';

export type ConnectionStatus = 'active' | 'revoked' | 'expired';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const stamp = (name: string) => instant(name).notNull().defaultNow();
const platformCheck = (name: string, column: unknown) =>
  check(name, sql`${column} in ('linkedin', 'x', 'medium', 'bluesky', 'mastodon')`);

/** An app registered on one Mastodon instance for one redirect URI (registered once, then reused). */
export const mastodonApps = pgTable(
  'mastodon_apps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Where the instance's API is (the emulator's stand-in in the sandbox). */
    serverUrl: text('server_url').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    clientId: text('client_id').notNull(),
    /** Encrypted. */
    clientSecret: text('client_secret'),
    createdAt: stamp('created_at'),
  },
  (t) => [uniqueIndex('mastodon_apps_server_redirect').on(t.serverUrl, t.redirectUri)],
);

export const platformConnections = pgTable(
  'platform_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    platform: text('platform').$type<Platform>().notNull(),
    /** Connected to the bundled emulator rather than the real platform. */
    sandbox: boolean('sandbox').notNull(),
    accountId: text('account_id').notNull(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    avatarUrl: text('avatar_url'),
    profileUrl: text('profile_url'),
    /** Base URL the account's API calls go to (Mastodon instance, Bluesky PDS). */
    serverUrl: text('server_url'),
    /** The Mastodon instance as the user named it (https://host), shown in the UI. */
    instanceUrl: text('instance_url'),
    /** OAuth platforms: the redirect URI the tokens were issued for (part of the app's identity). */
    redirectUri: text('redirect_uri'),
    /** Mastodon: the app the tokens were issued to (needed to revoke). */
    oauthAppId: uuid('oauth_app_id').references(() => mastodonApps.id, { onDelete: 'set null' }),
    /** Per-post length the platform reported at connection (Mastodon instances differ); null: unknown. */
    maxPostLength: integer('max_post_length'),
    /** Encrypted. */
    accessToken: text('access_token').notNull(),
    /** Encrypted; absent where the platform does not refresh (Mastodon, Medium, LinkedIn self-serve). */
    refreshToken: text('refresh_token'),
    expiresAt: instant('expires_at'),
    refreshExpiresAt: instant('refresh_expires_at'),
    scopes: text('scopes').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<ConnectionStatus>().notNull().default('active'),
    /** Day thresholds (14, 7, 1) whose expiry reminder was already emitted for these tokens. */
    remindersSent: integer('reminders_sent').array().notNull().default(sql`'{}'::integer[]`),
    connectedAt: stamp('connected_at'),
    refreshedAt: instant('refreshed_at'),
    updatedAt: stamp('updated_at'),
    /** Bumped by every change of tokens or status: refreshes compare it to spot a concurrent one. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('platform_connections_user_platform').on(t.userId, t.platform),
    index('platform_connections_expiry_idx').on(t.status, t.expiresAt),
    platformCheck('platform_connections_platform_check', t.platform),
    check('platform_connections_status_check', sql`${t.status} in ('active', 'revoked', 'expired')`),
  ],
);

/** A started OAuth authorization: single-use (consumed_at), valid for 10 minutes. */
export const oauthStates = pgTable(
  'oauth_states',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the state sent to the platform; the state itself is never stored. */
    stateHash: text('state_hash').notNull(),
    userId: userRef(),
    platform: text('platform').$type<Platform>().notNull(),
    sandbox: boolean('sandbox').notNull(),
    /** Encrypted PKCE verifier. */
    codeVerifier: text('code_verifier').notNull(),
    /** The exact redirect URI sent with the authorization; the code exchange must repeat it. */
    redirectUri: text('redirect_uri').notNull(),
    serverUrl: text('server_url'),
    instanceUrl: text('instance_url'),
    oauthAppId: uuid('oauth_app_id').references(() => mastodonApps.id, { onDelete: 'cascade' }),
    createdAt: stamp('created_at'),
    expiresAt: instant('expires_at').notNull(),
    consumedAt: instant('consumed_at'),
  },
  (t) => [
    uniqueIndex('oauth_states_state_hash').on(t.stateHash),
    index('oauth_states_expires_idx').on(t.expiresAt),
    platformCheck('oauth_states_platform_check', t.platform),
  ],
);
