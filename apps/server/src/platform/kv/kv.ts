// The small key-value and pub/sub port used for throttles, revocation marks and events. In memory for
// the embedded default; Redis when REDIS_URL is set so that several processes share the state.

export interface CounterResult {
  count: number;
  /** Milliseconds until the counter's window ends. */
  ttlMs: number;
}

export type Unsubscribe = () => Promise<void>;

export interface Kv {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  del(key: string): Promise<void>;
  /** Increments a counter; the first increment starts a window of `windowMs`. */
  incr(key: string, windowMs: number): Promise<CounterResult>;
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
