// Reading through the X adapter against the emulated X: profile and account counts, post metrics
// that grow with time (non-public ones only for one's own recent tweets), missing tweets reported
// as a 200 with errors[] only, and the timeline used for reconciliation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../port.js';
import { type Connection, codeOf, startXKit, type XKit } from './test/x-kit.js';

let kit: XKit;
let session: Session;
let connection: Connection;
beforeAll(async () => {
  kit = await startXKit();
});
afterAll(() => kit.close());
beforeEach(async () => {
  kit.emulator.state.reset();
  connection = await kit.connect('ada');
  session = connection.session;
});

const post = (text: string) => ({ text, idempotencyKey: text });

describe('X reads', () => {
  it('reports the profile and the account’s counts', async () => {
    const profile = await kit.client.profile(session);
    expect(profile).toMatchObject({ id: session.account.id, handle: 'ada', displayName: 'Ada' });
    expect(profile.avatarUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__emulator\/avatar\/x\/ada\.svg$/);
    await kit.client.publish(session, post('One'));
    await kit.client.publish(session, post('Two'));
    const metrics = await kit.client.accountMetrics(session);
    expect(metrics.posts).toBe(2);
    expect(metrics.followers).toBeGreaterThan(0);
    expect(metrics.following).toBeGreaterThan(0);
  });

  it('reports metrics that grow with the post’s age, with non-public ones for own tweets', async () => {
    const published = await kit.client.publish(
      session,
      post('Why do great engineering teams write things down? https://example.com/notes'),
    );
    const fresh = await kit.client.postMetrics(session, published);
    expect(fresh).toMatchObject({ impressions: 0, likes: 0, comments: 0, reposts: 0, clicks: 0 });
    const { session: now } = await kit.later(2 * 86_400, connection);
    const later = await kit.client.postMetrics(now, published);
    expect(later?.impressions).toBeGreaterThan(0);
    expect(later?.likes).toBeGreaterThan(0);
    expect(later?.clicks).toBeGreaterThan(0);
    expect(later?.quotes).toBeTypeOf('number');
    expect(later?.bookmarks).toBeTypeOf('number');
  });

  it('falls back to public metrics where X withholds the private ones (others’ or old tweets)', async () => {
    let other = await kit.connect('grace');
    const theirs = await kit.client.publish(
      other.session,
      post('Grace speaking, with a link https://example.com'),
    );
    const mine = await kit.later(86_400, connection);
    other = await kit.later(0, other);
    const seen = await kit.client.postMetrics(mine.session, theirs);
    expect(seen?.clicks).toBeUndefined();
    expect(seen?.impressions).toBeGreaterThan(0);
    const own = await kit.client.postMetrics(other.session, theirs);
    expect(own?.clicks).toBeTypeOf('number');
    other = await kit.later(31 * 86_400, other);
    const old = await kit.client.postMetrics(other.session, theirs);
    expect(old?.clicks).toBeUndefined();
    expect(old?.likes).toBeGreaterThanOrEqual(own?.likes ?? 0);
  });

  it('turns a 200 carrying only errors[] into NOT_FOUND', async () => {
    const published = await kit.client.publish(session, post('Here, then gone'));
    await kit.client.delete(session, published.id);
    expect(await codeOf(kit.client.postMetrics(session, published))).toBe('NOT_FOUND');
  });

  it('lists recent posts newest first, since a given time, across pages', async () => {
    const old = await kit.client.publish(session, post('Before the window'));
    await kit.advanceClock(3600);
    const since = new Date((await kit.now()).getTime() - 1000);
    // 120 posts take two 15-minute windows (100 each) and two timeline pages (100 each).
    for (let i = 0; i < 120; i += 1) {
      if (i === 100) await kit.advanceClock(901);
      await kit.client.publish(session, post(`In the window ${i}`));
    }
    const recent = (await kit.client.recentPosts?.(session, since)) ?? [];
    expect(recent).toHaveLength(120);
    expect(recent[0]?.text).toBe('In the window 119');
    expect(recent.at(-1)?.text).toBe('In the window 0');
    expect(recent.some((p) => p.id === old.id)).toBe(false);
    expect(recent[0]?.url).toBe(`${kit.emulator.platformUrl('x')}/i/web/status/${recent[0]?.id}`);
    expect(recent[0]?.publishedAt.getTime()).toBeGreaterThanOrEqual(since.getTime());
  });
});
