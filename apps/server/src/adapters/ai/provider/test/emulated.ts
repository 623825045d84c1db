// Test support for the provider suites: the bundled emulator's fake OpenAI and Anthropic APIs on
// loopback, a createAi wired to them with instant, recorded backoff, fault injection and the log of
// what reached the fake vendor. Each suite calls useEmulator() once at its top.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type AiConfig, type AiOptions, createAi } from '../../factory.js';

export type Provider = 'openai' | 'anthropic';

export interface Emulated {
  /** Backoff delays asked for since the test began (recorded, never slept). */
  readonly delays: number[];
  ai(provider: Provider, overrides?: Partial<AiConfig>, options?: AiOptions): ReturnType<typeof createAi>;
  fault(body: object): Promise<void>;
  generationRequests(): Promise<{ body: { messages: { role: string; content: unknown }[] } }[]>;
}

const TODAY = new Date('2027-01-15T08:00:00Z');

function configFor(emulator: Emulator, provider: Provider, overrides: Partial<AiConfig>): AiConfig {
  return {
    AI_PROVIDER: provider,
    AI_BASE_URL: provider === 'openai' ? emulator.openaiBaseUrl : emulator.anthropicBaseUrl,
    AI_API_KEY: 'test-key',
    AI_MODEL: provider === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-5',
    AI_TIMEOUT_MS: 5000,
    AI_MAX_RETRIES: 2,
    AI_EMBEDDING_MODEL: undefined,
    AI_EMBEDDING_BASE_URL: undefined,
    AI_EMBEDDING_API_KEY: undefined,
    AI_EMBEDDING_DIMENSIONS: undefined,
    ...overrides,
  };
}

export function useEmulator(): Emulated {
  let emulator: Emulator | undefined;
  const delays: number[] = [];
  beforeAll(async () => {
    emulator = await createEmulator({ port: 0 });
  });
  afterAll(() => emulator?.close());
  beforeEach(async () => {
    delays.length = 0;
    await fetch(`${running().url}/__emulator/reset`, { method: 'POST' });
  });
  const running = () => {
    if (!emulator) throw new Error('the emulator starts in beforeAll');
    return emulator;
  };
  return {
    delays,
    ai: (provider, overrides = {}, options = {}) =>
      createAi(configFor(running(), provider, overrides), {
        now: () => TODAY,
        policy: { baseDelayMs: 7, sleep: async (ms) => void delays.push(ms) },
        ...options,
      }),
    async fault(body) {
      const res = await fetch(`${running().url}/__emulator/ai/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
    },
    async generationRequests() {
      const res = await fetch(`${running().url}/__emulator/ai/requests`);
      const { requests } = (await res.json()) as { requests: { path: string; body: never }[] };
      return requests.filter((r) => r.path !== '/v1/embeddings');
    },
  };
}
