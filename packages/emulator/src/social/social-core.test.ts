// The shared machinery of the emulated platforms: single-use codes with PKCE, token checks against
// the adjustable clock, fault queues, seeded engagement, and the control API over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';
import { engagementAt, hourFactor, weekdayFactor } from './engagement.js';
import { SocialState, s256 } from './state.js';
import type { EmulatedPost } from './types.js';

describe('SocialState', () => {
  const state = new SocialState('http://emulator');
  const account = state.account('x', 'ada');
  const issue = () =>
    state.issueCode(
      {
        platform: 'x',
        clientId: 'c',
        redirectUri: 'http://app/cb',
        accountId: account.id,
        scopes: [],
        codeChallenge: s256('verifier'),
      },
      30,
    );

  it('redeems a code once, with the right verifier only', () => {
    const code = issue();
    expect(
      state.redeemCode('x', code.code, {
        clientId: 'c',
        redirectUri: 'http://app/cb',
        codeVerifier: 'wrong',
      }),
    ).toBe('pkce');
    const again = issue();
    expect(
      state.redeemCode('x', again.code, {
        clientId: 'c',
        redirectUri: 'http://app/cb',
        codeVerifier: 'verifier',
      }),
    ).toMatchObject({ accountId: account.id });
    expect(
      state.redeemCode('x', again.code, {
        clientId: 'c',
        redirectUri: 'http://app/cb',
        codeVerifier: 'verifier',
      }),
    ).toBe('used');
  });

  it('expires codes and tokens on the emulator clock', () => {
    const code = issue();
    const token = state.issueToken(
      { kind: 'access', platform: 'x', clientId: 'c', accountId: account.id, scopes: [], family: 'f' },
      7200,
    );
    expect(state.checkAccess('x', token.token)).toMatchObject({ ok: true });
    state.advanceClock(7201);
    expect(state.checkAccess('x', token.token)).toEqual({ ok: false, reason: 'expired' });
    expect(
      state.redeemCode('x', code.code, {
        clientId: 'c',
        redirectUri: 'http://app/cb',
        codeVerifier: 'verifier',
      }),
    ).toBe('expired');
    expect(state.checkAccess('x', 'nonsense')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('consumes publish-only faults on publish requests only', () => {
    state.addFault('x', {
      after: 0,
      kind: 'duplicate',
      remaining: 1,
      operation: 'publish',
      retryAfterSeconds: 0,
      latencyMs: 0,
    });
    expect(state.takeFault('x', 'read')).toBeUndefined();
    expect(state.takeFault('x', 'publish')?.kind).toBe('duplicate');
    expect(state.takeFault('x', 'publish')).toBeUndefined();
  });

  it('lets `after` matching requests through before a fault applies', () => {
    state.addFault('x', {
      kind: 'server_error',
      remaining: 1,
      operation: 'publish',
      retryAfterSeconds: 0,
      latencyMs: 0,
      after: 2,
    });
    expect(state.takeFault('x', 'publish')).toBeUndefined();
    expect(state.takeFault('x', 'publish')).toBeUndefined();
    expect(state.takeFault('x', 'publish')?.kind).toBe('server_error');
    expect(state.takeFault('x', 'publish')).toBeUndefined();
  });
});

describe('engagement model', () => {
  const account = new SocialState('http://e').account('linkedin', 'grace');
  const post = (overrides: Partial<EmulatedPost>): EmulatedPost => ({
    platform: 'linkedin',
    accountId: account.id,
    handle: 'grace',
    id: 'urn:li:share:1',
    url: '',
    text: 'A'.repeat(1100),
    mediaIds: [],
    format: 'text',
    createdAt: '2026-11-24T08:30:00.000Z',
    deleted: false,
    extra: {},
    ...overrides,
  });

  it('is deterministic and grows with age', () => {
    const p = post({});
    const day = Date.parse('2026-11-25T08:30:00Z');
    expect(engagementAt(p, account, day)).toEqual(engagementAt(p, account, day));
    expect(engagementAt(p, account, day).impressions).toBeGreaterThan(
      engagementAt(p, account, Date.parse('2026-11-24T09:30:00Z')).impressions,
    );
    expect(engagementAt(p, account, Date.parse(p.createdAt)).impressions).toBe(0);
  });

  it('favours working-day mornings over weekend nights', () => {
    expect(hourFactor(9)).toBeGreaterThan(hourFactor(3));
    expect(weekdayFactor(2)).toBeGreaterThan(weekdayFactor(0));
    const day = (iso: string) =>
      engagementAt(post({ createdAt: iso }), account, Date.parse(iso) + 7 * 86_400_000).impressions;
    expect(day('2026-11-24T08:30:00.000Z')).toBeGreaterThan(day('2026-11-22T03:00:00.000Z'));
  });
});

describe('control API', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.state.reset());
  const post = (path: string, body: unknown) =>
    fetch(`${emulator.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lists published posts by platform and account', async () => {
    const account = emulator.social.account('bluesky', 'ada.test');
    emulator.social.addPost({
      platform: 'bluesky',
      accountId: account.id,
      handle: 'ada.test',
      id: 'p1',
      url: 'u',
      text: 'hi',
      mediaIds: [],
      format: 'text',
      extra: {},
    });
    const all = (await (
      await fetch(`${emulator.url}/__emulator/posts?platform=bluesky&account=ada.test`)
    ).json()) as { posts: { id: string }[] };
    expect(all.posts.map((p) => p.id)).toEqual(['p1']);
    const none = (await (await fetch(`${emulator.url}/__emulator/posts?platform=x`)).json()) as {
      posts: unknown[];
    };
    expect(none.posts).toEqual([]);
    expect((await fetch(`${emulator.url}/__emulator/posts?platform=myspace`)).status).toBe(400);
  });

  it('validates and queues faults, advances the clock, resets everything', async () => {
    expect((await post('/__emulator/faults', { platform: 'x', kind: 'meltdown' })).status).toBe(400);
    expect((await post('/__emulator/faults', { platform: 'x', kind: 'rate_limit', count: 2 })).status).toBe(
      201,
    );
    expect(emulator.social.faults.x).toHaveLength(1);
    const clock = (await (await post('/__emulator/clock', { advanceSeconds: 3600 })).json()) as {
      offsetSeconds: number;
    };
    expect(clock.offsetSeconds).toBe(3600);
    await post('/__emulator/reset', {});
    expect(emulator.social.faults.x).toHaveLength(0);
    expect(emulator.social.clockOffsetMs).toBe(0);
    expect(emulator.social.client('x', 'brandwright-sandbox')).toBeDefined();
  });

  it('serves generated avatars', async () => {
    const res = await fetch(`${emulator.url}/__emulator/avatar/x/ada.svg`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toContain('>AD<');
  });
});
