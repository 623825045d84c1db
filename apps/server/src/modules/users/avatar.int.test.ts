// Profile photos through the real app: an upload is resized to a 256 px WebP and served at the
// profile's versioned URL; a file that is not a photo, or too big, is refused naming the field.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/multipart.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const photo = (width: number, height: number, background = '#3355aa') =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
const upload = (token: string, content: Buffer | string) =>
  call(t, token, { method: 'PUT', url: '/api/v1/users/me/avatar', ...multipartFile('me.png', content) });

describe('profile photo', () => {
  it('resizes an upload, serves it publicly at a versioned URL, and removes it', async () => {
    const user = await registerUser(t);
    const res = await upload(user.accessToken, await photo(1200, 800));
    expect(res.statusCode, res.body).toBe(200);
    const url: string = res.json().profile.profileImageUrl;
    expect(url).toMatch(new RegExp(`^/api/v1/avatars/${user.user.id}\\?v=[\\w-]{16}$`));
    const served = await t.app.inject({ method: 'GET', url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({
      width: 256,
      height: 256,
      format: 'webp',
    });

    const again = await upload(user.accessToken, await photo(300, 300, '#aa5533'));
    expect(again.json().profile.profileImageUrl).not.toBe(url);
    const removed = await call(t, user.accessToken, { method: 'DELETE', url: '/api/v1/users/me/avatar' });
    expect(removed.json().profile.profileImageUrl).toBeNull();
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('refuses what is not a photo, a photo over 5 MB and a missing file, naming the field', async () => {
    const user = await registerUser(t);
    for (const content of ['just some text', Buffer.alloc(5 * 1024 * 1024 + 1, 1)]) {
      const res = await upload(user.accessToken, content);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('file');
    }
    const none = await call(t, user.accessToken, { method: 'PUT', url: '/api/v1/users/me/avatar' });
    expect(none.json()).toMatchObject({ errors: [{ path: 'file' }] });
    expect(
      (await call(t, user.accessToken, { method: 'GET', url: '/api/v1/users/me' })).json().profile
        .profileImageUrl,
    ).toBeNull();
  });

  it("changes only the caller's photo and needs a token", async () => {
    const owner = await registerUser(t);
    const url = (await upload(owner.accessToken, await photo(64, 64))).json().profile.profileImageUrl;
    const other = await registerUser(t);
    await call(t, other.accessToken, { method: 'DELETE', url: '/api/v1/users/me/avatar' });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/users/me/avatar' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/avatars/${other.user.id}` })).statusCode).toBe(
      404,
    );
  });
});
