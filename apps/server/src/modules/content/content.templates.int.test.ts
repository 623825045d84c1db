// Templates through the real app: the built-in library, the user's own (CRUD), read-only built-ins,
// bad input, retried creates and another user's template ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = contentApi(t);
});
afterAll(() => t.close());

const mine = {
  name: 'Weekly recap',
  structure: 'Three wins of the week, one lesson, one question.',
  format: 'post',
};

describe('templates', () => {
  it('lists the built-in library with stable ids and no placeholder brackets', async () => {
    const { accessToken } = await registerUser(t);
    const res = await api(accessToken, 'GET', '/templates');
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((x: { id: string }) => x.id);
    for (const slug of [
      'hook',
      'listicle',
      'story',
      'contrarian',
      'how-to',
      'lesson-learned',
      'question',
      'announcement',
      'carousel-outline',
      'thread',
    ])
      expect(ids).toContain(`builtin:${slug}`);
    for (const template of res.json().items) expect(template.structure).not.toMatch(/[[\]{}<>]/);
    const one = await api(accessToken, 'GET', '/templates/builtin:story');
    expect(one.json()).toMatchObject({ builtin: true, name: 'Story', format: 'post' });
  });

  it('creates, reads, updates and deletes the user’s own templates', async () => {
    const { accessToken } = await registerUser(t);
    const created = await api(accessToken, 'POST', '/templates', mine);
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(created.json()).toMatchObject({ ...mine, builtin: false, description: '' });
    const list = (await api(accessToken, 'GET', '/templates')).json().items;
    expect(list.at(-1).id).toBe(id);
    const patched = await api(accessToken, 'PATCH', `/templates/${id}`, { name: 'Friday recap' });
    expect(patched.json()).toMatchObject({ name: 'Friday recap', structure: mine.structure });
    expect((await api(accessToken, 'GET', `/templates/${id}`)).json().name).toBe('Friday recap');
    expect((await api(accessToken, 'DELETE', `/templates/${id}`)).statusCode).toBe(204);
    expect((await api(accessToken, 'DELETE', `/templates/${id}`)).statusCode).toBe(404);
  });

  it('returns the same template for a retried POST with the same Idempotency-Key', async () => {
    const { accessToken } = await registerUser(t);
    const headers = { 'idempotency-key': 'tpl-1' };
    const a = await api(accessToken, 'POST', '/templates', mine, headers);
    const b = await api(accessToken, 'POST', '/templates', mine, headers);
    expect(b.json().id).toBe(a.json().id);
    expect(
      (await api(accessToken, 'GET', '/templates'))
        .json()
        .items.filter((x: { builtin: boolean }) => !x.builtin),
    ).toHaveLength(1);
  });

  it('refuses to change or delete a built-in with 403 BUILTIN_TEMPLATE_READ_ONLY', async () => {
    const { accessToken } = await registerUser(t);
    for (const res of [
      await api(accessToken, 'PATCH', '/templates/builtin:story', { name: 'Mine now' }),
      await api(accessToken, 'DELETE', '/templates/builtin:story'),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('BUILTIN_TEMPLATE_READ_ONLY');
    }
    expect((await api(accessToken, 'GET', '/templates/builtin:nope')).statusCode).toBe(404);
    expect((await api(accessToken, 'DELETE', '/templates/builtin:nope')).statusCode).toBe(404);
  });

  it.each([
    ['malformed JSON', '{"name":', 'MALFORMED_BODY', undefined],
    ['a missing structure', { name: 'x', format: 'post' }, 'VALIDATION_FAILED', 'structure'],
    ['a wrong format', { ...mine, format: 'poem' }, 'VALIDATION_FAILED', 'format'],
    ['a numeric name', { ...mine, name: 5 }, 'VALIDATION_FAILED', 'name'],
  ])('refuses %s', async (_label, payload, code, path) => {
    const { accessToken } = await registerUser(t);
    const res = await api(accessToken, 'POST', '/templates', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    if (path) expect(res.json().errors[0].path).toBe(path);
  });

  it("answers 404 for another user's template and 400 for a malformed id", async () => {
    const owner = (await registerUser(t)).accessToken;
    const { id } = (await api(owner, 'POST', '/templates', mine)).json();
    const other = (await registerUser(t)).accessToken;
    for (const res of [
      await api(other, 'GET', `/templates/${id}`),
      await api(other, 'PATCH', `/templates/${id}`, { name: 'taken' }),
      await api(other, 'DELETE', `/templates/${id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('TEMPLATE_NOT_FOUND');
    }
    expect((await api(owner, 'GET', `/templates/${id}`)).json().name).toBe(mine.name);
    expect((await api(owner, 'PATCH', '/templates/nope', { name: 'x' })).json().errors[0].path).toBe('id');
  });
});
