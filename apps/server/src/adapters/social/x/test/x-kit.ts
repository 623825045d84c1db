// Test kit for the X adapter: an emulator per test file, the adapter pointed at it, and the steps a
// user takes (consent with ?auto=1, code exchange) plus the emulator's control API (faults, clock,
// published posts). Everything goes over HTTP, as production does.
import { createEmulator, type EmulatedPost, type Emulator, SANDBOX_CLIENT } from '@brandwright/emulator';
import * as oauth from 'oauth4webapi';
import type { OAuthApp, Session, SocialClient, TokenSet } from '../../port.js';
import { createXClient } from '../index.js';

export interface XKit {
  emulator: Emulator;
  client: SocialClient;
  app: OAuthApp;
  /** A client whose requests give up after `timeoutMs`. */
  clientWithTimeout(timeoutMs: number): SocialClient;
  /** Consent (auto-approved) and code exchange for `handle`. */
  connect(handle?: string): Promise<Connection>;
  /** Runs the consent step only and returns the redirect's query. */
  authorize(options: AuthorizeOptions): Promise<URLSearchParams>;
  fault(body: Record<string, unknown>): Promise<void>;
  advanceClock(seconds: number): Promise<void>;
  /** The emulator's clock. */
  now(): Promise<Date>;
  /** Advances the clock and, as the app would, refreshes the tokens that expired meanwhile. */
  later(seconds: number, connection: Connection): Promise<Connection>;
  posts(): Promise<EmulatedPost[]>;
  close(): Promise<void>;
}

export interface Connection {
  tokens: TokenSet;
  session: Session;
}

export interface AuthorizeOptions {
  state: string;
  codeChallenge: string;
  handle?: string;
  app?: OAuthApp;
  /** false: submit the consent form with "Cancel" instead of auto-approving. */
  approve?: boolean;
}

const REDIRECT_URI = 'http://127.0.0.1:9/callback';

export async function startXKit(): Promise<XKit> {
  const emulator = await createEmulator({ port: 0 });
  const base = emulator.platformUrl('x');
  const makeClient = (timeoutMs: number) =>
    createXClient({ authUrl: base, apiUrl: base, http: { timeoutMs } });
  const client = makeClient(10_000);
  const app: OAuthApp = { ...SANDBOX_CLIENT, redirectUri: REDIRECT_URI };
  const control = async (path: string, body: unknown) => {
    const res = await fetch(`${emulator.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  };

  async function authorize(options: AuthorizeOptions): Promise<URLSearchParams> {
    const url = new URL(
      client.authorizationUrl?.({
        app: options.app ?? app,
        state: options.state,
        codeChallenge: options.codeChallenge,
        loginHint: options.handle ?? 'ada',
      }) ?? '',
    );
    let res: Response;
    if (options.approve === false) {
      const form = new URLSearchParams(url.searchParams);
      form.set('decision', 'deny');
      res = await fetch(url.origin + url.pathname, { method: 'POST', body: form, redirect: 'manual' });
    } else {
      url.searchParams.set('auto', '1');
      res = await fetch(url, { redirect: 'manual' });
    }
    const location = res.headers.get('location');
    if (res.status !== 302 || !location)
      throw new Error(`consent answered ${res.status}: ${await res.text()}`);
    return new URL(location).searchParams;
  }

  async function connect(handle = 'ada') {
    const verifier = oauth.generateRandomCodeVerifier();
    const query = await authorize({
      state: 'st',
      codeChallenge: await oauth.calculatePKCECodeChallenge(verifier),
      handle,
    });
    const tokens = await (client.exchangeCode?.({
      app,
      code: query.get('code') ?? '',
      codeVerifier: verifier,
    }) ?? Promise.reject(new Error('no exchangeCode')));
    const me = await client.profile({ account: { id: '' }, accessToken: tokens.accessToken });
    return { tokens, session: { account: { id: me.id }, accessToken: tokens.accessToken } };
  }

  return {
    emulator,
    client,
    app,
    clientWithTimeout: makeClient,
    connect,
    authorize,
    fault: (body) => control('/__emulator/faults', { platform: 'x', ...body }),
    advanceClock: (seconds) => control('/__emulator/clock', { advanceSeconds: seconds }),
    now: async () => {
      const res = await fetch(`${emulator.url}/__emulator/clock`);
      return new Date(((await res.json()) as { now: string }).now);
    },
    later: async (seconds, { tokens, session }) => {
      await control('/__emulator/clock', { advanceSeconds: seconds });
      const fresh = await client.refresh?.(tokens, session.account, app);
      if (!fresh) throw new Error('no refresh');
      return { tokens: fresh, session: { ...session, accessToken: fresh.accessToken } };
    },
    posts: async () => {
      const res = await fetch(`${emulator.url}/__emulator/posts?platform=x`);
      return ((await res.json()) as { posts: EmulatedPost[] }).posts;
    },
    close: () => emulator.close(),
  };
}

/** The PlatformError code a promise rejects with (or "resolved"). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** `n` weighted characters of X: CJK and emoji weigh 2, a URL 23. */
export const weighted = {
  cjk: '日',
  emoji: '🎉',
  url: 'https://example.com/a/very/long/path/that/counts/as/23',
};
