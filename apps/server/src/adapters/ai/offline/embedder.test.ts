// Offline embeddings: fixed dimension, unit length, deterministic, and similar texts closer than
// unrelated ones.
import { describe, expect, it } from 'vitest';
import { OfflineEmbedder } from './embedder.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

describe('offline embedder', () => {
  it('returns unit vectors of the fixed dimension, also for empty text', async () => {
    const embedder = new OfflineEmbedder();
    const { vectors, model, dimensions } = await embedder.embed(['Pricing experiments for SaaS', '', 'a']);
    expect(model).toBe('offline-hash-v1');
    expect(dimensions).toBe(384);
    for (const v of vectors) {
      expect(v).toHaveLength(384);
      expect(norm(v)).toBeCloseTo(1, 6);
    }
    expect((await new OfflineEmbedder(64).embed(['x'])).vectors[0]).toHaveLength(64);
  });

  it('is deterministic', async () => {
    const embedder = new OfflineEmbedder();
    expect(await embedder.embed(['same text'])).toEqual(await embedder.embed(['same text']));
  });

  it('puts similar texts closer than unrelated ones', async () => {
    const [query, near, paraphrase, far] = (
      await new OfflineEmbedder().embed([
        'How we priced our SaaS product and ran pricing experiments',
        'Pricing experiments for SaaS products: what we learned',
        'We ran a few experiments on the price of our SaaS',
        'My favourite sourdough bread recipe with a long cold proof',
      ])
    ).vectors as [number[], number[], number[], number[]];
    expect(cosine(query, near)).toBeGreaterThan(cosine(query, far));
    expect(cosine(query, paraphrase)).toBeGreaterThan(cosine(query, far));
    expect(cosine(query, far)).toBeLessThan(0.3);
  });
});
