// The fetch for every server-side request to a host a user chose (Mastodon instances and Bluesky
// PDSes today; feeds and webhooks next). The name is resolved inside the connection's own `lookup`
// (an undici Agent), every resolved address is judged by address-policy.ts, and the socket connects
// to exactly the addresses judged: there is no second resolution an attacker's DNS could answer
// differently (rebinding). IP literals never reach a lookup, so they are judged before the request.
// Redirects are followed here, one hop at a time, each hop judged again. Exactly the configured
// trusted origins (the sandbox emulator on loopback) skip the checks.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { isIpLiteral, judgeAddress } from './address-policy.js';

/** Resolves a host name to all its addresses. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardOptions {
  /** Origins (scheme://host:port) reached without checks: the configured emulator, nothing else. */
  trustedOrigins?: readonly string[];
  /** DNS; tests pass their own. */
  resolve?: Resolver;
  /** The underlying fetch (tests count requests); it must pass `dispatcher` on to undici. */
  fetch?: typeof fetch;
  maxRedirects?: number;
  /** The verdict on an address; the real policy unless a test must reach a loopback server. */
  judge?: typeof judgeAddress;
}

/** A request refused before it was sent: the address is not one the server may call. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_BLOCKED_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${host} is ${address === host ? '' : `at ${address}, `}${reason}: not called`);
    this.name = 'BlockedAddressError';
  }
}

export function isBlockedAddress(error: unknown): error is BlockedAddressError {
  const cause = (error as { cause?: unknown })?.cause;
  return error instanceof BlockedAddressError || cause instanceof BlockedAddressError;
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** The addresses to connect to, or the error that refuses the name. */
function usableAddresses(
  hostname: string,
  found: LookupAddress[],
  family: LookupOptions['family'],
  judge: typeof judgeAddress,
): LookupAddress[] {
  // One bad address refuses the name: a public host has no reason to list a private one.
  for (const { address } of found) {
    const verdict = judge(address);
    if (!verdict.allowed) throw new BlockedAddressError(hostname, address, verdict.reason);
  }
  const wanted = family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : undefined;
  const usable = wanted ? found.filter((a) => a.family === wanted) : found;
  if (usable.length === 0)
    throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
  return usable;
}

/** net.connect's `lookup`: resolve once, judge every address, connect to exactly those. */
function pinnedLookup(resolve: Resolver, judge: typeof judgeAddress) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname)
      .then((found) => {
        const usable = usableAddresses(hostname, found, options.family, judge);
        const [first] = usable as [LookupAddress];
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      })
      .catch((error: Error) => callback(error, ''));
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The request a redirect makes, as fetch itself would: 303 (and 301/302 after POST) become GET. */
function nextInit(init: RequestInit, status: number): RequestInit {
  const method = (init.method ?? 'GET').toUpperCase();
  if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
    const { body: _body, ...rest } = init;
    return { ...rest, method: 'GET' };
  }
  return init;
}

export function createGuardedFetch(options: GuardOptions = {}): typeof fetch {
  const judge = options.judge ?? judgeAddress;
  const trusted = new Set((options.trustedOrigins ?? []).map((o) => new URL(o).origin));
  const agent = new Agent({ connect: { lookup: pinnedLookup(options.resolve ?? systemResolver, judge) } });
  const base = options.fetch ?? fetch;
  const maxRedirects = options.maxRedirects ?? 5;

  /** One hop: a trusted origin as it is; anything else judged and sent through the pinning agent. */
  function hop(url: URL, init: RequestInit): Promise<Response> {
    if (trusted.has(url.origin)) return base(url, { ...init, redirect: 'manual' });
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return Promise.reject(new BlockedAddressError(url.hostname, url.hostname, `a ${url.protocol} URL`));
    if (isIpLiteral(url.hostname)) {
      const verdict = judge(url.hostname);
      if (!verdict.allowed)
        return Promise.reject(new BlockedAddressError(url.hostname, url.hostname, verdict.reason));
    }
    return base(url, { ...init, redirect: 'manual', dispatcher: agent } as RequestInit);
  }

  return async (input, init = {}) => {
    if (input instanceof Request) throw new TypeError('guarded fetch takes a URL and init, not a Request');
    let url = new URL(input);
    let request = init;
    for (let hops = 0; ; hops += 1) {
      const response = await hop(url, request);
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || !REDIRECTS.has(response.status) || !location) return response;
      if (init.redirect === 'error' || hops >= maxRedirects) {
        await response.body?.cancel();
        throw new TypeError(`redirect refused after ${hops + 1} hop(s) from ${new URL(input).host}`);
      }
      await response.body?.cancel();
      url = new URL(location, url);
      request = nextInit(request, response.status);
    }
  };
}
