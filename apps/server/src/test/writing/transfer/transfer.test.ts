// Voice transfer on a small subset, offline: three writers × three shared topics. Measured at 7 of
// 9 drafts attributed to their own writer (chance 3 of 9); the floor sits below that so a composer
// or mapping change that stops carrying the voice fails here before the bench notices.
import { describe, expect, it } from 'vitest';
import { type AiConfig, createAi } from '../../../adapters/ai/index.js';
import { measureTransfer, SHARED_TOPICS, WRITERS } from './transfer.js';

const ATTRIBUTION_FLOOR = 0.5;

describe('voice transfer (offline engine)', () => {
  it('drafts read more like their own writer than like the others', async () => {
    const generator = createAi({
      AI_PROVIDER: 'offline',
      AI_TIMEOUT_MS: 60_000,
      AI_MAX_RETRIES: 0,
    } as AiConfig).generator;
    const writers = WRITERS.filter((w) => ['recruiter', 'founder', 'teacher'].includes(w.id));
    const result = await measureTransfer(generator, writers, SHARED_TOPICS.slice(0, 3), false);
    expect(result.writers.map((w) => w.drafts)).toEqual([3, 3, 3]);
    expect(result.attribution).toBeGreaterThanOrEqual(ATTRIBUTION_FLOOR);
    expect(result.ownMean).toBeGreaterThan(result.otherMean);
  });

  it('has eight writers of distinct ids, each with at least 350 words of their own writing', () => {
    expect(new Set(WRITERS.map((w) => w.id)).size).toBe(8);
    for (const w of WRITERS) expect(w.samples.join(' ').split(/\s+/).length).toBeGreaterThan(350);
  });
});
