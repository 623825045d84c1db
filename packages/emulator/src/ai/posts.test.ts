// The fake model's posts: finished, deterministic, within the limit the prompt states, quoting the
// writer's achievement as given, numbered as a thread when asked; and the flawed_draft fault, which
// writes the mistakes on purpose and is refused with unknown flaws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';
import { flawedPosts, posts } from './posts.js';

type Variants = { variants: { hook: string; body: string; template: string }[] };

const prompt = (lines: string[]) =>
  [
    'Topic: Why we deleted our alerts?',
    'Write exactly 6 variants, each with a different template.',
    ...lines,
    'Achievements:\n- Cut pages from 40 a week to 6.',
  ].join('\n');

describe('fake posts', () => {
  it('writes one finished variant per template, the same for the same prompt', () => {
    const { variants } = posts(prompt(['Length: at most 3000 characters.'])) as Variants;
    expect(variants.map((v) => v.template)).toEqual([
      'story',
      'listicle',
      'contrarian',
      'how_to',
      'lesson_learned',
      'question',
    ]);
    for (const v of variants) {
      expect(v.body.startsWith(v.hook)).toBe(true);
      expect(v.body).toContain('why we deleted our alerts');
      for (const line of v.body.split('\n').filter(Boolean)) expect(line).toMatch(/[.:?]$/);
    }
    expect(variants.filter((v) => v.body.includes('Cut pages from 40 a week to 6.'))).toHaveLength(4);
    expect(posts(prompt(['Length: at most 3000 characters.']))).toEqual({ variants });
  });

  it('keeps within the stated limit and numbers a thread', () => {
    const { variants } = posts(prompt(['Length: at most 200 characters.'])) as Variants;
    for (const v of variants) expect(v.body.length).toBeLessThanOrEqual(200);
    const thread = posts(prompt(['Format: thread', 'Length: at most 280 characters.'])) as Variants;
    expect(thread.variants[0]?.body.split('\n\n').map((p) => p.slice(0, 4))).toEqual([
      '1/5 ',
      '2/5 ',
      '3/5 ',
      '4/5 ',
      '5/5 ',
    ]);
  });

  it('writes the flaws a fault asks for', () => {
    const { variants } = flawedPosts(prompt(['Length: at most 280 characters.']), [
      'broken_list',
      'invented_number',
      'cut_sentence',
      'over_limit',
    ]) as Variants;
    const [first] = variants;
    expect(first?.hook).toMatch(/^Four things/);
    expect(first?.body.match(/^\d\. /gm)).toHaveLength(3);
    expect(first?.body).toContain('37%');
    expect(first?.body).toContain('is that the\n');
    expect(first?.body.length).toBeGreaterThan(280);
  });
});

describe('flawed_draft fault', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('accepts known flaws and refuses others', async () => {
    const fault = (flaws: unknown) =>
      fetch(`${emulator.url}/__emulator/ai/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ provider: 'openai', kind: 'flawed_draft', flaws }),
      });
    expect((await fault(['broken_list', 'over_limit'])).status).toBe(201);
    expect((await fault(['typos'])).status).toBe(400);
    expect((await fault([])).status).toBe(400);
  });
});
