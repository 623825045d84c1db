// bench:web: Lighthouse (mobile, simulated throttling) on the built app served by the real server in
// embedded mode: the login page, the signed-in home and the editor, printing performance, LCP, TBT,
// CLS and the JavaScript transferred, after the first-load JS sizes read from the build's manifest.
// The session is the app's own: a refresh cookie from a real registration plus the "signed in"
// marker in localStorage, put into the browser over CDP (playwright-core) before Lighthouse runs
// with storage reset off, so every page load refreshes the session as a returning user's would.
// `--runs N` audits each page N times and prints every run and the median (Lighthouse's simulated
// TBT scales with the CPU time it observes, so one run on a shared machine says little);
// `--save DIR` writes each run's full Lighthouse JSON there for profiling; `--dist DIR` serves
// another web build (an older one, to compare before and after within the same minute).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { routeSizes } from './web-size.js';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIGNED_IN_ROUTES = ['/', '/content/new'] as const;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    save: { type: 'string' },
    dist: { type: 'string', default: 'apps/web/dist' },
  },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not ${args.runs}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 900; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function startServer(): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bw-bench-web-')),
    WEB_DIST_DIR: args.dist,
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  const server = spawn('node', ['apps/server/dist/main.js', 'start'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/readyz`, server);
  return { origin, server };
}

/** Registers a user with cookie transport and returns the refresh cookie the server set. */
async function registerForCookie(origin: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${origin}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-transport': 'cookie' },
    body: JSON.stringify({
      email: `bench-web-${Date.now()}@example.com`,
      password: 'benchmark password',
      fullName: 'Bench Mark',
    }),
  });
  if (!response.ok) throw new Error(`register failed: ${response.status}`);
  const [pair] = (response.headers.get('set-cookie') ?? '').split(';');
  const [name, value] = (pair ?? '').split('=');
  if (!name || !value) throw new Error('register set no refresh cookie');
  return { name, value };
}

/** Connects to the browser Lighthouse drives; returns how to clear its HTTP cache and sign it in. */
async function connectBrowser(port: number, origin: string) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default browser context');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    /** Storage stays (it holds the session); the HTTP cache goes, so each audit is a first load. */
    async clearHttpCache(): Promise<void> {
      await cdp.send('Network.clearBrowserCache');
    },
    /** Puts the session in: the refresh cookie and the signed-in marker. */
    async signIn(cookie: { name: string; value: string }): Promise<void> {
      await context.addCookies([{ ...cookie, url: origin, httpOnly: true, sameSite: 'Strict' }]);
      await page.goto(`${origin}/login`);
      await page.evaluate("localStorage.setItem('brandwright.signedIn', '1')");
      await page.goto(`${origin}/`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },
  };
}

interface Figures {
  route: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptBytes: number;
}

/** Lighthouse sometimes loses the trace on a loaded machine (NO_NAVSTART): such a run is repeated. */
async function lighthouseRun(port: number, url: string, prepare: () => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    await prepare();
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
      undefined,
    );
    if (!result?.lhr.runtimeError || attempt === 3) return result;
    console.log(`  (${url}: ${result.lhr.runtimeError.code}, running it again)`);
  }
}

async function audit(
  port: number,
  origin: string,
  route: string,
  run: number,
  prepare: () => Promise<void>,
): Promise<Figures> {
  const result = await lighthouseRun(port, `${origin}${route}`, prepare);
  if (!result) throw new Error(`lighthouse returned nothing for ${route}`);
  if (args.save) {
    mkdirSync(args.save, { recursive: true });
    const name = route === '/' ? 'home' : route.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    writeFileSync(join(args.save, `${name}-${run}.json`), JSON.stringify(result.lhr));
  }
  const { audits, categories, finalDisplayedUrl } = result.lhr;
  if (new URL(finalDisplayedUrl).pathname !== route)
    throw new Error(`${route} ended at ${finalDisplayedUrl}`);
  const items = (
    audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] }
  )?.items;
  return {
    route,
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
    scriptBytes: items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
  };
}

/** The middle value of each figure on its own (an even count takes the upper middle). */
function median(runs: Figures[]): Figures {
  const mid = <K extends keyof Figures>(key: K): Figures[K] =>
    [...runs].sort((a, b) => Number(a[key]) - Number(b[key]))[Math.floor(runs.length / 2)]?.[
      key
    ] as Figures[K];
  const route = runs[0]?.route ?? '';
  return {
    route,
    performance: mid('performance'),
    lcpMs: mid('lcpMs'),
    tbtMs: mid('tbtMs'),
    cls: mid('cls'),
    scriptBytes: mid('scriptBytes'),
  };
}

function print(f: Figures, label: string): void {
  console.log(
    `  ${f.route.padEnd(13)} ${label.padEnd(7)} performance ${f.performance}  LCP ${f.lcpMs} ms  TBT ${f.tbtMs} ms  CLS ${f.cls}  JS transferred ${kb(f.scriptBytes)}`,
  );
}

async function main(): Promise<void> {
  console.log('First-load JavaScript per route (from the build manifest, bytes as sent):');
  for (const size of routeSizes(args.dist))
    console.log(
      `  ${size.route.padEnd(13)} ${size.files} files  brotli ${kb(size.brotliBytes)}  gzip ${kb(size.gzipBytes)}  raw ${kb(size.rawBytes)}`,
    );
  const { origin, server } = await startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    console.log(`\nLighthouse, mobile, simulated throttling, ${RUNS} run(s) per page:`);
    const browser = await connectBrowser(chrome.port, origin);
    const auditRuns = async (route: string) => {
      const runs: Figures[] = [];
      for (let run = 1; run <= RUNS; run++) {
        runs.push(await audit(chrome.port, origin, route, run, browser.clearHttpCache));
        if (RUNS > 1) print(runs.at(-1) as Figures, `run ${run}`);
      }
      print(median(runs), RUNS > 1 ? 'median' : '');
    };
    // The login page as a first-time visitor sees it; a signed-in browser is sent on to home.
    await auditRuns('/login');
    await browser.signIn(await registerForCookie(origin));
    for (const route of SIGNED_IN_ROUTES) await auditRuns(route);
  } finally {
    chrome.kill();
    server.kill('SIGTERM');
  }
}

await main();
