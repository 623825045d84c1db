// The provider path against the emulator's fake OpenAI-compatible and Anthropic APIs on loopback:
// happy path, streaming, repair of malformed or invalid JSON, timeouts, 429 with retry-after, 5xx,
// and no retry on other 4xx. Delays are recorded through an injected sleep, never timed. Every
// generated post is also held to the draft checks (the repair pass on failures: provider-checks.test.ts).
import { type BrandAnswers, strategySchema } from '@brandwright/contracts';
import { createEmulator } from '@brandwright/emulator';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostsEvent, type PostsInput, type PostVariant } from '../port.js';
import { draftFindings } from '../quality/index.js';
import { materialOf } from './draft-checks.js';
import { useEmulator } from './test/emulated.js';

const { ai, fault, generationRequests, delays } = useEmulator();

/** The offline engine's checks, run on what the fake provider wrote: nothing may fail them. */
function expectFinished(variants: PostVariant[], input: PostsInput): void {
  expect(variants.flatMap((v) => draftFindings(v.body, materialOf(input)))).toEqual([]);
}

const answers: BrandAnswers = {
  role: 'Growth advisor',
  industry: 'B2B SaaS',
  experienceLevel: 'senior',
  yearsExperience: 10,
  expertise: ['go-to-market experiments'],
  achievements: [],
  audience: 'seed-stage founders',
  audienceProblems: ['no repeatable way to find customers'],
  goals: ['leads'],
  platforms: ['linkedin'],
  postsPerWeek: 3,
  currentPostingFrequency: 'monthly',
  followers: 900,
  tone: ['professional'],
  topicsToAvoid: [],
  admiredPeople: [],
};

const posts: PostsInput = {
  platform: 'linkedin',
  format: 'post',
  topic: 'channel tests',
  voice: DEFAULT_VOICE,
  samples: ['Quick story: our first channel test failed. Thoughts?'],
  variants: 3,
};

describe.each(['openai', 'anthropic'] as const)('%s provider (emulated)', (provider) => {
  it('generates a valid strategy, posts and a rewrite, naming the model used', async () => {
    const { generator } = ai(provider);
    const strategy = await generator.generateStrategy({ answers, profile: { fullName: 'Dana Smith' } });
    expect(strategySchema.safeParse(strategy.strategy).success).toBe(true);
    expect(strategy.strategy.goals.every((g) => g.dueDate > '2027-01-15')).toBe(true);
    expect(strategy.modelUsed).toBe(
      provider === 'openai' ? 'openai:gpt-4o-mini' : 'anthropic:claude-sonnet-4-5',
    );
    const result = await generator.generatePosts(posts);
    expect(result.variants).toHaveLength(3);
    expect(result.variants[0]?.body).toContain('channel tests');
    expectFinished(result.variants, posts);
    const rewritten = await generator.rewrite({
      text: 'Short text here.',
      instruction: 'expand',
      voice: DEFAULT_VOICE,
    });
    expect(rewritten.text).toContain('Short text here.');
    const [first] = await generationRequests();
    const prompt = JSON.stringify(first?.body);
    expect(prompt).toContain('Today is 2027-01-15');
  });

  it('answers posts when the prompt carries a strategy and samples (the bench:generate request)', async () => {
    const { generator } = ai(provider);
    const { strategy } = await generator.generateStrategy({ answers, profile: { fullName: 'Dana Smith' } });
    const input = {
      ...posts,
      pillar: strategy.contentPillars[0]?.name,
      strategy,
      samples: ['Quick story: our first channel test failed.', 'Today is the day I stop guessing.'],
    };
    const result = await generator.generatePosts(input);
    expect(result.variants).toHaveLength(3);
    expectFinished(result.variants, input);
    // One request for the strategy, one for the posts: no repair was needed.
    expect(await generationRequests()).toHaveLength(2);
  });

  it('puts a template hint and a source into the prompt, and the answer follows the template', async () => {
    const input = {
      ...posts,
      template: { name: 'Lesson learned', structure: 'The mistake, what changed, the lesson.' },
      source: 'Our first channel test failed because we measured ten things at once.',
    };
    const result = await ai(provider).generator.generatePosts(input);
    expectFinished(result.variants, input);
    expect(result.variants.map((v) => v.template)).toEqual([
      'lesson_learned',
      'lesson_learned',
      'lesson_learned',
    ]);
    const prompt = JSON.stringify((await generationRequests())[0]?.body);
    expect(prompt).toContain('The mistake, what changed, the lesson.');
    expect(prompt).toContain('measured ten things at once');
  });

  it('streams variants one by one, then done', async () => {
    const events: PostsEvent[] = [];
    for await (const event of ai(provider).generator.streamPosts(posts)) events.push(event);
    const variants = events.filter((e) => e.type === 'variant');
    expect(variants.map((e) => e.index)).toEqual([0, 1, 2]);
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') expect(done.result.variants).toEqual(variants.map((e) => e.variant));
    expectFinished(
      variants.map((e) => e.variant),
      posts,
    );
    // Variants arrive while the answer streams: progress is still reported after the first one.
    const types = events.map((e) => e.type);
    expect(types.indexOf('variant')).toBeLessThan(types.lastIndexOf('progress'));
    const [request] = await generationRequests();
    expect((request?.body as { stream?: boolean } | undefined)?.stream).toBe(true);
  });

  it('repairs malformed JSON once by sending the problem back', async () => {
    await fault({ provider, kind: 'malformed_json', count: 1 });
    const result = await ai(provider).generator.generatePosts(posts);
    expect(result.variants).toHaveLength(3);
    expectFinished(result.variants, posts);
    const requests = await generationRequests();
    expect(requests).toHaveLength(2);
    const repair = requests[1]?.body.messages.at(-1);
    expect(JSON.stringify(repair?.content)).toContain('not valid JSON');
  });

  it('repairs schema-invalid JSON with the validation errors', async () => {
    await fault({ provider, kind: 'invalid_then_valid', count: 1 });
    const result = await ai(provider).generator.generateStrategy({
      answers,
      profile: { fullName: 'Dana Smith' },
    });
    expect(result.strategy.contentPillars.reduce((s, p) => s + p.share, 0)).toBe(100);
    const repair = (await generationRequests())[1]?.body.messages.at(-1);
    expect(JSON.stringify(repair?.content)).toContain('Pillar shares must sum to 100');
  });

  it('gives up with INVALID_OUTPUT when the repair is malformed too', async () => {
    await fault({ provider, kind: 'malformed_json', count: 2 });
    await expect(ai(provider).generator.generatePosts(posts)).rejects.toMatchObject({
      code: 'INVALID_OUTPUT',
    });
    expect(await generationRequests()).toHaveLength(2);
  });

  it('repairs a malformed streamed answer and still emits every variant', async () => {
    await fault({ provider, kind: 'malformed_json', count: 1 });
    const events: PostsEvent[] = [];
    for await (const event of ai(provider).generator.streamPosts(posts)) events.push(event);
    expect(events.some((e) => e.type === 'progress' && e.stage === 'repairing')).toBe(true);
    expect(events.filter((e) => e.type === 'variant').map((e) => e.index)).toEqual([0, 1, 2]);
  });

  it('times out with TIMEOUT and does not retry a timeout', async () => {
    await fault({ provider, kind: 'timeout', count: 1 });
    const fast = ai(provider, { AI_TIMEOUT_MS: 300 });
    await expect(fast.generator.generatePosts(posts)).rejects.toMatchObject({
      code: 'TIMEOUT',
      kind: 'unavailable',
    });
    expect(await generationRequests()).toHaveLength(1);
  });

  it('waits the retry-after of a 429 and then succeeds', async () => {
    await fault({ provider, kind: 'rate_limit', count: 1, retryAfterSeconds: 2 });
    const result = await ai(provider).generator.generatePosts(posts);
    expect(result.variants).toHaveLength(3);
    expect(delays).toEqual([2000]);
    expect(await generationRequests()).toHaveLength(2);
  });

  it('reports RATE_LIMITED with retry-after once retries are spent', async () => {
    await fault({ provider, kind: 'rate_limit', count: 5, retryAfterSeconds: 3 });
    const error = await ai(provider)
      .generator.generatePosts(posts)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      kind: 'rate_limited',
      options: { retryAfterSeconds: 3 },
    });
    expect(await generationRequests()).toHaveLength(3);
  });

  it('retries 5xx with backoff, then reports UNAVAILABLE', async () => {
    await fault({ provider, kind: 'server_error', count: 1 });
    expect((await ai(provider).generator.generatePosts(posts)).variants).toHaveLength(3);
    expect(delays).toEqual([7]);
    delays.length = 0;
    await fault({ provider, kind: 'server_error', count: 10 });
    await expect(ai(provider).generator.generatePosts(posts)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(delays).toEqual([7, 14]);
  });

  it('streams after a 5xx on the first attempt', async () => {
    await fault({ provider, kind: 'server_error', count: 1 });
    const events: PostsEvent[] = [];
    for await (const event of ai(provider).generator.streamPosts(posts)) events.push(event);
    expect(events.at(-1)?.type).toBe('done');
    expect(delays).toEqual([7]);
  });
});

describe('errors that are not retried', () => {
  it('maps a 401 to MISCONFIGURED after one request', async () => {
    const noKey = ai('anthropic', { AI_API_KEY: '' });
    await expect(noKey.generator.generatePosts(posts)).rejects.toMatchObject({ code: 'MISCONFIGURED' });
    expect(await generationRequests()).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('maps an unreachable host to UNAVAILABLE', async () => {
    const closed = await createEmulator({ port: 0 });
    await closed.close();
    const gone = ai('openai', { AI_BASE_URL: closed.openaiBaseUrl, AI_MAX_RETRIES: 1 });
    await expect(gone.generator.generatePosts(posts)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('provider embeddings', () => {
  it('embeds through /v1/embeddings with the requested dimensions and retries a 429', async () => {
    await fault({ provider: 'openai', kind: 'rate_limit', count: 1, retryAfterSeconds: 1 });
    const { embedder } = ai('openai', {
      AI_EMBEDDING_MODEL: 'text-embedding-3-small',
      AI_EMBEDDING_DIMENSIONS: 64,
    });
    const result = await embedder.embed(['pricing experiments', 'sourdough bread']);
    expect(result).toMatchObject({ model: 'text-embedding-3-small', dimensions: 64 });
    expect(result.vectors).toHaveLength(2);
    expect(Math.hypot(...(result.vectors[0] ?? []))).toBeCloseTo(1, 6);
    expect(delays).toEqual([1000]);
  });

  it('stays offline when no embedding model is configured', async () => {
    const { embedder } = ai('openai');
    expect(embedder.model).toBe('offline-hash-v1');
    expect((await embedder.embed(['x'])).dimensions).toBe(384);
  });
});
