// The AI layer as the app wires it: offline by default, and the embedder plus vector store finding a
// user's closest sample by meaning, on the test project's database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('AI layer in the app', () => {
  it('is offline by default and generates without network', async () => {
    expect(t.ai.describe).toBe('offline');
    const { strategy, modelUsed } = await t.ai.generator.generateStrategy({
      answers: {
        role: 'Data engineer',
        industry: 'Logistics',
        experienceLevel: 'mid',
        yearsExperience: 6,
        expertise: ['data pipelines'],
        achievements: [],
        audience: 'analytics leads',
        audienceProblems: ['late and broken dashboards'],
        goals: ['job'],
        platforms: ['linkedin'],
        postsPerWeek: 2,
        currentPostingFrequency: 'never',
        followers: 120,
        tone: ['friendly'],
        topicsToAvoid: [],
        admiredPeople: [],
      },
      profile: { fullName: 'Sam Lee' },
    });
    expect(modelUsed).toBe('offline-composer-v1');
    expect(strategy.contentPillars.reduce((s, p) => s + p.share, 0)).toBe(100);
  });

  it('retrieves the user’s closest sample by meaning through embedder and vector store', async () => {
    const user = await registerUser(t);
    const other = await registerUser(t);
    const samples = [
      'How we cut cloud costs by shutting down idle Kubernetes clusters',
      'My favourite sourdough recipe and the cold proof that makes it work',
      'Hiring our first data engineer: what the interview loop looked like',
    ];
    const { vectors, model } = await t.ai.embedder.embed(samples);
    for (const [i, vector] of vectors.entries())
      await t.vectors.upsert({
        userId: user.user.id,
        owner: { type: 'voice_sample', id: uuid(i + 1) },
        model,
        vector,
      });
    await t.vectors.upsert({
      userId: other.user.id,
      owner: { type: 'voice_sample', id: uuid(99) },
      model,
      vector: vectors[0] ?? [],
    });
    const [query] = (await t.ai.embedder.embed(['reducing Kubernetes cloud costs'])).vectors;
    const found = await t.vectors.nearest({
      userId: user.user.id,
      ownerType: 'voice_sample',
      vector: query ?? [],
      model,
      k: 2,
    });
    expect(found.map((f) => f.ownerId)[0]).toBe(uuid(1));
    expect(found.map((f) => f.ownerId)).not.toContain(uuid(99));
  });
});
