// The Medium adapter against the emulator: sandbox integration tokens, publishing stories with
// tags, Medium's refusals, injected faults, and honesty about what Medium cannot do.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingPost, Session, SocialClient } from '../port.js';
import { injectFault, rejection, storedPosts } from '../test/emulated.js';
import { mediumTags } from './client.js';
import { createMediumClient } from './index.js';

let emulator: Emulator;
let client: SocialClient;
let session: Session;
const story = (extra: Partial<OutgoingPost> = {}): OutgoingPost => ({
  title: 'What 100 customer calls taught me',
  text: 'Listen more than you talk.\n\n- ask *why* twice\n- write it down',
  tags: ['#startups', 'customer-research', 'a-tag-that-is-far-too-long-for-medium', 'sales', 'extra'],
  idempotencyKey: 'story-1',
  ...extra,
});

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  client = createMediumClient({ apiUrl: emulator.platformUrl('medium'), http: { timeoutMs: 300 } });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  const login = await client.loginWithSecret?.({ secret: 'sandbox-ada' });
  session = { account: login?.account ?? { id: '' }, accessToken: login?.tokens.accessToken ?? '' };
});

describe('Medium', () => {
  it('accepts any sandbox- token as a stable account and reads its profile', async () => {
    const again = await client.loginWithSecret?.({ secret: 'sandbox-ada' });
    expect(again?.account.id).toBe(session.account.id);
    expect(again?.tokens).toEqual({ accessToken: 'sandbox-ada', scopes: [] });
    const other = await client.loginWithSecret?.({ secret: 'sandbox-grace' });
    expect(other?.account.id).not.toBe(session.account.id);
    const profile = await client.profile(session);
    expect(profile).toMatchObject({
      id: session.account.id,
      handle: expect.stringMatching(/^writer-[0-9a-f]{8}$/),
    });
    expect(profile.handle).not.toContain('ada');
    expect((await fetch(profile.profileUrl ?? '')).status).toBe(200);
    expect(client).toMatchObject({ connectMethod: 'integration_token', refreshes: false });
  });

  it('refuses a token that is not a sandbox token, without quoting it', async () => {
    const error = await rejection(
      client.loginWithSecret?.({ secret: 'real-looking-token-123' }) ?? Promise.resolve(),
    );
    expect(error).toMatchObject({ code: 'INVALID_GRANT', options: { status: 401 } });
    expect(error.message).not.toContain('real-looking-token-123');
    expect((await rejection(client.loginWithSecret?.({ secret: ' ' }) ?? Promise.resolve())).code).toBe(
      'INVALID_GRANT',
    );
  });

  it('publishes markdown with the title shown and the three tags Medium will use', async () => {
    const published = await client.publish(session, story());
    expect(published.url).toContain(`${emulator.platformUrl('medium')}/@writer-`);
    const [stored] = await storedPosts(emulator, 'medium');
    expect(stored).toMatchObject({
      id: published.id,
      title: 'What 100 customer calls taught me',
      format: 'article',
    });
    expect(stored?.text.startsWith('# What 100 customer calls taught me\n\nListen more')).toBe(true);
    expect(stored?.extra).toMatchObject({
      contentFormat: 'markdown',
      tags: ['startups', 'customer-research', 'sales'],
      publishStatus: 'public',
    });
    const page = await fetch(published.url);
    expect(await page.text()).toContain('Listen more than you talk.');
  });

  it('keeps only the first three tags and drops long ones when a client sends them raw', async () => {
    const response = await fetch(`${emulator.platformUrl('medium')}/v1/users/${session.account.id}/posts`, {
      method: 'POST',
      headers: { authorization: 'Bearer sandbox-ada', 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Raw',
        contentFormat: 'html',
        content: '<p>Hi</p>',
        tags: ['one', 'a-tag-that-is-far-too-long-for-medium', 'three', 'four'],
      }),
    });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as {
      data: { tags: string[]; publishedAt: number; authorId: string };
    };
    expect(data).toMatchObject({ tags: ['one', 'three'], authorId: session.account.id });
    expect(mediumTags(['#a', 'a', ' b ', 'x'.repeat(26), 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });

  it('publishes html, naming the title in an h1', async () => {
    await client.publish(
      session,
      story({ format: 'html', text: '<p>Body & more</p>', title: 'Tips & tricks' }),
    );
    const [stored] = await storedPosts(emulator, 'medium');
    expect(stored?.text).toBe('<h1>Tips &#38; tricks</h1>\n<p>Body & more</p>');
  });

  it('needs a title', async () => {
    expect((await rejection(client.publish(session, story({ title: undefined })))).code).toBe(
      'INVALID_CONTENT',
    );
    expect((await rejection(client.publish(session, story({ title: '   ' })))).code).toBe('INVALID_CONTENT');
    expect(await storedPosts(emulator, 'medium')).toEqual([]);
  });

  it('maps an author id that is not the token’s user to FORBIDDEN (Medium answers 403, as documented)', async () => {
    const other = await client.loginWithSecret?.({ secret: 'sandbox-grace' });
    const error = await rejection(
      client.publish({ ...session, account: other?.account ?? { id: 'x' } }, story()),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', options: { status: 403 } });
    expect(error.message).toContain('Medium');
    expect(await storedPosts(emulator, 'medium')).toEqual([]);
  });

  it('maps injected faults', async () => {
    await injectFault(emulator, { platform: 'medium', kind: 'rate_limit', operation: 'publish' });
    expect((await rejection(client.publish(session, story()))).code).toBe('RATE_LIMITED');
    // A 5xx to a write leaves its outcome unknown to the client (here nothing was published).
    await injectFault(emulator, { platform: 'medium', kind: 'server_error', operation: 'publish' });
    expect((await rejection(client.publish(session, story()))).code).toBe('UNKNOWN_OUTCOME');
    expect(await storedPosts(emulator, 'medium')).toEqual([]);

    await injectFault(emulator, {
      platform: 'medium',
      kind: 'timeout',
      operation: 'publish',
      latencyMs: 1500,
    });
    expect((await rejection(client.publish(session, story()))).code).toBe('UNKNOWN_OUTCOME');
    expect(await storedPosts(emulator, 'medium')).toHaveLength(1);

    await injectFault(emulator, { platform: 'medium', kind: 'revoked' });
    expect((await rejection(client.profile(session))).code).toBe('REVOKED');
    expect((await rejection(client.publish(session, story()))).code).toBe('REVOKED');
  });

  it('is honest about what Medium cannot do', async () => {
    const published = await client.publish(session, story());
    await expect(client.postMetrics(session, published)).resolves.toBeNull();
    await expect(client.accountMetrics(session)).resolves.toEqual({});
    expect((await rejection(client.delete(session, published.id))).code).toBe('FORBIDDEN');
    expect(client.recentPosts).toBeUndefined();
    await expect(client.limits(session)).resolves.toMatchObject({
      requiresTitle: true,
      threads: false,
      maxMedia: 0,
    });
  });
});
