// Rate limits and token lifetimes through the X adapter against the emulated X: injected and real
// 429s with the reset X announces, expiry after 2 h (refresh, then retry), and revoked access.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Session, TokenSet } from '../port.js';
import { codeOf, startXKit, type XKit } from './test/x-kit.js';

let kit: XKit;
let session: Session;
let tokens: TokenSet;
beforeAll(async () => {
  kit = await startXKit();
});
afterAll(() => kit.close());
beforeEach(async () => {
  kit.emulator.state.reset();
  ({ session, tokens } = await kit.connect('ada'));
});

const post = (text: string) => ({ text, idempotencyKey: text });

async function rateLimitError(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  return error as { code?: string; retryAfterSeconds?: number };
}

describe('X rate limits', () => {
  it('maps an injected 429 to RATE_LIMITED with the seconds until x-rate-limit-reset', async () => {
    await kit.fault({ kind: 'rate_limit', operation: 'publish', retryAfterSeconds: 120 });
    const error = await rateLimitError(kit.client.publish(session, post('Too soon')));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(119);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(121);
    expect(await kit.posts()).toHaveLength(0);
  });

  it('measures the reset on X’s clock, not ours', async () => {
    const { session: now } = await kit.later(3 * 3600, { session, tokens });
    await kit.fault({ kind: 'rate_limit', operation: 'any', retryAfterSeconds: 60 });
    const error = await rateLimitError(kit.client.accountMetrics(now));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(61);
  });

  it('hits X’s real limit of 100 posts per 15 minutes on the 101st', async () => {
    for (let i = 1; i <= 100; i += 1) await kit.client.publish(session, post(`Post number ${i}`));
    const error = await rateLimitError(kit.client.publish(session, post('Post number 101')));
    expect(error.code).toBe('RATE_LIMITED');
    // X's date header has whole seconds, so the wait may round up by one.
    expect(error.retryAfterSeconds).toBeGreaterThan(800);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(901);
    expect(await kit.posts()).toHaveLength(100);
    // Another user has their own window.
    const other = await kit.connect('grace');
    await expect(kit.client.publish(other.session, post('Post number 101'))).resolves.toBeDefined();
    // After the window, posting works again.
    await kit.advanceClock(901);
    await expect(kit.client.publish(session, post('Post number 101'))).resolves.toBeDefined();
  });
});

describe('X token lifetimes', () => {
  it('answers TOKEN_EXPIRED after 2 h; a refresh and a retry then succeed', async () => {
    await kit.advanceClock(2 * 3600);
    expect(await codeOf(kit.client.publish(session, post('Late post')))).toBe('TOKEN_EXPIRED');
    const fresh = await kit.client.refresh?.(tokens, session.account, kit.app);
    const retried = await kit.client.publish(
      { ...session, accessToken: fresh?.accessToken ?? '' },
      post('Late post'),
    );
    expect((await kit.posts()).map((p) => p.id)).toEqual([retried.id]);
  });

  it('answers TOKEN_EXPIRED for an injected expiry, and refresh recovers', async () => {
    await kit.fault({ kind: 'token_expired', operation: 'any' });
    expect(await codeOf(kit.client.accountMetrics(session))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(kit.client.accountMetrics(session))).toBe('TOKEN_EXPIRED');
    const fresh = await kit.client.refresh?.(tokens, session.account, kit.app);
    expect(
      await codeOf(kit.client.accountMetrics({ ...session, accessToken: fresh?.accessToken ?? '' })),
    ).toBe('resolved');
  });

  it('cannot tell revoked from expired on a call (TOKEN_EXPIRED); the refresh says REVOKED', async () => {
    await kit.fault({ kind: 'revoked', operation: 'any' });
    expect(await codeOf(kit.client.publish(session, post('After revocation')))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(kit.client.refresh?.(tokens, session.account, kit.app) ?? Promise.reject())).toBe(
      'REVOKED',
    );
    expect(await kit.posts()).toHaveLength(0);
  });
});
