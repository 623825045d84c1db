// Connecting a platform: starting an OAuth authorization (state bound to the caller, single-use,
// 10 minutes; PKCE verifier kept server-side, encrypted; the state also handed to the starting
// browser, which must present it again at the callback), finishing it in the callback, and the
// direct connects that take a secret (Bluesky app password, Medium integration token).
import {
  type BlueskyConnect,
  blueskyConnectSchema,
  type CallbackErrorCode,
  type ConnectPlatformBody,
  mastodonConnectSchema,
  mediumConnectSchema,
  oauthConnectSchema,
  type Platform,
  type PlatformConnection,
} from '@brandwright/contracts';
import { calculatePKCECodeChallenge, generateRandomCodeVerifier, generateRandomState } from 'oauth4webapi';
import type { z } from 'zod';
import {
  isPlatformError,
  type OAuthApp,
  type Profile,
  type SecretLogin,
  type SocialPlatform,
  type TokenSet,
} from '../../adapters/social/index.js';
import type { FieldProblem } from '../../platform/errors/index.js';
import { reportedPostLength } from './account-limits.js';
import type { StateRow } from './oauth.repository.js';
import { consentError, exchangeError, hashState, STATE_TTL_MS, sameState } from './oauth-state.js';
import type { OAuthTargets } from './oauth-targets.js';
import { credentialFailure } from './platform-failures.js';
import { type PlatformsContext, platformOf, serverUrlOf } from './platforms.context.js';
import { PlatformsError } from './platforms.errors.js';
import type { ConnectionConnectedEvent } from './platforms.events.js';
import { presentConnection } from './platforms.presenter.js';
import { sandboxHandle } from './sandbox-handle.js';
import { stateContext } from './secrets.js';

export type ConnectResult =
  /** `state` is for the browser only (the route puts it in a cookie), never in the answer's body. */
  | { kind: 'authorize'; authorizationUrl: string; state: string }
  | { kind: 'connected'; connection: PlatformConnection };

export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
}

export type CallbackOutcome =
  | { ok: true; platform: Platform }
  | { ok: false; platform: Platform; error: CallbackErrorCode };

/** Where the tokens' account lives and which app and redirect URI they were issued for. */
interface Origin {
  serverUrl: string | null;
  instanceUrl: string | null;
  redirectUri: string | null;
  oauthAppId: string | null;
}

function parseBody<S extends z.ZodType>(schema: S, body: ConnectPlatformBody): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(root)',
    message:
      issue.code === 'unrecognized_keys'
        ? `Not used for this platform: ${issue.keys.join(', ')}`
        : issue.message,
  }));
  throw new PlatformsError('VALIDATION_FAILED', undefined, { fields });
}

export class ConnectService {
  constructor(
    private readonly ctx: PlatformsContext,
    private readonly targets: OAuthTargets,
  ) {}

  /** `origin` is the public base URL the platform sends the browser back to. */
  async connect(
    userId: string,
    name: string,
    body: ConnectPlatformBody,
    origin: string,
  ): Promise<ConnectResult> {
    const [platform, wiring] = platformOf(this.ctx, name);
    switch (wiring.client.connectMethod) {
      case 'oauth':
        parseBody(oauthConnectSchema, body);
        return this.authorize(userId, platform, wiring, origin);
      case 'instance_oauth':
        return this.authorize(
          userId,
          platform,
          wiring,
          origin,
          parseBody(mastodonConnectSchema, body).instanceUrl,
        );
      case 'app_password': {
        const input: BlueskyConnect = parseBody(blueskyConnectSchema, body);
        const login = { identifier: input.handle, secret: input.appPassword };
        const message = `${wiring.sandbox ? 'The sandbox' : 'Bluesky'} did not accept this handle and app password`;
        return this.direct(userId, platform, wiring, login, { path: 'appPassword', message });
      }
      case 'integration_token': {
        const { integrationToken } = parseBody(mediumConnectSchema, body);
        const message = wiring.sandbox
          ? 'The sandbox accepts integration tokens that start with "sandbox-"'
          : 'Medium did not accept this integration token';
        return this.direct(
          userId,
          platform,
          wiring,
          { secret: integrationToken },
          { path: 'integrationToken', message },
        );
      }
    }
  }

  private async authorize(
    userId: string,
    platform: Platform,
    wiring: SocialPlatform,
    origin: string,
    instance?: string,
  ): Promise<ConnectResult> {
    const redirectUri = `${origin}/api/v1/platforms/${platform}/callback`;
    const target =
      instance === undefined
        ? this.targets.configured(wiring, redirectUri)
        : await this.targets.mastodon(wiring, instance, redirectUri);
    const verifier = generateRandomCodeVerifier();
    const state = generateRandomState();
    const stateHash = hashState(state);
    const now = this.ctx.clock();
    await this.ctx.oauth.createState(
      {
        stateHash,
        userId,
        platform,
        sandbox: wiring.sandbox,
        codeVerifier: this.ctx.encryption.encrypt(verifier, stateContext(userId, platform, stateHash)),
        redirectUri,
        serverUrl: target.serverUrl ?? null,
        instanceUrl: target.instanceUrl ?? null,
        oauthAppId: target.appId ?? null,
        expiresAt: new Date(now.getTime() + STATE_TTL_MS),
      },
      now,
    );
    // In the sandbox each Brandwright user gets their own emulated account.
    const loginHint = wiring.sandbox
      ? sandboxHandle((await this.ctx.users.get(userId)).email, userId)
      : undefined;
    if (!wiring.client.authorizationUrl) throw new Error(`${platform} has no authorization URL`);
    const authorizationUrl = wiring.client.authorizationUrl({
      app: target.app,
      state,
      codeChallenge: await calculatePKCECodeChallenge(verifier),
      serverUrl: target.serverUrl,
      loginHint,
    });
    return { kind: 'authorize', authorizationUrl, state };
  }

  private async direct(
    userId: string,
    platform: Platform,
    wiring: SocialPlatform,
    login: SecretLogin,
    field: FieldProblem,
  ): Promise<ConnectResult> {
    const { client } = wiring;
    if (!client.loginWithSecret) throw new Error(`${platform} takes no secret`);
    let connected: { tokens: TokenSet; profile: Profile; serverUrl: string | null };
    try {
      const { tokens, account } = await client.loginWithSecret(login);
      const profile = await client.profile({ account, accessToken: tokens.accessToken });
      connected = { tokens, profile, serverUrl: account.serverUrl ?? profile.serverUrl ?? null };
    } catch (error) {
      throw credentialFailure(error, field);
    }
    const origin = { serverUrl: connected.serverUrl, instanceUrl: null, redirectUri: null, oauthAppId: null };
    const row = await this.store(userId, platform, wiring, connected.tokens, connected.profile, origin);
    return { kind: 'connected', connection: presentConnection(platform, wiring, row, this.ctx.clock()) };
  }

  /**
   * Finishes an authorization. `browserState` is the state the calling browser holds (its cookie).
   * Every failure stores nothing and says why in a CallbackErrorCode.
   */
  async callback(name: string, query: CallbackQuery, browserState?: string): Promise<CallbackOutcome> {
    const [platform, wiring] = platformOf(this.ctx, name);
    const fail = (error: CallbackErrorCode): CallbackOutcome => ({ ok: false, platform, error });
    if (!query.state) return fail(query.error === 'access_denied' ? 'access_denied' : 'invalid_request');
    // Another browser (a victim sent the attacker's link) gets nowhere and leaves the state unused.
    if (!sameState(query.state, browserState)) return fail(await this.whyNotUsable(platform, query.state));
    const claimed = await this.claimState(platform, query.state);
    if (typeof claimed === 'string') return fail(claimed);
    // The state is used up even when consent was denied: the same link never works twice.
    if (query.error) return fail(consentError(query.error));
    if (!query.code) return fail('invalid_request');
    // Tokens of the sandbox must not be exchanged at the real platform, nor the reverse.
    if (claimed.sandbox !== wiring.sandbox) return fail('invalid_state');
    try {
      await this.exchange(claimed, platform, wiring, query.code);
      return { ok: true, platform };
    } catch (error) {
      this.ctx.log.warn(
        { platform, failure: isPlatformError(error) ? error.code : (error as Error).name },
        'platform authorization could not be completed',
      );
      return fail(exchangeError(error));
    }
  }

  /** Why a state its browser does not hold cannot be used; the state itself is left as it is. */
  private async whyNotUsable(platform: Platform, state: string): Promise<CallbackErrorCode> {
    const seen = await this.ctx.oauth.findState(hashState(state));
    if (!seen) return 'invalid_state';
    if (seen.platform !== platform) return 'platform_mismatch';
    if (seen.consumedAt) return 'state_used';
    if (seen.expiresAt.getTime() <= this.ctx.clock().getTime()) return 'state_expired';
    return 'browser_mismatch';
  }

  private async claimState(platform: Platform, state: string): Promise<StateRow | CallbackErrorCode> {
    const stateHash = hashState(state);
    const now = this.ctx.clock();
    const row = await this.ctx.oauth.consumeState(stateHash, platform, now);
    if (!row) {
      const seen = await this.ctx.oauth.findState(stateHash);
      if (!seen) return 'invalid_state';
      return seen.platform === platform ? 'state_used' : 'platform_mismatch';
    }
    return row.expiresAt.getTime() <= now.getTime() ? 'state_expired' : row;
  }

  private async exchange(
    state: StateRow,
    platform: Platform,
    wiring: SocialPlatform,
    code: string,
  ): Promise<void> {
    const { client } = wiring;
    if (!client.exchangeCode) throw new Error(`${platform} has no code exchange`);
    const codeVerifier = this.ctx.encryption.decrypt(
      state.codeVerifier,
      stateContext(state.userId, platform, state.stateHash),
    );
    const app: OAuthApp = await this.targets.appOf(wiring, state);
    const serverUrl = serverUrlOf(state.serverUrl, wiring);
    const tokens = await client.exchangeCode({ app, code, codeVerifier, serverUrl });
    // The account id is what the profile tells; the call itself needs only the token.
    const profile = await client.profile({ account: { id: '', serverUrl }, accessToken: tokens.accessToken });
    await this.store(state.userId, platform, wiring, tokens, profile, {
      serverUrl: state.serverUrl ?? profile.serverUrl ?? null,
      instanceUrl: state.instanceUrl,
      redirectUri: state.redirectUri,
      oauthAppId: state.oauthAppId,
    });
  }

  private async store(
    userId: string,
    platform: Platform,
    wiring: SocialPlatform,
    tokens: TokenSet,
    profile: Profile,
    origin: Origin,
  ) {
    const account = { id: profile.id, serverUrl: origin.serverUrl ?? undefined };
    const session = { account, accessToken: tokens.accessToken };
    const maxPostLength = await reportedPostLength(wiring.client, session, this.ctx.log);
    const sealed = this.ctx.secrets.seal(userId, platform, {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken ?? null,
    });
    const row = await this.ctx.connections.upsert(
      userId,
      platform,
      {
        sandbox: wiring.sandbox,
        accountId: profile.id,
        handle: profile.handle,
        displayName: profile.displayName,
        avatarUrl: profile.avatarUrl ?? null,
        profileUrl: profile.profileUrl ?? null,
        ...origin,
        maxPostLength,
        ...sealed,
        expiresAt: tokens.expiresAt ?? null,
        refreshExpiresAt: tokens.refreshTokenExpiresAt ?? null,
        scopes: tokens.scopes,
      },
      this.ctx.clock(),
    );
    const payload = { userId, platform, connectionId: row.id };
    await this.ctx.events.emit<ConnectionConnectedEvent>({ type: 'platform.connection.connected', payload });
    return row;
  }
}
