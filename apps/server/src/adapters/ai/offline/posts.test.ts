// Offline posts and rewrites: deterministic per seed, sensible English, shaped to the VoiceStyle
// (hashtags, emoji, person, line breaks), reusing the user's own openers, tags and mentions.
import type { Platform, Strategy } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOICE,
  type PostFormat,
  type PostsInput,
  type PostVariant,
  type VoiceStyle,
} from '../port.js';
import { OfflineGenerator } from './generator.js';
import { Rng } from './random.js';

const generator = new OfflineGenerator(() => new Date('2027-01-15T08:00:00Z'));
const EMOJI = /\p{Extended_Pictographic}/gu;
const HASHTAG = /(?<![\w#])#[\p{L}][\p{L}\p{N}_]*/gu;

const strategy: Strategy = {
  valueProposition: 'I help early-stage SaaS founders price and forecast with confidence.',
  targetAudience: {
    personas: [
      {
        name: 'Seed founders',
        role: 'Early-stage SaaS founders',
        description: 'Founders of seed-stage SaaS companies without a finance team.',
        painPoints: ['They struggle to forecast cash beyond three months'],
        goals: ['Find a trustworthy expert in SaaS pricing'],
        platforms: ['linkedin'],
      },
    ],
  },
  contentPillars: [
    { name: 'SaaS pricing', description: 'Pricing know-how.', exampleTopics: ['a', 'b'], share: 60 },
    { name: 'Cash-flow forecasting', description: 'Forecasting.', exampleTopics: ['a', 'b'], share: 40 },
  ],
  goals: [{ title: 'Leads', metric: 'inbound conversations', target: 5, dueDate: '2027-04-01' }],
};

const SAMPLES = [
  'Quick story: we almost ran out of cash in 2019. Thoughts? #SaaS #Finance',
  'Quick story: our pricing page was wrong for a year. 📉 Thoughts? #SaaS cc @jason',
];

function input(overrides: Partial<PostsInput> = {}): PostsInput {
  return {
    platform: 'linkedin',
    format: 'post',
    topic: 'pricing experiments',
    strategy,
    voice: DEFAULT_VOICE,
    samples: SAMPLES,
    variants: 3,
    seed: 1,
    ...overrides,
  };
}

/** A line minus trailing hashtags, mentions and emoji: what is left must end like a sentence. */
function proseEnd(line: string): string {
  return line.replace(/(\s*(#\S+|\p{Extended_Pictographic}\uFE0F?))+\s*$/gu, '').trim();
}

function expectSensible(body: string): void {
  expect(body).not.toMatch(/[[\]{}]|undefined|\bnull\b|lorem|ipsum/i);
  expect(body).not.toMatch(/\b(\w+)\s+\1\b/i);
  for (const line of body.split('\n')) {
    const prose = proseEnd(line);
    if (!prose || line.startsWith('#')) continue;
    expect(prose, `line "${line}"`).toMatch(/[.!?:]$/);
  }
}

function expectFitting(v: PostVariant, voice: VoiceStyle, shortPost: boolean): void {
  expectSensible(v.body);
  expect(v.body).toContain(v.hook);
  if (voice.emojiRate === 0) expect(v.body.match(EMOJI)).toBeNull();
  if (voice.hashtagsPerPost === 0) expect(v.body.match(HASHTAG)).toBeNull();
  if (shortPost) expect(v.body.length).toBeLessThanOrEqual(280);
}

function randomVoice(rng: Rng): VoiceStyle {
  return {
    avgSentenceWords: 5 + rng.int(25),
    questionRate: rng.pick([0, 0.1, 0.4]),
    exclamationRate: rng.pick([0, 0.2]),
    emojiRate: rng.pick([0, 0.3, 1]),
    hashtagsPerPost: rng.int(6),
    mentionRate: rng.pick([0, 1]),
    person: rng.pick(['I', 'we', 'you', 'neutral'] as const),
    lineBreaks: rng.pick(['dense', 'short_paragraphs', 'line_per_sentence'] as const),
    contractionRate: rng.pick([0, 0.5, 1]),
  };
}

describe('offline posts', () => {
  it('gives identical output for the same input and seed, and different output for another seed', async () => {
    const a = await generator.generatePosts(input());
    const b = await generator.generatePosts(input());
    const c = await generator.generatePosts(input({ seed: 2 }));
    expect(b).toEqual(a);
    expect(c.variants.map((v) => v.body)).not.toEqual(a.variants.map((v) => v.body));
    expect(new Set(a.variants.map((v) => v.template)).size).toBe(3);
  });

  it('writes sensible text for 200 random voices, platforms and formats', async () => {
    const rng = new Rng(42);
    for (let i = 0; i < 200; i++) {
      const voice = randomVoice(rng);
      const platform = rng.pick<Platform>(['linkedin', 'x', 'medium', 'bluesky', 'mastodon']);
      const format = rng.pick<PostFormat>(['post', 'thread', 'article']);
      const topic = rng.pick(['pricing experiments', 'AI in hiring', 'remote onboarding', 'OKRs that work']);
      const withStrategy = rng.chance(0.5);
      const result = await generator.generatePosts(
        input({
          voice,
          platform,
          format,
          topic,
          seed: i,
          variants: 1 + rng.int(5),
          strategy: withStrategy ? strategy : undefined,
        }),
      );
      for (const v of result.variants) expectFitting(v, voice, format === 'post' && platform === 'x');
    }
  });

  it("uses exactly the whole number of hashtags the voice asks for, the user's own first", async () => {
    const voice = { ...DEFAULT_VOICE, hashtagsPerPost: 3 };
    const { variants } = await generator.generatePosts(input({ voice, variants: 5 }));
    for (const v of variants) {
      const tags = v.body.match(HASHTAG) ?? [];
      expect(tags).toHaveLength(3);
      expect(tags.slice(0, 2)).toEqual(['#SaaS', '#Finance']);
    }
  });

  it('follows the person, line-break and emoji habits of the voice', async () => {
    const we = await generator.generatePosts(
      input({ voice: { ...DEFAULT_VOICE, person: 'we', contractionRate: 0 }, variants: 5 }),
    );
    const text = we.variants.map((v) => v.body).join('\n');
    expect(text).not.toMatch(/\b(I|my|me)\b/);
    expect(text).toMatch(/\b(we|our|us)\b/i);

    const dense = await generator.generatePosts(
      input({ voice: { ...DEFAULT_VOICE, lineBreaks: 'dense', hashtagsPerPost: 0 }, variants: 1, seed: 9 }),
    );
    const perLine = await generator.generatePosts(
      input({
        voice: { ...DEFAULT_VOICE, lineBreaks: 'line_per_sentence', hashtagsPerPost: 0 },
        variants: 1,
        seed: 9,
      }),
    );
    const paragraphs = (s: string) => s.split('\n\n').length;
    expect(paragraphs(perLine.variants[0]?.body ?? '')).toBeGreaterThan(
      paragraphs(dense.variants[0]?.body ?? ''),
    );

    const emoji = await generator.generatePosts(
      input({ voice: { ...DEFAULT_VOICE, emojiRate: 1 }, variants: 3 }),
    );
    for (const v of emoji.variants) expect((v.body.match(EMOJI) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it("reuses the user's own opener, sign-off and mentions", async () => {
    const voice = { ...DEFAULT_VOICE, mentionRate: 1, questionRate: 0.4 };
    const { variants } = await generator.generatePosts(input({ voice, variants: 5, seed: 3 }));
    const all = variants.map((v) => v.body).join('\n');
    expect(all).toContain('Quick story:');
    expect(all).toContain('@jason');
    expect(all).toContain('Thoughts?');
  });

  it('streams the same variants it generates, then a done event', async () => {
    const events = [];
    for await (const event of generator.streamPosts(input())) events.push(event);
    const generated = await generator.generatePosts(input());
    expect(events.map((e) => e.type)).toEqual(['variant', 'variant', 'variant', 'done']);
    expect(events.at(-1)).toEqual({ type: 'done', result: generated });
  });

  it('refuses 0 or 6 variants and an empty topic as INVALID_INPUT', async () => {
    await expect(generator.generatePosts(input({ variants: 0 }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(generator.generatePosts(input({ variants: 6 }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(generator.generatePosts(input({ topic: ' ' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('offline rewrite', () => {
  const text =
    "I don't think pricing is hard. However, we utilize too many discounts! It's really a habit. Discounts hide the real problem. We need to stop.";
  const rewrite = async (instruction: Parameters<typeof generator.rewrite>[0]['instruction']) =>
    (await generator.rewrite({ text, instruction, voice: DEFAULT_VOICE, seed: 1 })).text;

  it('shortens, expands, and changes register', async () => {
    expect((await rewrite('shorten')).length).toBeLessThan(text.length * 0.8);
    expect((await rewrite('expand')).length).toBeGreaterThan(text.length * 1.3);
    const casual = await rewrite('more_casual');
    expect(casual).toContain('we use too many');
    expect(casual).not.toMatch(/However/);
    const formal = await rewrite('more_formal');
    expect(formal).toContain('I do not think');
    expect(formal).toContain('It is');
    expect(formal).not.toContain('!');
  });

  it('adds a hook in front and a call to action at the end, deterministically', async () => {
    const hooked = await rewrite('add_hook');
    expect(hooked.endsWith(text)).toBe(true);
    expect(hooked.split('\n\n')[0]).toMatch(/discounts/);
    const cta = await rewrite('add_cta');
    expect(cta.startsWith(text)).toBe(true);
    expect(await rewrite('add_cta')).toBe(cta);
    for (const out of [hooked, cta, await rewrite('expand')]) expectSensible(out);
  });
});
