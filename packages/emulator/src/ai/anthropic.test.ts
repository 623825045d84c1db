// The emulated Anthropic origin on the wire, with plain fetch: the models shape, count_tokens, and
// Anthropic's error envelope (with a request-id) for every refusal — 404, 405, 401, 400 and 413.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';

let emulator: Emulator;
let base: string;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  base = emulator.vendors.anthropic.base;
});
afterAll(() => emulator.close());

const HEADERS = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
const MESSAGES = [{ role: 'user', content: 'Hello there' }];

async function refusal(response: Response) {
  return {
    status: response.status,
    requestId: response.headers.get('request-id'),
    body: (await response.json()) as { type: string; error: { type: string; message: string } },
  };
}

describe('emulated Anthropic on the wire', () => {
  it('lists models in Anthropic’s shape and pages them', async () => {
    const listed = await fetch(`${base}/v1/models?limit=2`, { headers: HEADERS });
    expect(listed.headers.get('request-id')).toMatch(/^req_/);
    const page = (await listed.json()) as Record<string, unknown> & { data: Record<string, unknown>[] };
    expect(Object.keys(page).sort()).toEqual(['data', 'first_id', 'has_more', 'last_id']);
    expect(page.data).toHaveLength(2);
    expect(Object.keys(page.data[0] ?? {}).sort()).toEqual(['created_at', 'display_name', 'id', 'type']);
    expect(page).toMatchObject({ has_more: true, first_id: page.data[0]?.id, last_id: page.data[1]?.id });
    const next = (await (
      await fetch(`${base}/v1/models?limit=2&after_id=${page.last_id}`, { headers: HEADERS })
    ).json()) as { data: { id: string }[] };
    expect(next.data.map((m) => m.id)).not.toContain(page.last_id);
    const back = (await (
      await fetch(`${base}/v1/models?limit=1&before_id=${next.data[0]?.id}`, { headers: HEADERS })
    ).json()) as { data: { id: string }[] };
    expect(back.data.map((m) => m.id)).toEqual([page.last_id]);
  });

  it('counts tokens with {input_tokens} and refuses an unknown model with 404', async () => {
    const counted = await fetch(`${base}/v1/messages/count_tokens`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ model: 'claude-haiku-4-5', messages: MESSAGES, system: 'Be brief.' }),
    });
    expect(await counted.json()).toEqual({ input_tokens: Math.ceil('Be brief.\nHello there'.length / 4) });
    const unknown = await fetch(`${base}/v1/messages/count_tokens`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ model: 'claude-nope', messages: MESSAGES }),
    });
    expect((await refusal(unknown)).body).toEqual({
      type: 'error',
      error: { type: 'not_found_error', message: 'model: claude-nope' },
    });
  });

  it('answers unknown paths, wrong methods, missing keys and bad bodies in its error envelope', async () => {
    const cases: [Promise<Response>, number, string][] = [
      [fetch(`${base}/v1/complete-me`, { headers: HEADERS }), 404, 'not_found_error'],
      [fetch(`${base}/v1/messages`, { headers: HEADERS }), 405, 'invalid_request_error'],
      [fetch(`${base}/v1/models`, { method: 'POST', headers: HEADERS }), 405, 'invalid_request_error'],
      [
        fetch(`${base}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } }),
        401,
        'authentication_error',
      ],
      [fetch(`${base}/v1/models`, { headers: { 'x-api-key': 'k' } }), 400, 'invalid_request_error'],
      [
        fetch(`${base}/v1/messages`, { method: 'POST', headers: HEADERS, body: '{"model":' }),
        400,
        'invalid_request_error',
      ],
      [
        fetch(`${base}/v1/messages`, {
          method: 'POST',
          headers: HEADERS,
          body: JSON.stringify({
            model: 'claude-sonnet-4-5',
            messages: [{ role: 'system', content: 'x' }],
            max_tokens: 5,
          }),
        }),
        400,
        'invalid_request_error',
      ],
    ];
    for (const [response, status, type] of cases) {
      const answer = await refusal(await response);
      expect([answer.status, answer.body.type, answer.body.error.type]).toEqual([status, 'error', type]);
      expect(answer.requestId).toMatch(/^req_/);
    }
  });

  it('refuses a body over 32 MB with 413 request_too_large', async () => {
    const content = 'a'.repeat(32 * 1024 * 1024);
    const response = await fetch(`${base}/v1/messages`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({
        model: 'claude-sonnet-4-5',
        max_tokens: 5,
        messages: [{ role: 'user', content }],
      }),
    });
    const answer = await refusal(response);
    expect([answer.status, answer.body.error.type]).toEqual([413, 'request_too_large']);
  });
});
