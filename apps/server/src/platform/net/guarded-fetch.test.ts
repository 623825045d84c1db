// The guarded fetch against real servers on loopback: names that resolve to refused addresses, IP
// literals, mapped forms, DNS rebinding between a check and the connection, redirects judged per
// hop, and trusted origins reached exactly as configured. A test that must reach a loopback server
// as if it were public allows 127.0.0.1 alone; every other address keeps the real policy.
import type { LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeAddress } from './address-policy.js';
import { BlockedAddressError, createGuardedFetch, isBlockedAddress } from './guarded-fetch.js';

interface Recorder {
  server: Server;
  hits: string[];
}

/** A server that records its requests; `/to?u=<url>` redirects there, anything else answers 200. */
function recorder(host: string, port: number, name: string): Promise<Recorder> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('u');
    if (target)
      res.writeHead(Number(new URL(req.url ?? '/', 'http://x').searchParams.get('s') ?? 302), {
        location: target,
      });
    res.end(name);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve({ server, hits })));
}

let port: number;
let publicLike: Recorder; // 127.0.0.1: stands for a public host in these tests
let internal: Recorder; // 127.0.0.2, same port: stands for an internal one

beforeAll(async () => {
  publicLike = await recorder('127.0.0.1', 0, 'public');
  port = (publicLike.server.address() as AddressInfo).port;
  internal = await recorder('127.0.0.2', port, 'internal');
});
afterAll(async () => {
  await Promise.all([publicLike, internal].map((r) => new Promise((done) => r.server.close(done))));
});

const v4 = (address: string): LookupAddress => ({ address, family: 4 });
const v6 = (address: string): LookupAddress => ({ address, family: 6 });

/** DNS for the tests: fixed answers per name, and a count of how often each name was asked. */
function dns(answers: Record<string, LookupAddress[][]>) {
  const asked: Record<string, number> = {};
  const resolve = async (hostname: string) => {
    const n = asked[hostname] ?? 0;
    asked[hostname] = n + 1;
    const list = answers[hostname];
    if (!list) throw Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' });
    return list[Math.min(n, list.length - 1)] ?? [];
  };
  return { resolve, asked };
}

/** The real policy, except that 127.0.0.1 counts as public so a local server can play one. */
const loopbackAsPublic = (address: string) =>
  address === '127.0.0.1' ? ({ allowed: true } as const) : judgeAddress(address);

async function refusal(promise: Promise<unknown>): Promise<BlockedAddressError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isBlockedAddress(error), String(error)).toBe(true);
  return error instanceof BlockedAddressError ? error : (error as { cause: BlockedAddressError }).cause;
}

describe('names and literals', () => {
  it('refuses a name that resolves to a loopback, private or mapped address, sending nothing', async () => {
    const { resolve } = dns({
      'loop.test': [[v4('127.0.0.1')]],
      'lan.test': [[v4('10.1.2.3')]],
      'mixed.test': [[v4('93.184.216.34'), v4('192.168.0.10')]],
      'mapped.test': [[v6('::ffff:127.0.0.1')]],
      'meta.test': [[v4('169.254.169.254')]],
    });
    const guarded = createGuardedFetch({ resolve });
    const before = publicLike.hits.length;
    expect((await refusal(guarded(`http://loop.test:${port}/`))).reason).toMatch(/loopback/);
    expect((await refusal(guarded(`http://lan.test:${port}/`))).reason).toMatch(/private/);
    expect((await refusal(guarded(`http://mixed.test:${port}/`))).address).toBe('192.168.0.10');
    expect((await refusal(guarded(`http://mapped.test:${port}/`))).reason).toMatch(/IPv4-mapped/);
    expect((await refusal(guarded(`http://meta.test:${port}/`))).reason).toMatch(/metadata/);
    expect(publicLike.hits.length).toBe(before);
  });

  it('refuses IP literals in every spelling before any connection', async () => {
    const guarded = createGuardedFetch({ resolve: dns({}).resolve });
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://2130706433:${port}/`,
      `http://0x7f.0.0.1:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
    ])
      await refusal(guarded(url));
    await refusal(guarded('file:///etc/passwd'));
    expect(publicLike.hits.filter((h) => h.includes('meta-data'))).toEqual([]);
  });

  it('reaches a name whose addresses are all allowed', async () => {
    const { resolve } = dns({ 'ok.test': [[v4('127.0.0.1')]] });
    const res = await createGuardedFetch({ resolve, judge: loopbackAsPublic })(
      `http://ok.test:${port}/hello`,
    );
    expect(await res.text()).toBe('public');
    expect(publicLike.hits).toContain('GET /hello');
  });
});

describe('DNS rebinding', () => {
  it('connects to the address that was judged: the name is resolved once, for the connection', async () => {
    // A rebinding DNS: first an allowed address, then an internal one for whoever asks next.
    const { resolve, asked } = dns({ 'rebind.test': [[v4('127.0.0.1')], [v4('127.0.0.2')]] });
    const guarded = createGuardedFetch({ resolve, judge: loopbackAsPublic });
    const before = internal.hits.length;
    const res = await guarded(`http://rebind.test:${port}/rebind`);
    expect(await res.text()).toBe('public');
    expect(asked['rebind.test']).toBe(1);
    expect(internal.hits.length).toBe(before);
  });

  it('refuses when the answer at connection time is the internal one', async () => {
    const { resolve } = dns({ 'late.test': [[v4('127.0.0.2')]] });
    const before = internal.hits.length;
    await refusal(createGuardedFetch({ resolve, judge: loopbackAsPublic })(`http://late.test:${port}/`));
    expect(internal.hits.length).toBe(before);
  });
});

describe('redirects', () => {
  const { resolve } = dns({ 'ok.test': [[v4('127.0.0.1')]], 'inside.test': [[v4('127.0.0.2')]] });
  const guarded = createGuardedFetch({ resolve, judge: loopbackAsPublic, maxRedirects: 2 });
  const via = (target: string, status = 302) =>
    `http://ok.test:${port}/to?s=${status}&u=${encodeURIComponent(target)}`;

  it('judges every hop: a redirect to an internal name or literal is refused', async () => {
    const before = internal.hits.length;
    await refusal(guarded(via(`http://inside.test:${port}/secret`)));
    await refusal(guarded(via(`http://127.0.0.2:${port}/secret`)));
    await refusal(guarded(via('http://[::ffff:a9fe:a9fe]/latest/meta-data/', 307)));
    expect(internal.hits.length).toBe(before);
  });

  it('follows allowed hops up to the limit, and leaves redirects alone when asked to', async () => {
    expect(await (await guarded(via(`http://ok.test:${port}/landed`))).text()).toBe('public');
    expect(publicLike.hits).toContain('GET /landed');
    const manual = await guarded(via(`http://inside.test:${port}/`), { redirect: 'manual' });
    expect(manual.status).toBe(302);
    const loop = via(via(via(`http://ok.test:${port}/far`)));
    await expect(guarded(loop)).rejects.toThrow(/redirect refused after 3 hop/);
  });

  it('turns a 303 after POST into a GET without the body', async () => {
    const res = await guarded(via(`http://ok.test:${port}/after-post`, 303), { method: 'POST', body: 'x' });
    expect(res.status).toBe(200);
    expect(publicLike.hits).toContain('GET /after-post');
  });
});

describe('trusted origins', () => {
  it('reach exactly the configured origin on loopback, and nothing else there', async () => {
    const guarded = createGuardedFetch({
      resolve: dns({}).resolve,
      trustedOrigins: [`http://127.0.0.1:${port}/`],
    });
    expect(await (await guarded(`http://127.0.0.1:${port}/emulator`)).text()).toBe('public');
    await refusal(guarded(`http://127.0.0.2:${port}/`));
    await refusal(guarded(`http://127.0.0.1:${port + 1}/`));
    await refusal(guarded(`https://127.0.0.1:${port}/`));
    // A trusted origin's redirect elsewhere is judged like any other hop.
    const target = encodeURIComponent(`http://127.0.0.2:${port}/`);
    await refusal(guarded(`http://127.0.0.1:${port}/to?u=${target}`));
  });
});
