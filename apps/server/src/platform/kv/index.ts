// Kv/pub-sub: memory by default, Redis when a URL is given.
import type { Kv } from './kv.js';
import { MemoryKv } from './memory-kv.js';
import { createRedisClient, RedisKv } from './redis-kv.js';

export type { CounterResult, Kv, Unsubscribe } from './kv.js';
export { MemoryKv } from './memory-kv.js';
export { RedisKv } from './redis-kv.js';

export function createKv(options: { redisUrl?: string; prefix: string }): Kv {
  return options.redisUrl ? new RedisKv(createRedisClient(options.redisUrl), options.prefix) : new MemoryKv();
}
