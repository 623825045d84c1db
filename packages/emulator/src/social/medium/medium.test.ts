// The emulated Medium on the wire: its error envelope and status codes, checked with plain fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());

describe('emulated Medium', () => {
  it('answers 401 with Medium’s error envelope for missing and unknown tokens', async () => {
    const missing = await fetch(`${emulator.platformUrl('medium')}/v1/me`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      errors: [{ message: 'An access token is required.', code: 6000 }],
    });
    const unknown = await fetch(`${emulator.platformUrl('medium')}/v1/me`, {
      headers: { authorization: 'Bearer abc' },
    });
    expect(await unknown.json()).toEqual({ errors: [{ message: 'Token was invalid.', code: 6003 }] });
  });

  it('answers 400 without a title or content and 403 for another author, as Medium documents', async () => {
    const me = (await (
      await fetch(`${emulator.platformUrl('medium')}/v1/me`, {
        headers: { authorization: 'Bearer sandbox-x' },
      })
    ).json()) as { data: { id: string } };
    const create = (authorId: string, body: unknown) =>
      fetch(`${emulator.platformUrl('medium')}/v1/users/${authorId}/posts`, {
        method: 'POST',
        headers: { authorization: 'Bearer sandbox-x', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const untitled = await create(me.data.id, { contentFormat: 'markdown', content: 'x' });
    expect(untitled.status).toBe(400);
    expect(((await untitled.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    const empty = await create(me.data.id, { title: 't', contentFormat: 'markdown', content: ' ' });
    expect(await empty.json()).toEqual({ errors: [{ message: 'No content specified.', code: 2002 }] });
    const other = await create('someone-else', { title: 't', contentFormat: 'markdown', content: 'x' });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { errors: { message: string }[] }).errors).toHaveLength(1);
    expect(emulator.social.livePosts('medium')).toEqual([]);
  });
});
