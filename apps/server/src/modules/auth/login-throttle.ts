// Slows password guessing: failed sign-ins are counted per account and per IP in a fixed window; past
// the limit the answer is 429 with Retry-After. Counts live in the kv, so all replicas share them.
import type { Kv } from '../../platform/kv/index.js';
import { AuthError } from './auth.errors.js';

export interface ThrottleLimits {
  perAccount: number;
  perIp: number;
  windowSeconds: number;
}

const accountKey = (email: string) => `auth:fail:acct:${email}`;
const ipKey = (ip: string) => `auth:fail:ip:${ip}`;

export class LoginThrottle {
  constructor(
    private readonly kv: Kv,
    private readonly limits: ThrottleLimits,
  ) {}

  /** Throws TOO_MANY_ATTEMPTS when either counter is already at its limit. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, byIp] = await Promise.all([this.kv.get(accountKey(email)), this.kv.get(ipKey(ip))]);
    if (Number(account ?? 0) >= this.limits.perAccount || Number(byIp ?? 0) >= this.limits.perIp) {
      throw new AuthError('TOO_MANY_ATTEMPTS', undefined, { retryAfterSeconds: this.limits.windowSeconds });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.limits.windowSeconds * 1000;
    await Promise.all([this.kv.incr(accountKey(email), windowMs), this.kv.incr(ipKey(ip), windowMs)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.kv.del(accountKey(email));
  }
}
