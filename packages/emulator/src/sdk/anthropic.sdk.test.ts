// The emulated Anthropic API driven by the official `@anthropic-ai/sdk`, unmodified: models,
// messages (plain and streamed), token counting, and refusals as the SDK's typed errors.
import Anthropic, {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';

let emulator: Emulator;
let client: Anthropic;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  const vendors = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as {
    anthropic: { base: string };
  };
  // The SDK's base URL is the origin: it adds /v1 itself.
  client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: vendors.anthropic.base, maxRetries: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const MODEL = 'claude-sonnet-4-5';
const PROMPT = 'Topic: pricing\nWrite exactly 2 variants.';
const SYSTEM = 'validate against this JSON Schema: {"variants": []}';

describe('@anthropic-ai/sdk against the emulator', () => {
  it('lists models newest first, pages them, and retrieves one by alias or id', async () => {
    const all: Anthropic.ModelInfo[] = [];
    for await (const model of client.models.list({ limit: 2 })) all.push(model);
    expect(all.length).toBeGreaterThan(2);
    expect(all.every((m) => m.type === 'model' && m.display_name.length > 0)).toBe(true);
    const created = all.map((m) => Date.parse(m.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const first = await client.models.list({ limit: 2 });
    expect(first).toMatchObject({ has_more: true, first_id: all[0]?.id, last_id: all[1]?.id });
    const byAlias = await client.models.retrieve(MODEL);
    expect(byAlias.id).toBe('claude-sonnet-4-5-20250929');
    expect(await client.models.retrieve(byAlias.id)).toEqual(byAlias);
    const missing = await client.models.retrieve('claude-nope').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it('answers messages, streams the same text, and counts the same input tokens', async () => {
    const params = {
      model: MODEL,
      max_tokens: 1024,
      system: SYSTEM,
      messages: [{ role: 'user' as const, content: PROMPT }],
    };
    const message = await client.messages.create(params);
    const block = message.content[0];
    const text = block?.type === 'text' ? block.text : '';
    expect(JSON.parse(text).variants).toHaveLength(2);
    expect(message).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'end_turn' });
    const stream = client.messages.stream(params);
    expect(await stream.finalText()).toBe(text);
    const { model: _model, max_tokens: _max, ...countable } = params;
    const counted = await client.messages.countTokens({ model: MODEL, ...countable });
    expect(counted).toEqual({ input_tokens: message.usage.input_tokens });
  });

  it('surfaces refusals as typed errors with a request id', async () => {
    const messages = [{ role: 'user' as const, content: 'hi' }];
    const unknown = await client.messages
      .create({ model: 'claude-nope', max_tokens: 10, messages })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect((unknown as NotFoundError).requestID).toMatch(/^req_/);
    const invalid = await client.messages.create({ model: MODEL, max_tokens: 0, messages }).catch((e) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    await fetch(`${emulator.url}/__emulator/ai/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'anthropic', kind: 'rate_limit', retryAfterSeconds: 2 }),
    });
    const limited = await client.messages.create({ model: MODEL, max_tokens: 10, messages }).catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    // This SDK sends the key as `Authorization: Bearer`; a null default header drops it.
    const keyless = new Anthropic({
      apiKey: 'unused',
      baseURL: emulator.vendors.anthropic.base,
      maxRetries: 0,
      defaultHeaders: { authorization: null },
    });
    expect(await keyless.models.list().catch((e: unknown) => e)).toBeInstanceOf(AuthenticationError);
  });
});
