// LinkedIn failures through the adapter: quota, expiry, revocation, outages, timeouts whose post
// did go out (found again by recentPosts), a connection that may not list posts (no
// r_member_social), and a retired LinkedIn-Version.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingPost, Session, SocialClient } from '../port.js';
import {
  advanceClock,
  connectOAuth,
  currentLinkedInVersion,
  injectFault,
  rejection,
  storedPosts,
} from '../test/emulated.js';
import { createLinkedInClient, LINKEDIN_SCOPES, type LinkedInSettings } from './index.js';

let emulator: Emulator;
let settings: LinkedInSettings;
let client: SocialClient;
/** Connects with a relaxed timeout: the emulator's first ID token waits for an RSA key. */
let connector: SocialClient;
let session: Session;
const post = (text: string): OutgoingPost => ({ text, idempotencyKey: text });

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  settings = {
    authUrl: emulator.platformUrl('linkedin'),
    apiUrl: emulator.platformUrl('linkedin'),
    apiVersion: currentLinkedInVersion(),
    // Short, so that the timeout fault (held a little longer) stays fast.
    http: { timeoutMs: 300 },
    scopes: [...LINKEDIN_SCOPES.basic, ...LINKEDIN_SCOPES.readPosts],
  };
  client = createLinkedInClient(settings);
  connector = createLinkedInClient(connectorSettings());
});
const connectorSettings = (): LinkedInSettings => ({ ...settings, http: { timeoutMs: 10_000 } });
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  const { tokens } = await connectOAuth(connector, { loginHint: 'linus' });
  session = {
    account: { id: emulator.social.account('linkedin', 'linus').id },
    accessToken: tokens.accessToken,
  };
});

describe('LinkedIn failures', () => {
  it('maps 429 to RATE_LIMITED, waiting until the daily reset at midnight UTC', async () => {
    await injectFault(emulator, { platform: 'linkedin', kind: 'rate_limit', operation: 'publish' });
    const error = await rejection(client.publish(session, post('Throttled')));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', options: { status: 429 } });
    const wait = (error as unknown as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    expect(await storedPosts(emulator, 'linkedin')).toEqual([]);
  });

  it('enforces the member’s daily post quota', async () => {
    for (let index = 0; index < 150; index += 1) await client.publish(session, post(`Post number ${index}`));
    expect((await rejection(client.publish(session, post('One too many')))).code).toBe('RATE_LIMITED');
    await advanceClock(emulator, 86_400);
    await expect(client.publish(session, post('A new day'))).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it('reads an expired token (61 days later) as TOKEN_EXPIRED and a revoked one as REVOKED', async () => {
    await advanceClock(emulator, 61 * 86_400);
    const expired = await rejection(client.publish(session, post('Too late')));
    expect(expired.code).toBe('TOKEN_EXPIRED');

    const { tokens } = await connectOAuth(connector, { loginHint: 'linus' });
    const fresh = { ...session, accessToken: tokens.accessToken };
    await injectFault(emulator, { platform: 'linkedin', kind: 'revoked' });
    expect((await rejection(client.profile(fresh))).code).toBe('REVOKED');
    expect((await rejection(client.publish(fresh, post('After revocation')))).code).toBe('REVOKED');
  });

  it('maps the token_expired fault to TOKEN_EXPIRED', async () => {
    await injectFault(emulator, { platform: 'linkedin', kind: 'token_expired' });
    expect((await rejection(client.accountMetrics(session))).code).toBe('TOKEN_EXPIRED');
  });

  it('maps a 5xx to a publish to UNKNOWN_OUTCOME (here nothing was published)', async () => {
    await injectFault(emulator, { platform: 'linkedin', kind: 'server_error', operation: 'publish' });
    expect((await rejection(client.publish(session, post('Down')))).code).toBe('UNKNOWN_OUTCOME');
    expect(await storedPosts(emulator, 'linkedin')).toEqual([]);
  });

  it('reports a publish timeout as UNKNOWN_OUTCOME; the post exists and is found again', async () => {
    await injectFault(emulator, {
      platform: 'linkedin',
      kind: 'timeout',
      operation: 'publish',
      latencyMs: 1500,
    });
    const error = await rejection(client.publish(session, post('Did it go out? (yes)')));
    expect(error.code).toBe('UNKNOWN_OUTCOME');
    const stored = await storedPosts(emulator, 'linkedin');
    expect(stored.map((p) => p.text)).toEqual(['Did it go out? (yes)']);
    const recent = await client.recentPosts?.(session, new Date(Date.now() - 60_000));
    expect(recent?.map((p) => p.text)).toEqual(['Did it go out? (yes)']);
    // A blind retry is refused as a duplicate that names the post which did go out.
    const retry = await rejection(client.publish(session, post('Did it go out? (yes)')));
    expect(retry).toMatchObject({ code: 'DUPLICATE', options: { existingPostId: stored[0]?.id } });
  });

  it('cannot list posts without r_member_social, but names a duplicate’s post and URL', async () => {
    const basic = createLinkedInClient({ ...settings, scopes: [...LINKEDIN_SCOPES.basic] });
    const plain = createLinkedInClient({ ...connectorSettings(), scopes: [...LINKEDIN_SCOPES.basic] });
    const { tokens } = await connectOAuth(plain, { loginHint: 'lena' });
    const member = {
      account: { id: emulator.social.account('linkedin', 'lena').id },
      accessToken: tokens.accessToken,
    };
    const first = await basic.publish(member, post('Said once'));
    expect(await basic.recentPosts?.(member, new Date(Date.now() - 60_000))).toBeUndefined();
    const again = await rejection(basic.publish(member, post('Said once')));
    expect(again).toMatchObject({
      code: 'DUPLICATE',
      options: { existingPostId: first.id, existingPostUrl: first.url },
    });
  });

  it('injects a duplicate refusal on demand', async () => {
    await injectFault(emulator, { platform: 'linkedin', kind: 'duplicate', operation: 'publish' });
    expect((await rejection(client.publish(session, post('Original words')))).code).toBe('DUPLICATE');
  });

  it('explains a retired LinkedIn-Version (426) as UNAVAILABLE naming the header', async () => {
    const retired = createLinkedInClient({ ...settings, apiVersion: '202301' });
    const error = await rejection(retired.publish(session, post('Old API')));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', options: { status: 426 } });
    expect(error.message).toContain('LinkedIn-Version');
    expect(error.message).toContain('202301');
  });

  it('never puts the access token in an error message', async () => {
    await advanceClock(emulator, 61 * 86_400);
    const errors = await Promise.all([
      rejection(client.publish(session, post('x'))),
      rejection(client.profile(session)),
      rejection(client.recentPosts?.(session, new Date(0)) ?? Promise.resolve()),
    ]);
    for (const error of errors) expect(error.message).not.toContain(session.accessToken);
  });
});
