// The emulated social platforms' shared vocabulary: platforms, fault kinds, and the records the
// emulator keeps (accounts, OAuth clients and codes, tokens, posts, media, repository records).

export const SOCIAL_PLATFORMS = ['linkedin', 'x', 'medium', 'bluesky', 'mastodon'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

/**
 * `timeout`: the platform APPLIES the request, then never answers (the hard case for callers: the
 * post exists but they cannot know). `server_error`: nothing is applied, a 5xx is returned.
 */
export const SOCIAL_FAULT_KINDS = [
  'rate_limit',
  'server_error',
  'timeout',
  'token_expired',
  'revoked',
  'duplicate',
] as const;
export type SocialFaultKind = (typeof SOCIAL_FAULT_KINDS)[number];

export interface SocialFault {
  kind: SocialFaultKind;
  /** Requests left that this fault applies to. */
  remaining: number;
  /** `publish`: only create-post requests consume it; `any`: every authenticated API request. */
  operation: 'publish' | 'any';
  retryAfterSeconds: number;
  /** How long a `timeout` holds the response before dropping the connection. */
  latencyMs: number;
  /** Matching requests to let through before the fault starts applying (default 0). */
  after: number;
}

export interface Account {
  platform: SocialPlatform;
  id: string;
  handle: string;
  name: string;
  avatarUrl: string;
  followers: number;
  following: number;
  /** Mastodon instance host or Bluesky PDS; absent for single-host platforms. */
  server?: string;
  /** SHA-256 (base64url) of the password a secret-login platform (Bluesky) registered on first login. */
  secret?: string;
  createdAt: string;
}

export interface OAuthClient {
  platform: SocialPlatform;
  clientId: string;
  clientSecret: string;
  /** Empty = any redirect URI is accepted (the built-in sandbox apps). */
  redirectUris: string[];
  scopes: string[];
  server?: string;
  name: string;
  /** LinkedIn: an approved partner app, which gets refresh tokens (self-serve apps do not). */
  partner?: boolean;
}

export interface AuthCode {
  code: string;
  platform: SocialPlatform;
  clientId: string;
  redirectUri: string;
  accountId: string;
  scopes: string[];
  codeChallenge?: string;
  expiresAt: number;
  used: boolean;
}

export interface Token {
  token: string;
  kind: 'access' | 'refresh';
  platform: SocialPlatform;
  clientId: string;
  accountId: string;
  scopes: string[];
  /** Epoch ms; absent = never expires. */
  expiresAt?: number;
  /** Tokens issued from one consent share a family; reusing a rotated refresh token revokes it. */
  family: string;
  revoked: boolean;
  /** Single-use refresh tokens are marked when rotated. */
  used: boolean;
}

export interface EmulatedPost {
  platform: SocialPlatform;
  accountId: string;
  handle: string;
  id: string;
  url: string;
  text: string;
  title?: string;
  /** Id of the post this one replies to (threads). */
  replyToId?: string;
  rootId?: string;
  mediaIds: string[];
  format: 'text' | 'image' | 'thread_part' | 'article';
  /** The Idempotency-Key / record key the client sent, if any. */
  idempotencyKey?: string;
  createdAt: string;
  deleted: boolean;
  /** Platform-specific extras (Bluesky cid, LinkedIn visibility, Medium tags…). */
  extra: Record<string, unknown>;
}

export interface Media {
  platform: SocialPlatform;
  id: string;
  accountId: string;
  mimeType: string;
  size: number;
  altText?: string;
  createdAt: string;
  /** Media processed asynchronously (Mastodon's 202 path): status checks still answered "processing". */
  pendingChecks?: number;
  /** When asynchronous processing finished. */
  readyAt?: string;
}

/**
 * A repository record that is not a post (Bluesky likes and reposts). Kept apart from posts so that
 * feeds, duplicate checks, follower growth and GET /__emulator/posts never mistake one for a post.
 */
export interface RepoRecord {
  platform: SocialPlatform;
  accountId: string;
  /** The record's NSID ("app.bsky.feed.like"). */
  collection: string;
  rkey: string;
  uri: string;
  cid: string;
  /** The record as the client wrote it. */
  value: Record<string, unknown>;
  /** The uri of the post the record is about (a like's or repost's subject). */
  subject: string;
  /**
   * Whether the AppView counts it: it indexes one like (or repost) per account and subject and drops
   * later ones, which stay in the repository but are never counted, even after the first is deleted.
   */
  indexed: boolean;
  createdAt: string;
}
