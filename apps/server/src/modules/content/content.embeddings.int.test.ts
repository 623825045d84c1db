// Embedding upkeep through the real app: a piece is embedded on create and re-embedded when its
// text changes, its vector goes with it on delete and with its owner, and a piece whose embedding
// failed after the write is still saved and is caught up by the backfill task.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentApi } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = contentApi(t);
});
afterAll(() => t.close());

async function post(token: string, body: string): Promise<{ id: string; version: number }> {
  const res = await api(token, 'POST', '', { type: 'post', body, platforms: ['linkedin'] });
  expect(res.statusCode).toBe(201);
  return res.json();
}

/** The stored vectors of the user's pieces, nearest to `text` first (straight from the store). */
async function nearestIds(userId: string, text: string): Promise<string[]> {
  const [vector] = (await t.ai.embedder.embed([text])).vectors;
  const matches = await t.vectors.nearest({
    userId,
    ownerType: 'content',
    vector: vector ?? [],
    model: t.ai.embedder.model,
    k: 50,
  });
  return matches.map((m) => m.ownerId);
}

async function semanticIds(token: string, query: string): Promise<string[]> {
  const res = await api(token, 'GET', `?mode=semantic&query=${encodeURIComponent(query)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
}

describe('embedding upkeep', () => {
  it('re-embeds a piece when its body changes, and not for a status change', async () => {
    const { accessToken, user } = await registerUser(t);
    const piece = await post(accessToken, 'Container orchestration tips for platform teams.');
    await post(accessToken, 'Negotiating salary as a new manager: bring data.');
    expect((await semanticIds(accessToken, 'container orchestration'))[0]).toBe(piece.id);
    const embed = vi.spyOn(t.ai.embedder, 'embed');
    try {
      const status = await api(accessToken, 'PATCH', `/${piece.id}`, { status: 'approved' });
      expect(status.statusCode).toBe(200);
      expect(embed).not.toHaveBeenCalled();
      const edit = await api(accessToken, 'PATCH', `/${piece.id}`, {
        body: 'Salary negotiation scripts for first-time managers.',
      });
      expect(edit.statusCode).toBe(200);
      expect(embed).toHaveBeenCalled();
    } finally {
      embed.mockRestore();
    }
    const ids = await nearestIds(user.id, 'salary negotiation scripts for first-time managers');
    expect(ids[0]).toBe(piece.id);
    expect(ids).toHaveLength(2);
  });

  it('re-embeds on restore of an older version', async () => {
    const { accessToken, user } = await registerUser(t);
    const piece = await post(accessToken, 'Writing design docs that people actually read.');
    await post(accessToken, 'Marathon training while working full time.');
    const edit = await api(accessToken, 'PATCH', `/${piece.id}`, {
      body: 'Marathon training plans for busy parents.',
    });
    expect(edit.statusCode).toBe(200);
    expect((await nearestIds(user.id, 'writing design docs people read'))[0]).not.toBe(piece.id);
    const restored = await api(accessToken, 'POST', `/${piece.id}/versions/1/restore`);
    expect(restored.statusCode).toBe(200);
    expect((await nearestIds(user.id, 'writing design docs people read'))[0]).toBe(piece.id);
  });

  it('removes the vector with the piece, and with the user', async () => {
    const { accessToken, user } = await registerUser(t);
    const gone = await post(accessToken, 'Conference talk proposals that get accepted.');
    const kept = await post(accessToken, 'Conference talk rehearsal routines.');
    expect((await api(accessToken, 'DELETE', `/${gone.id}`)).statusCode).toBe(204);
    expect(await nearestIds(user.id, 'conference talk proposals')).toEqual([kept.id]);
    expect(await semanticIds(accessToken, 'conference talk proposals')).toEqual([kept.id]);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/users/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect([200, 204]).toContain(removed.statusCode);
    expect(await nearestIds(user.id, 'conference talk proposals')).toEqual([]);
  });

  it('keeps a piece whose embedding failed, and the backfill task embeds it', async () => {
    const { accessToken, user } = await registerUser(t);
    const embed = vi.spyOn(t.ai.embedder, 'embed').mockRejectedValueOnce(new Error('embedder down'));
    const piece = await post(accessToken, 'Open-source maintainers deserve sponsorship budgets.');
    expect(embed).toHaveBeenCalledTimes(1);
    embed.mockRestore();
    expect(await nearestIds(user.id, 'open-source sponsorship')).toEqual([]);
    const task = t.periodicTasks.find((p) => p.name === 'backfill-content-embeddings');
    expect(task).toBeDefined();
    expect(await task?.run()).toMatchObject({ embedded: expect.any(Number) });
    expect(await nearestIds(user.id, 'open-source sponsorship')).toEqual([piece.id]);
    // Nothing is left to do, so a second run (another worker, a retry) embeds nothing.
    expect(await task?.run()).toEqual({ embedded: 0 });
  });

  it('re-embeds every piece after the embedding model changes', async () => {
    const { accessToken, user } = await registerUser(t);
    const piece = await post(accessToken, 'Technical interviews should mirror the real job.');
    // `model` is a plain field of the offline embedder: swap it to stand for a newly configured model.
    const embedder = t.ai.embedder as { model: string };
    const previous = embedder.model;
    embedder.model = `${previous}-next`;
    try {
      expect(await nearestIds(user.id, 'technical interviews')).toEqual([]);
      const { embedded } = await t.services.content.embeddings.backfill();
      expect(embedded).toBeGreaterThanOrEqual(1);
      expect(await nearestIds(user.id, 'technical interviews')).toEqual([piece.id]);
    } finally {
      embedder.model = previous;
    }
  });
});
