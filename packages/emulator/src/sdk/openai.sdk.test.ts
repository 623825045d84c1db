// The emulated OpenAI API driven by the official `openai` SDK, unmodified: the SDK's defaults
// (base64 embeddings, retries off here) must work, and refusals must surface as its typed errors.
import OpenAI, { AuthenticationError, BadRequestError, NotFoundError, RateLimitError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';

let emulator: Emulator;
let client: OpenAI;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  // The base URL as a client learns it: the control API names each vendor's origin.
  const vendors = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as {
    openai: { base: string };
  };
  client = new OpenAI({ apiKey: 'sk-test', baseURL: `${vendors.openai.base}/v1`, maxRetries: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const PROMPT =
  'Topic: pricing\nWrite exactly 2 variants. validate against this JSON Schema: {"variants": []}';

describe('openai SDK against the emulator', () => {
  it('lists models and retrieves one; an unknown id is a NotFoundError with code model_not_found', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['gpt-4o-mini', 'text-embedding-3-small']));
    expect(await client.models.retrieve('gpt-4o-mini')).toMatchObject({ id: 'gpt-4o-mini', object: 'model' });
    const error = await client.models.retrieve('gpt-nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'model_not_found', type: 'invalid_request_error' });
  });

  it('answers chat completions, plain and streamed, with the same text', async () => {
    const plain = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: PROMPT }],
    });
    const text = plain.choices[0]?.message.content ?? '';
    expect(JSON.parse(text).variants).toHaveLength(2);
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: PROMPT }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let streamed = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) {
      streamed += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage ?? usage;
    }
    expect(streamed).toBe(text);
    expect(usage).toEqual(plain.usage);
  });

  it('answers embeddings in the SDK’s default base64 encoding and as floats, equal and non-zero', async () => {
    const input = ['pricing experiments for founders', 'sourdough bread'];
    const base64 = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input,
      dimensions: 384,
    });
    const floats = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input,
      dimensions: 384,
      encoding_format: 'float',
    });
    const [logged] = (emulator.state.requests as { body: { encoding_format?: string } }[]).slice(-2);
    expect(logged?.body.encoding_format).toBe('base64');
    for (const [index, answer] of base64.data.entries()) {
      expect(answer.embedding).toHaveLength(384);
      expect(answer.embedding.some((x) => x !== 0)).toBe(true);
      expect(answer.embedding).toEqual(floats.data[index]?.embedding);
    }
    expect(Math.hypot(...(floats.data[0]?.embedding ?? []))).toBeCloseTo(1, 5);
    const native = await client.embeddings.create({ model: 'text-embedding-3-large', input: 'x' });
    expect(native.data[0]?.embedding).toHaveLength(3072);
  });

  it('refuses dimensions OpenAI refuses, with BadRequestError', async () => {
    for (const dimensions of [0, 1537, 1.5]) {
      const error = await client.embeddings
        .create({ model: 'text-embedding-3-small', input: 'x', dimensions })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({ param: 'dimensions' });
    }
    const legacy = await client.embeddings
      .create({ model: 'text-embedding-ada-002', input: 'x', dimensions: 64 })
      .catch((e: unknown) => e);
    expect(legacy).toBeInstanceOf(BadRequestError);
    expect((legacy as Error).message).toContain('does not support specifying dimensions');
  });

  it('surfaces faults, unknown models and a missing key as the SDK’s typed errors', async () => {
    await fetch(`${emulator.url}/__emulator/ai/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'openai', kind: 'rate_limit', retryAfterSeconds: 3 }),
    });
    const messages = [{ role: 'user' as const, content: 'hi' }];
    const limited = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers?.get('retry-after')).toBe('3');
    const unknown = await client.chat.completions
      .create({ model: 'gpt-nope', messages })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
    // A null default header is the SDK's documented way to drop one: here, the key.
    const keyless = new OpenAI({
      apiKey: 'unused',
      baseURL: emulator.openaiBaseUrl,
      maxRetries: 0,
      defaultHeaders: { authorization: null },
    });
    const refused = await keyless.models.list().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
  });
});
