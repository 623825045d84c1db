// Redis-backed Kv for scaled mode. Commands go through one connection; subscriptions need their own
// (a subscribed Redis connection can run nothing else), opened on first use.
import { Redis } from 'ioredis';
import type { CounterResult, Kv, Unsubscribe } from './kv.js';

// INCR and PEXPIRE in one atomic step, so a crash between them cannot leave a counter without expiry.
const INCR_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

export function createRedisClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 3, enableAutoPipelining: true, lazyConnect: false });
}

export class RedisKv implements Kv {
  readonly kind = 'redis';
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    readonly client: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | null> {
    return this.client.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (ttlMs) await this.client.set(this.prefix + key, value, 'PX', Math.max(1, Math.ceil(ttlMs)));
    else await this.client.set(this.prefix + key, value);
  }

  async del(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async incr(key: string, windowMs: number): Promise<CounterResult> {
    const [count, ttl] = (await this.client.eval(INCR_WINDOW, 1, this.prefix + key, windowMs)) as [
      number,
      number,
    ];
    return { count, ttlMs: ttl > 0 ? ttl : windowMs };
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.client.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    const subscriber = await this.ensureSubscriber();
    const name = this.prefix + channel;
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
      await subscriber.subscribe(name);
    }
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0 && this.handlers.get(name) === set) {
        this.handlers.delete(name);
        await subscriber.unsubscribe(name);
      }
    };
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await Promise.all([this.client.quit(), this.subscriber?.quit()]);
  }

  private async ensureSubscriber(): Promise<Redis> {
    if (!this.subscriber) {
      this.subscriber = this.client.duplicate();
      this.subscriber.on('message', (channel: string, message: string) => {
        for (const handler of this.handlers.get(channel) ?? []) handler(message);
      });
    }
    return this.subscriber;
  }
}
