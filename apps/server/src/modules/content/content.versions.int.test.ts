// Version history through the real app: pages newest first, word diff + unified patch, restore with
// If-Match, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi, samplePost } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = contentApi(t);
});
afterAll(() => t.close());

/** A post with versions 1..3: the original, then two body edits. */
async function withHistory() {
  const { accessToken: token } = await registerUser(t);
  const id = (await api(token, 'POST', '', { ...samplePost, body: 'Ship small changes often.' })).json().id;
  await api(token, 'PATCH', `/${id}`, { body: 'Ship tiny changes daily.' });
  await api(token, 'PATCH', `/${id}`, {
    body: 'Ship tiny changes daily.\n\nMeasure everything.',
    title: 'Cadence',
  });
  return { token, id: id as string };
}

describe('autosave', () => {
  it('folds autosaves of one sitting into one version, and a save starts the next', async () => {
    const { token, id } = await withHistory();
    const autosave = (body: string) => api(token, 'PATCH', `/${id}`, { body, autosave: true });
    expect((await autosave('Ship tiny changes daily.\n\nMeasure')).statusCode).toBe(200);
    const latest = (await autosave('Ship tiny changes daily.\n\nMeasure what matters.')).json();
    expect(latest.version).toBe(5);
    const versions = async () =>
      (await api(token, 'GET', `/${id}/versions`)).json().items.map((v: { version: number }) => v.version);
    expect(await versions()).toEqual([5, 3, 2, 1]);
    const newest = (await api(token, 'GET', `/${id}/versions`)).json().items[0];
    expect(newest).toMatchObject({ body: 'Ship tiny changes daily.\n\nMeasure what matters.' });
    expect(newest.changeNote).toMatch(/^Autosaved/);
    await api(token, 'PATCH', `/${id}`, { body: 'Ship tiny changes daily. Measure what matters.' });
    await autosave('Ship tiny changes daily. Measure what matters!');
    expect(await versions()).toEqual([7, 6, 5, 3, 2, 1]);
  });

  it('is refused when it changes nothing else', async () => {
    const { token, id } = await withHistory();
    expect((await api(token, 'PATCH', `/${id}`, { autosave: true })).statusCode).toBe(400);
  });
});

describe('versions', () => {
  it('pages through versions newest first', async () => {
    const { token, id } = await withHistory();
    const first = (await api(token, 'GET', `/${id}/versions?limit=2`)).json();
    expect(first.items.map((v: { version: number }) => v.version)).toEqual([3, 2]);
    const second = (await api(token, 'GET', `/${id}/versions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toMatchObject([{ version: 1, body: 'Ship small changes often.', author: 'user' }]);
    expect(second.nextCursor).toBeNull();
  });

  it('diffs two versions word by word and as a patch', async () => {
    const { token, id } = await withHistory();
    const res = await api(token, 'GET', `/${id}/versions/diff?from=1&to=3`);
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    expect(diff.title).toEqual({ from: null, to: 'Cadence', changed: true });
    expect(diff.words).toContainEqual({ op: 'delete', text: 'small' });
    expect(diff.words).toContainEqual({ op: 'insert', text: 'tiny' });
    expect(diff.patch).toContain('--- version 1');
    expect(diff.patch).toContain('+Measure everything.');
  });

  it.each([
    ['from=1', 'to'],
    ['from=0&to=1', 'from'],
    ['from=a&to=1', 'from'],
  ])('refuses a diff with ?%s naming %s', async (query, path) => {
    const { token, id } = await withHistory();
    const res = await api(token, 'GET', `/${id}/versions/diff?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(path);
  });

  it('answers 404 naming the version that does not exist', async () => {
    const { token, id } = await withHistory();
    const res = await api(token, 'GET', `/${id}/versions/diff?from=1&to=9`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'VERSION_NOT_FOUND', errors: [{ path: 'to' }] });
  });

  it('refuses a bad cursor', async () => {
    const { token, id } = await withHistory();
    const res = await api(token, 'GET', `/${id}/versions?cursor=abc`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_CURSOR');
  });
});

describe('restore', () => {
  it('makes a new version equal to the restored one, noted as such', async () => {
    const { token, id } = await withHistory();
    const res = await api(token, 'POST', `/${id}/versions/1/restore`, undefined, { 'if-match': '"v3"' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"v4"');
    expect(res.json()).toMatchObject({ version: 4, title: null, body: 'Ship small changes often.' });
    const [latest] = (await api(token, 'GET', `/${id}/versions`)).json().items;
    expect(latest).toMatchObject({ version: 4, author: 'user', changeNote: 'Restored version 1' });
  });

  it('is safe to retry: restoring what is already current adds no version', async () => {
    const { token, id } = await withHistory();
    await api(token, 'POST', `/${id}/versions/2/restore`, undefined, { 'if-match': '"v3"' });
    const again = await api(token, 'POST', `/${id}/versions/2/restore`, undefined, { 'if-match': '"v3"' });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(4);
  });

  it('answers 412 when the piece changed since the client loaded it', async () => {
    const { token, id } = await withHistory();
    const res = await api(token, 'POST', `/${id}/versions/1/restore`, undefined, { 'if-match': '"v2"' });
    expect(res.statusCode).toBe(412);
    expect((await api(token, 'GET', `/${id}`)).json().version).toBe(3);
  });

  it('answers 404 for an unknown version and 400 for a malformed one', async () => {
    const { token, id } = await withHistory();
    expect((await api(token, 'POST', `/${id}/versions/7/restore`)).json().code).toBe('VERSION_NOT_FOUND');
    const bad = await api(token, 'POST', `/${id}/versions/first/restore`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('version');
  });
});
