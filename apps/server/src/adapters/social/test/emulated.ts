// Test helpers for the social adapters against the bundled emulator: walking the OAuth consent
// page the way a browser would, and reading what the emulated platforms stored.
import type { Emulator } from '@brandwright/emulator';
import type { OAuthApp, SocialClient, TokenSet } from '../port.js';

export const REDIRECT_URI = 'http://127.0.0.1:5173/api/v1/platforms/callback';

export const sandboxApp = (partner = false, redirectUri = REDIRECT_URI): OAuthApp => ({
  clientId: partner ? 'brandwright-sandbox-partner' : 'brandwright-sandbox',
  clientSecret: partner ? 'brandwright-sandbox-partner-secret' : 'brandwright-sandbox-secret',
  redirectUri,
});

/** LinkedIn-Version of last month: always active, whatever day the tests run. */
export function currentLinkedInVersion(now = new Date()): string {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Follows the consent page with ?auto=1 and returns where it redirected to. */
export async function approveConsent(authorizationUrl: string): Promise<URL> {
  const url = new URL(authorizationUrl);
  url.searchParams.set('auto', '1');
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`consent answered ${response.status}`);
  return new URL(location);
}

/** Authorize → consent → code → tokens, as the platforms module will do it. */
export async function connectOAuth(
  client: SocialClient,
  options: { app?: OAuthApp; loginHint?: string; state?: string } = {},
): Promise<{ tokens: TokenSet; code: string; callback: URL }> {
  const app = options.app ?? sandboxApp();
  const state = options.state ?? 'state-123';
  const authorize = client.authorizationUrl?.({
    app,
    state,
    codeChallenge: 'unused',
    loginHint: options.loginHint,
  });
  if (!authorize || !client.exchangeCode) throw new Error('not an OAuth client');
  const callback = await approveConsent(authorize);
  const code = callback.searchParams.get('code') ?? '';
  const tokens = await client.exchangeCode({ app, code, codeVerifier: 'unused' });
  return { tokens, code, callback };
}

export interface StoredPost {
  id: string;
  text: string;
  title?: string;
  mediaIds: string[];
  format: string;
  handle: string;
  extra: Record<string, unknown>;
}

export async function storedPosts(emulator: Emulator, platform: string): Promise<StoredPost[]> {
  const response = await fetch(`${emulator.url}/__emulator/posts?platform=${platform}`);
  return ((await response.json()) as { posts: StoredPost[] }).posts;
}

export async function injectFault(emulator: Emulator, fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201) throw new Error(`fault refused: ${await response.text()}`);
}

export async function advanceClock(emulator: Emulator, seconds: number): Promise<void> {
  await fetch(`${emulator.url}/__emulator/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
}

/** The PlatformError a promise rejects with (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string } & Error> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string } & Error;
  }
  throw new Error('expected a rejection');
}
