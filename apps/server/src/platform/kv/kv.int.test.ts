// The Kv contract, run against the backend of the test project (memory, or Redis when REDIS_URL is set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backend.js';
import type { Kv } from './index.js';

const backend = testBackend();
let kv: Kv;
beforeAll(() => {
  kv = backend.openKv();
});
afterAll(async () => {
  await kv.close();
  await backend.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`Kv (${backend.redis ? 'redis' : 'memory'})`, () => {
  it('uses the configured backend', () => {
    expect(kv.kind).toBe(backend.redis ? 'redis' : 'memory');
  });

  it('stores, reads and deletes values', async () => {
    await kv.set('greeting', 'hello');
    expect(await kv.get('greeting')).toBe('hello');
    await kv.del('greeting');
    expect(await kv.get('greeting')).toBeNull();
  });

  it('expires values after their ttl', async () => {
    await kv.set('short', 'lived', 50);
    expect(await kv.get('short')).toBe('lived');
    await sleep(120);
    expect(await kv.get('short')).toBeNull();
  });

  it('counts in a window that starts at the first increment', async () => {
    const first = await kv.incr('counter', 100);
    const second = await kv.incr('counter', 100);
    expect([first.count, second.count]).toEqual([1, 2]);
    expect(second.ttlMs).toBeGreaterThan(0);
    expect(second.ttlMs).toBeLessThanOrEqual(100);
    await sleep(150);
    expect((await kv.incr('counter', 100)).count).toBe(1);
  });

  it('delivers published messages to subscribers until they unsubscribe', async () => {
    const received: string[] = [];
    const unsubscribe = await kv.subscribe('news', (message) => received.push(message));
    await kv.publish('news', 'one');
    await waitFor(() => received.length === 1);
    await unsubscribe();
    await kv.publish('news', 'two');
    await sleep(50);
    expect(received).toEqual(['one']);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}
