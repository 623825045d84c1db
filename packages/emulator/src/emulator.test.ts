// The emulator's wire formats, checked with plain fetch: OpenAI chat completions (plain and SSE),
// embeddings and error bodies; Anthropic messages (plain and SSE events) and error bodies; control.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from './index.js';
import { vendorPort } from './vendors.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

/** Control routes go to the control origin, /v1/messages to Anthropic's, other /v1 to OpenAI's. */
function originOf(path: string): string {
  if (path.startsWith('/__emulator')) return emulator.url;
  return path.startsWith('/v1/messages') ? emulator.vendors.anthropic.base : emulator.vendors.openai.base;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${originOf(path)}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(originOf(path) === emulator.vendors.openai.base ? OPENAI_KEY : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
const PROMPT = [{ role: 'user', content: 'Topic: tests\nWrite exactly 2 variants. {"variants": []}' }];
const ANTHROPIC = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
const OPENAI_KEY = { authorization: 'Bearer sk-test' };

function sseData(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('data: '))
    .map((l) => l.slice(6))
    .map((d) => (d === '[DONE]' ? d : JSON.parse(d)));
}

describe('fake OpenAI-compatible API', () => {
  it('lists models and answers chat completions with valid JSON content', async () => {
    const models = (await (
      await fetch(`${emulator.openaiBaseUrl}/models`, { headers: OPENAI_KEY })
    ).json()) as {
      data: { id: string }[];
    };
    expect(models.data.map((m) => m.id)).toContain('gpt-4o-mini');
    const res = await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT });
    const body = (await res.json()) as {
      object: string;
      choices: { message: { content: string }; finish_reason: string }[];
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.finish_reason).toBe('stop');
    expect(JSON.parse(body.choices[0]?.message.content ?? '').variants).toHaveLength(2);
  });

  it('streams chunks, a stop chunk, then [DONE]', async () => {
    const res = await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT, stream: true });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = sseData(await res.text());
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as {
      choices: { delta: { content?: string }; finish_reason: string | null }[];
    }[];
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(JSON.parse(text).variants).toHaveLength(2);
  });

  it('answers embeddings of the requested dimension', async () => {
    const res = await post('/v1/embeddings', {
      model: 'text-embedding-3-small',
      input: ['a b', 'c'],
      dimensions: 32,
    });
    const body = (await res.json()) as { data: { index: number; embedding: number[] }[] };
    expect(body.data.map((d) => d.index)).toEqual([0, 1]);
    expect(body.data[0]?.embedding).toHaveLength(32);
  });

  it('returns OpenAI error bodies for faults and bad requests', async () => {
    await post('/__emulator/ai/faults', {
      provider: 'openai',
      kind: 'rate_limit',
      count: 1,
      retryAfterSeconds: 4,
    });
    const limited = await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(await limited.json()).toMatchObject({ error: { type: 'requests', code: 'rate_limit_exceeded' } });
    const bad = await post('/v1/chat/completions', { messages: [] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: 'invalid_request_error', code: null } });
    expect((await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT })).status).toBe(200);
  });

  it('answers an unknown model id and a missing key with OpenAI’s bodies', async () => {
    const unknown = await fetch(`${emulator.openaiBaseUrl}/models/gpt-nope`, { headers: OPENAI_KEY });
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      {
        error: {
          message: "The model 'gpt-nope' does not exist",
          type: 'invalid_request_error',
          param: 'model',
          code: 'model_not_found',
        },
      },
    ]);
    const keyless = await fetch(`${emulator.openaiBaseUrl}/models`);
    expect(keyless.status).toBe(401);
    expect(await keyless.json()).toMatchObject({ error: { type: 'invalid_request_error', code: null } });
  });
});

describe('fake Anthropic Messages API', () => {
  it('answers a message with a text block', async () => {
    const res = await post(
      '/v1/messages',
      { model: 'claude-sonnet-4-5', max_tokens: 100, messages: PROMPT },
      ANTHROPIC,
    );
    const body = (await res.json()) as {
      type: string;
      content: { type: string; text: string }[];
      stop_reason: string;
    };
    expect(body).toMatchObject({ type: 'message', stop_reason: 'end_turn' });
    expect(JSON.parse(body.content[0]?.text ?? '').variants).toHaveLength(2);
  });

  it('streams the Messages event sequence', async () => {
    const res = await post(
      '/v1/messages',
      { model: 'claude-sonnet-4-5', max_tokens: 100, messages: PROMPT, stream: true },
      ANTHROPIC,
    );
    const text = await res.text();
    const names = text
      .split('\n')
      .filter((l) => l.startsWith('event: '))
      .map((l) => l.slice(7));
    expect(names[0]).toBe('message_start');
    expect(names.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    const deltas = (sseData(text) as { type: string; delta?: { text?: string } }[]).filter(
      (e) => e.type === 'content_block_delta',
    );
    expect(JSON.parse(deltas.map((d) => d.delta?.text).join('')).variants).toHaveLength(2);
  });

  it('returns Anthropic error bodies: missing key, rate limit with retry-after, server error', async () => {
    const unauthenticated = await post('/v1/messages', {
      model: 'claude-sonnet-4-5',
      max_tokens: 1,
      messages: PROMPT,
    });
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: expect.any(String) },
    });
    await post('/__emulator/ai/faults', { provider: 'anthropic', kind: 'rate_limit', count: 1 });
    await post('/__emulator/ai/faults', { provider: 'anthropic', kind: 'server_error', count: 1 });
    const limited = await post(
      '/v1/messages',
      { model: 'claude-sonnet-4-5', max_tokens: 1, messages: PROMPT },
      ANTHROPIC,
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    const failed = await post(
      '/v1/messages',
      { model: 'claude-sonnet-4-5', max_tokens: 1, messages: PROMPT },
      ANTHROPIC,
    );
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ type: 'error', error: { type: 'api_error' } });
  });
});

describe('control API', () => {
  it('refuses unknown fault kinds and resets faults and the request log', async () => {
    expect((await post('/__emulator/ai/faults', { provider: 'openai', kind: 'gremlins' })).status).toBe(400);
    await post('/__emulator/ai/faults', { provider: 'openai', kind: 'server_error', count: 3 });
    await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT });
    expect((await post('/__emulator/reset', {})).status).toBe(200);
    expect(emulator.state.requests).toHaveLength(0);
    expect((await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: PROMPT })).status).toBe(200);
  });
});

describe('vendor origins', () => {
  it('lists every vendor on an origin of its own, each serving only its own API', async () => {
    const listed = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as Record<
      string,
      { base: string; auth?: string; api?: string }
    >;
    expect(listed).toEqual(emulator.vendors);
    expect(Object.keys(listed).sort()).toEqual(
      ['anthropic', 'bluesky', 'linkedin', 'mastodon', 'medium', 'openai', 'x'].sort(),
    );
    const origins = Object.values(listed).map((v) => new URL(v.base).origin);
    expect(new Set([...origins, emulator.url]).size).toBe(8);
    expect(listed.linkedin).toMatchObject({ auth: listed.linkedin?.base, api: listed.linkedin?.base });
    // The control API lives only on the control origin; a vendor answers its own 404 for it.
    const onX = await fetch(`${listed.x?.base}/__emulator/vendors`);
    expect([onX.status, await onX.json()]).toEqual([
      404,
      { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] },
    ]);
    expect((await fetch(`${listed.openai?.base}/xrpc/app.bsky.feed.getPosts`)).status).toBe(404);
  });

  it('takes consecutive ports after a fixed control port', () => {
    expect(vendorPort(4010, 'linkedin')).toBe(4011);
    expect(vendorPort(4010, 'anthropic')).toBe(4017);
    expect(vendorPort(0, 'x')).toBe(0);
  });
});
