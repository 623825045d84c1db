// Publishing through the LinkedIn adapter against the emulator: text and images, little-text
// escaping (and what happens without it), duplicates, deletion, reading posts back, metrics.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingPost, Session, SocialClient } from '../port.js';
import {
  advanceClock,
  connectOAuth,
  currentLinkedInVersion,
  rejection,
  storedPosts,
} from '../test/emulated.js';
import { createLinkedInClient, LINKEDIN_SCOPES } from './index.js';

let emulator: Emulator;
let client: SocialClient;
let session: Session;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const post = (text: string, extra: Partial<OutgoingPost> = {}): OutgoingPost => ({
  text,
  idempotencyKey: `k-${text.length}`,
  ...extra,
});

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  client = createLinkedInClient({
    authUrl: emulator.platformUrl('linkedin'),
    apiUrl: emulator.platformUrl('linkedin'),
    apiVersion: currentLinkedInVersion(),
    http: { timeoutMs: 5000 },
    scopes: [...LINKEDIN_SCOPES.basic, ...LINKEDIN_SCOPES.analytics, ...LINKEDIN_SCOPES.readPosts],
  });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  const { tokens } = await connectOAuth(client, { loginHint: 'grace' });
  session = {
    account: { id: emulator.social.account('linkedin', 'grace').id },
    accessToken: tokens.accessToken,
  };
});

describe('LinkedIn publishing', () => {
  it('publishes text: URN from x-restli-id, a readable post page, the text intact, hashtags as hashtags', async () => {
    const text =
      'Three lessons from shipping (fast) #buildinpublic — ask @me_anything: <why> [now] *ok* ~fine~ {x} | \\o/';
    const published = await client.publish(session, post(text));
    expect(published.id).toMatch(/^urn:li:share:\d{19}$/);
    expect(published.url).toBe(`${emulator.platformUrl('linkedin')}/feed/update/${published.id}`);
    const [stored] = await storedPosts(emulator, 'linkedin');
    expect(stored).toMatchObject({ id: published.id, text, format: 'text', handle: 'grace' });
    expect(stored?.extra).toMatchObject({ truncated: false, hashtags: ['buildinpublic'], mentions: [] });
    const page = await fetch(published.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Three lessons from shipping');
  });

  it('shows why escaping matters: raw reserved characters are cut off while LinkedIn still answers 201', async () => {
    const response = await fetch(`${emulator.platformUrl('linkedin')}/rest/posts`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.accessToken}`,
        'linkedin-version': currentLinkedInVersion(),
        'x-restli-protocol-version': '2.0.0',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        author: `urn:li:person:${session.account.id}`,
        commentary: 'Shipping v2 (finally) today',
        visibility: 'PUBLIC',
        distribution: {
          feedDistribution: 'MAIN_FEED',
          targetEntities: [],
          thirdPartyDistributionChannels: [],
        },
        lifecycleState: 'PUBLISHED',
        isReshareDisabledByAuthor: false,
      }),
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('');
    const escaped = await client.publish(session, post('Shipping v2 (finally) today!'));
    const posts = await storedPosts(emulator, 'linkedin');
    expect(posts.map((p) => p.text)).toEqual(['Shipping v2 ', 'Shipping v2 (finally) today!']);
    expect(posts[1]?.id).toBe(escaped.id);
  });

  it('uploads one image, or several as a multi-image post', async () => {
    const one = await client.publish(
      session,
      post('One picture', { media: [{ bytes: PNG, mimeType: 'image/png', altText: 'A chart' }] }),
    );
    const two = await client.publish(
      session,
      post('Two pictures', {
        media: [
          { bytes: PNG, mimeType: 'image/png' },
          { bytes: PNG, mimeType: 'image/png' },
        ],
      }),
    );
    const posts = await storedPosts(emulator, 'linkedin');
    const first = posts.find((p) => p.id === one.id);
    expect(first?.format).toBe('image');
    expect(first?.mediaIds).toHaveLength(1);
    expect(first?.extra.content).toEqual({ media: { id: first?.mediaIds[0], altText: 'A chart' } });
    expect(posts.find((p) => p.id === two.id)?.mediaIds).toHaveLength(2);
    expect(
      emulator.social.media.filter((m) => m.platform === 'linkedin').every((m) => m.size === PNG.length),
    ).toBe(true);
  });

  it('maps a duplicate to DUPLICATE naming the earlier post', async () => {
    const first = await client.publish(session, post('Same words twice'));
    const error = await rejection(client.publish(session, post('Same words twice')));
    expect(error).toMatchObject({ code: 'DUPLICATE', options: { status: 422, existingPostId: first.id } });
  });

  it('refuses what LinkedIn cannot take before sending it', async () => {
    // 2,990 characters become 3,010 once the twenty ( are escaped.
    const long = `${'('.repeat(20)}${'a'.repeat(2970)}`;
    expect((await rejection(client.publish(session, post(long)))).code).toBe('INVALID_CONTENT');
    const root = { id: 'urn:li:share:1', url: '', publishedAt: new Date() };
    const reply = post('part 2', { replyTo: { root, parent: root } });
    expect((await rejection(client.publish(session, reply))).code).toBe('INVALID_CONTENT');
    expect(await storedPosts(emulator, 'linkedin')).toEqual([]);
    await expect(client.limits(session)).resolves.toMatchObject({ maxLength: 3000, threads: false });
  });

  it('lists the member’s posts newest first, deletes, and treats a second delete as done', async () => {
    const older = await client.publish(session, post('Older post'));
    await advanceClock(emulator, 60);
    const newer = await client.publish(session, post('Newer post, with (parentheses)'));
    const recent = await client.recentPosts?.(session, new Date(Date.now() - 3_600_000));
    expect(recent?.map((p) => [p.id, p.text])).toEqual([
      [newer.id, 'Newer post, with (parentheses)'],
      [older.id, 'Older post'],
    ]);
    await client.delete(session, older.id);
    await client.delete(session, older.id);
    expect((await storedPosts(emulator, 'linkedin')).map((p) => p.id)).toEqual([newer.id]);
  });

  it('reads the five post metrics, which grow as time passes, and the follower count', async () => {
    const published = await client.publish(
      session,
      post('What I learned from 100 customer calls about pricing'),
    );
    const early = await client.postMetrics(session, published);
    await advanceClock(emulator, 2 * 86_400);
    const later = await client.postMetrics(session, published);
    expect(early?.impressions).toBe(0);
    expect(later?.impressions).toBeGreaterThan(0);
    expect(later?.reach).toBeGreaterThan(0);
    expect(later?.reach).toBeLessThanOrEqual(later?.impressions ?? 0);
    expect(later?.likes).toBeGreaterThan(early?.likes ?? 0);
    expect(Object.keys(later ?? {}).sort()).toEqual(['comments', 'impressions', 'likes', 'reach', 'reposts']);
    const { followers } = await client.accountMetrics(session);
    expect(followers).toBeGreaterThanOrEqual(emulator.social.account('linkedin', 'grace').followers);
  });

  it('answers FORBIDDEN for analytics when the app lacks the analytics product', async () => {
    const basic = createLinkedInClient({
      authUrl: emulator.platformUrl('linkedin'),
      apiUrl: emulator.platformUrl('linkedin'),
      apiVersion: currentLinkedInVersion(),
      http: { timeoutMs: 5000 },
    });
    const { tokens } = await connectOAuth(basic, { loginHint: 'grace' });
    const plain = { ...session, accessToken: tokens.accessToken };
    const published = await basic.publish(plain, post('Basic scopes can post'));
    const error = await rejection(basic.postMetrics(plain, published));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('memberCreatorPostAnalytics');
  });
});
