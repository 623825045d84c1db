// Everything the emulated platforms remember, in plain serialisable records so that a sandbox can
// survive restarts (see persistence.ts). The clock is adjustable so tests can expire tokens.
import { createHash, randomBytes } from 'node:crypto';
import type {
  Account,
  AuthCode,
  EmulatedPost,
  Media,
  OAuthClient,
  RepoRecord,
  SocialFault,
  SocialPlatform,
  Token,
} from './types.js';

export interface SocialSnapshot {
  clockOffsetMs: number;
  accounts: Account[];
  clients: OAuthClient[];
  codes: AuthCode[];
  tokens: Token[];
  posts: EmulatedPost[];
  media: Media[];
  idempotency: [string, string][];
  /** Absent in state files written before records existed. */
  records?: RepoRecord[];
}

export type CodeProblem = 'unknown' | 'used' | 'expired' | 'client_mismatch' | 'redirect_mismatch' | 'pkce';
export type TokenStatus =
  | { ok: true; token: Token; account: Account }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

export const randomId = (bytes = 16) => randomBytes(bytes).toString('base64url');

/** A stable number in [0, 1) from a string: the seed of every "random" fact about an account or post. */
export function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export class SocialState {
  clockOffsetMs = 0;
  accounts: Account[] = [];
  clients: OAuthClient[] = [];
  codes: AuthCode[] = [];
  tokens: Token[] = [];
  posts: EmulatedPost[] = [];
  media: Media[] = [];
  /** Likes and reposts (Bluesky), in the order they were written. */
  records: RepoRecord[] = [];
  /** `${platform}:${accountId}:${key}` → post id (Mastodon keeps keys 1 h; we keep them). */
  idempotency = new Map<string, string>();
  faults: Record<SocialPlatform, SocialFault[]> = {
    linkedin: [],
    x: [],
    medium: [],
    bluesky: [],
    mastodon: [],
  };
  private windows = new Map<string, { count: number; resetAt: number }>();
  /** Mastodon instance host → its status length limit where it is not the default (reset clears). */
  readonly mastodonLimits = new Map<string, number>();
  /** Called after every change; persistence hooks in here. */
  onChange: () => void = () => {};

  /**
   * `controlUrl` serves avatars and the control API; `origins` are the platforms' own origins, where
   * post and profile links lead (tests may leave them out: links then use the control URL).
   */
  constructor(
    readonly controlUrl: string,
    private readonly origins: Partial<Record<string, string>> = {},
  ) {}

  /** The origin standing in for a platform's hosts. */
  origin(platform: SocialPlatform): string {
    return this.origins[platform] ?? this.controlUrl;
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advanceClock(seconds: number): void {
    this.clockOffsetMs += seconds * 1000;
    this.onChange();
  }

  /** The account called `handle`, created on first use with seeded followers. */
  account(platform: SocialPlatform, handle: string, server?: string): Account {
    const existing = this.accounts.find(
      (a) => a.platform === platform && a.handle === handle && a.server === server,
    );
    if (existing) return existing;
    const seed = unitHash(`${platform}:${server ?? ''}:${handle}`);
    const account: Account = {
      platform,
      id: createHash('sha256')
        .update(`${platform}:${server ?? ''}:${handle}`)
        .digest('hex')
        .slice(0, 16),
      handle,
      name: handle.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
      avatarUrl: `${this.controlUrl}/__emulator/avatar/${platform}/${encodeURIComponent(handle)}.svg`,
      followers: Math.round(150 + seed * 4850),
      following: Math.round(80 + seed * 400),
      server,
      createdAt: new Date(this.now()).toISOString(),
    };
    this.accounts.push(account);
    this.onChange();
    return account;
  }

  accountById(platform: SocialPlatform, id: string): Account | undefined {
    return this.accounts.find((a) => a.platform === platform && a.id === id);
  }

  client(platform: SocialPlatform, clientId: string, server?: string): OAuthClient | undefined {
    return this.clients.find(
      (c) => c.platform === platform && c.clientId === clientId && c.server === server,
    );
  }

  addClient(client: OAuthClient): OAuthClient {
    this.clients.push(client);
    this.onChange();
    return client;
  }

  issueCode(input: Omit<AuthCode, 'code' | 'used' | 'expiresAt'>, ttlSeconds: number): AuthCode {
    const code: AuthCode = {
      ...input,
      code: randomId(),
      used: false,
      expiresAt: this.now() + ttlSeconds * 1000,
    };
    this.codes.push(code);
    this.onChange();
    return code;
  }

  /** Single use: a second redemption fails and revokes what the first one issued (RFC 6749 §4.1.2). */
  redeemCode(
    platform: SocialPlatform,
    value: string,
    check: { clientId: string; redirectUri: string; codeVerifier?: string },
  ): AuthCode | CodeProblem {
    const code = this.codes.find((c) => c.platform === platform && c.code === value);
    if (!code) return 'unknown';
    if (code.used) {
      this.revokeWhere((t) => t.family === code.code);
      return 'used';
    }
    code.used = true;
    this.onChange();
    if (code.expiresAt < this.now()) return 'expired';
    if (code.clientId !== check.clientId) return 'client_mismatch';
    if (code.redirectUri !== check.redirectUri) return 'redirect_mismatch';
    if (code.codeChallenge && (!check.codeVerifier || s256(check.codeVerifier) !== code.codeChallenge))
      return 'pkce';
    return code;
  }

  /** `format` shapes the token's value where the platform's tokens have one (Bluesky JWTs). */
  issueToken(
    input: Omit<Token, 'token' | 'revoked' | 'used' | 'expiresAt'>,
    ttlSeconds?: number,
    format?: (token: Omit<Token, 'token'>) => string,
  ): Token {
    const fields: Omit<Token, 'token'> = {
      ...input,
      revoked: false,
      used: false,
      expiresAt: ttlSeconds === undefined ? undefined : this.now() + ttlSeconds * 1000,
    };
    const token: Token = {
      ...fields,
      token: format ? format(fields) : `${input.platform}-${input.kind}-${randomId(24)}`,
    };
    this.tokens.push(token);
    this.onChange();
    return token;
  }

  findToken(platform: SocialPlatform, value: string, kind: Token['kind']): Token | undefined {
    return this.tokens.find((t) => t.platform === platform && t.token === value && t.kind === kind);
  }

  /** Checks a bearer access token. */
  checkAccess(platform: SocialPlatform, bearer: string | undefined): TokenStatus {
    const token = bearer ? this.findToken(platform, bearer, 'access') : undefined;
    const account = token && this.accountById(platform, token.accountId);
    if (!token || !account) return { ok: false, reason: 'invalid' };
    if (token.revoked) return { ok: false, reason: 'revoked' };
    if (token.expiresAt !== undefined && token.expiresAt <= this.now())
      return { ok: false, reason: 'expired' };
    return { ok: true, token, account };
  }

  revokeWhere(predicate: (token: Token) => boolean): number {
    let count = 0;
    for (const token of this.tokens)
      if (!token.revoked && predicate(token)) {
        token.revoked = true;
        count += 1;
      }
    if (count > 0) this.onChange();
    return count;
  }

  /** Expires every live access token of an account now (the `token_expired` fault). */
  expireAccess(platform: SocialPlatform, accountId: string): void {
    for (const token of this.tokens)
      if (token.platform === platform && token.accountId === accountId && token.kind === 'access')
        token.expiresAt = Math.min(token.expiresAt ?? Number.POSITIVE_INFINITY, this.now() - 1);
    this.onChange();
  }

  addPost(post: Omit<EmulatedPost, 'createdAt' | 'deleted'>): EmulatedPost {
    const stored: EmulatedPost = { ...post, createdAt: new Date(this.now()).toISOString(), deleted: false };
    this.posts.push(stored);
    this.onChange();
    return stored;
  }

  livePosts(platform?: SocialPlatform, account?: string): EmulatedPost[] {
    return this.posts.filter(
      (p) =>
        !p.deleted &&
        (!platform || p.platform === platform) &&
        (!account || p.accountId === account || p.handle === account),
    );
  }

  findPost(platform: SocialPlatform, id: string): EmulatedPost | undefined {
    return this.posts.find((p) => p.platform === platform && p.id === id && !p.deleted);
  }

  /** The live post of this account with exactly this text, if any (duplicate detection). */
  duplicateOf(platform: SocialPlatform, accountId: string, text: string): EmulatedPost | undefined {
    return this.livePosts(platform, accountId).find((p) => p.text === text);
  }

  addMedia(media: Omit<Media, 'createdAt'>): Media {
    const stored = { ...media, createdAt: new Date(this.now()).toISOString() };
    this.media.push(stored);
    this.onChange();
    return stored;
  }

  addFault(platform: SocialPlatform, fault: SocialFault): void {
    this.faults[platform].push(fault);
  }

  /** The fault that applies to this request, consuming one of its uses. */
  takeFault(platform: SocialPlatform, operation: 'publish' | 'read'): SocialFault | undefined {
    const queue = this.faults[platform];
    const index = queue.findIndex((f) => f.operation === 'any' || operation === 'publish');
    const fault = queue[index];
    if (!fault) return undefined;
    if (fault.after > 0) {
      // Lets matching requests through first (e.g. fail the second part of a thread).
      fault.after -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) queue.splice(index, 1);
    return fault;
  }

  /** A fixed-window counter: `limited` once more than `limit` points were spent in the window. */
  hit(
    key: string,
    limit: number,
    windowSeconds: number,
    cost = 1,
  ): { limit: number; remaining: number; resetAt: number; limited: boolean } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += cost;
    return {
      limit,
      remaining: Math.max(0, limit - window.count),
      resetAt: window.resetAt,
      limited: window.count > limit,
    };
  }

  snapshot(): SocialSnapshot {
    const { clockOffsetMs, accounts, clients, codes, tokens, posts, media, records } = this;
    return {
      clockOffsetMs,
      accounts,
      clients,
      codes,
      tokens,
      posts,
      media,
      idempotency: [...this.idempotency],
      records,
    };
  }

  restore(snapshot: SocialSnapshot): void {
    Object.assign(this, {
      ...snapshot,
      idempotency: new Map(snapshot.idempotency),
      records: snapshot.records ?? [],
    });
  }

  reset(): void {
    this.restore({
      clockOffsetMs: 0,
      accounts: [],
      clients: [],
      codes: [],
      tokens: [],
      posts: [],
      media: [],
      idempotency: [],
      records: [],
    });
    this.faults = { linkedin: [], x: [], medium: [], bluesky: [], mastodon: [] };
    this.windows.clear();
    this.mastodonLimits.clear();
    this.onChange();
  }
}
