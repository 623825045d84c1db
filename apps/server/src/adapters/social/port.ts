// The one port every social platform adapter implements (LinkedIn, X, Medium, Bluesky, Mastodon).
// Adapters differ only in the vendor's contract; callers (modules/platforms, modules/publishing)
// never see a vendor's URL, header or error body. Secrets arrive per call and are never logged.

import { type LengthUnit, type Platform, platformSchema } from '@brandwright/contracts';

export const PLATFORM_IDS = platformSchema.options;
export type PlatformId = Platform;

/**
 * How a user connects: `oauth` (LinkedIn, X), `instance_oauth` (Mastodon: an app registered per
 * instance first), `app_password` (Bluesky), `integration_token` (Medium).
 */
export type ConnectMethod = 'oauth' | 'instance_oauth' | 'app_password' | 'integration_token';

/** Non-secret facts about the connected account that every call needs. */
export interface AccountRef {
  /** The platform's own account id: LinkedIn member `sub`, X user id, Medium user id, Bluesky DID, Mastodon account id. */
  id: string;
  /** Base URL of the account's server where it varies: Mastodon instance, Bluesky PDS. */
  serverUrl?: string;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** When the access token stops working; absent when it does not expire (Mastodon, Medium). */
  expiresAt?: Date;
  /** When the refresh token stops working (LinkedIn partner apps: 365 days from first consent). */
  refreshTokenExpiresAt?: Date;
  scopes: string[];
}

/** What a call needs to act as the user. */
export interface Session {
  account: AccountRef;
  accessToken: string;
}

export interface Profile {
  id: string;
  /** What the user would type to mention themselves (X @handle, Bluesky handle, Mastodon user@instance). */
  handle: string;
  displayName: string;
  avatarUrl?: string;
  profileUrl?: string;
  /** Mastodon instance / Bluesky PDS the account lives on. */
  serverUrl?: string;
}

/** An OAuth client: the configured app (LinkedIn, X) or one registered on a Mastodon instance. */
export interface OAuthApp {
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
}

export interface AuthorizationRequest {
  app: OAuthApp;
  state: string;
  /** S256 challenge of a verifier kept server-side (sent even where PKCE is optional). */
  codeChallenge: string;
  /** Mastodon instance URL. */
  serverUrl?: string;
  /** Sandbox only: which emulated account the consent page proposes. Real platforms ignore it. */
  loginHint?: string;
}

export interface CodeExchange {
  app: OAuthApp;
  code: string;
  codeVerifier: string;
  serverUrl?: string;
}

/** Bluesky (handle + app password) and Medium (integration token) connect without a redirect. */
export interface SecretLogin {
  identifier?: string;
  secret: string;
  serverUrl?: string;
}

export interface MediaInput {
  bytes: Uint8Array;
  mimeType: string;
  altText?: string;
}

export interface PublishedPost {
  /** The platform's id of the post (LinkedIn share URN, tweet id, Medium post id, Bluesky at:// URI, Mastodon status id). */
  id: string;
  /** Where a person can read it. */
  url: string;
  /** Bluesky record CID, needed to reply to the post. */
  cid?: string;
  publishedAt: Date;
}

export interface ThreadPosition {
  root: PublishedPost;
  parent: PublishedPost;
}

export interface OutgoingPost {
  /** Plain text within the platform's limit; the adapter escapes (LinkedIn) and builds facets (Bluesky). */
  text: string;
  /** Medium: the article's title, and its body format. */
  title?: string;
  format?: 'markdown' | 'html';
  tags?: string[];
  media?: MediaInput[];
  /** For thread parts after the first. */
  replyTo?: ThreadPosition;
  /**
   * Stable across retries of this exact part. Sent where the platform honours one (Mastodon
   * Idempotency-Key; Bluesky derives its record key from it), otherwise used to reconcile.
   */
  idempotencyKey: string;
}

export interface PostMetrics {
  /** Absent where the platform does not report it (Bluesky, Mastodon). */
  impressions?: number;
  /** Unique accounts that saw the post (LinkedIn "members reached"); absent where not reported. */
  reach?: number;
  likes: number;
  comments: number;
  reposts: number;
  quotes?: number;
  clicks?: number;
  bookmarks?: number;
}

export interface AccountMetrics {
  followers?: number;
  following?: number;
  posts?: number;
}

/** A post read back from the account, used to reconcile publishes whose outcome is unknown. */
export interface RecentPost {
  id: string;
  url: string;
  text: string;
  publishedAt: Date;
  /** The counts the listing itself returns (X timeline, Mastodon statuses, Bluesky feed); absent elsewhere. */
  metrics?: PostMetrics;
}

export interface PlatformLimits {
  /** Per post (or per thread part). */
  maxLength: number;
  counting: LengthUnit;
  maxMedia: number;
  threads: boolean;
  /** Medium articles need one. */
  requiresTitle: boolean;
}

export interface SocialClient {
  readonly platform: PlatformId;
  readonly connectMethod: ConnectMethod;
  /** Whether an expired access token can be renewed without the user (X, Bluesky, LinkedIn partner apps). */
  readonly refreshes: boolean;

  /** Mastodon: registers (or the caller caches) an app on the instance. */
  registerApp?(serverUrl: string, redirectUri: string): Promise<OAuthApp>;
  authorizationUrl?(request: AuthorizationRequest): string;
  exchangeCode?(exchange: CodeExchange): Promise<TokenSet>;
  /** Bluesky / Medium: checks the secret and returns the tokens to keep. */
  loginWithSecret?(login: SecretLogin): Promise<{ tokens: TokenSet; account: AccountRef }>;
  /** Returns the new token set; a rotated refresh token must be persisted before it is used. */
  refresh?(tokens: TokenSet, account: AccountRef, app?: OAuthApp): Promise<TokenSet>;
  /** Revokes at the platform where it can; resolves when there is nothing to revoke. */
  revoke?(session: Session, tokens: TokenSet, app?: OAuthApp): Promise<void>;

  profile(session: Session): Promise<Profile>;
  limits(session: Session): Promise<PlatformLimits>;
  publish(session: Session, post: OutgoingPost): Promise<PublishedPost>;
  delete(session: Session, postId: string): Promise<void>;
  /**
   * `null` when the platform reports no metrics at all (Medium): "not available" must not be
   * stored as zeros, which analytics would read as a post nobody saw.
   */
  postMetrics(session: Session, post: PublishedPost): Promise<PostMetrics | null>;
  accountMetrics(session: Session): Promise<AccountMetrics>;
  /**
   * Posts published since `since`, newest first; absent where the platform cannot list them, and
   * resolving to undefined where this connection may not (LinkedIn without r_member_social).
   */
  recentPosts?(session: Session, since: Date): Promise<RecentPost[] | undefined>;
}
