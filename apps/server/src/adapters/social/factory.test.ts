import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config/index.js';
import { createSocialPlatforms, sandboxPlatforms } from './factory.js';
import type { SandboxVendors } from './sandbox.js';
import { currentServerUrl } from './wiring.js';

const config = (env: Record<string, string> = {}) =>
  loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bw-social-')),
    PUBLIC_URL: 'https://bw.example',
    ...env,
  });
const vendors = (port: number) =>
  Object.fromEntries(
    ['linkedin', 'x', 'medium', 'bluesky', 'mastodon'].map((p, i) => [
      p,
      { base: `http://127.0.0.1:${port + i}` },
    ]),
  ) as SandboxVendors;
const SANDBOX = vendors(4991);
const request = { state: 's', codeChallenge: 'c'.repeat(43) };

describe('createSocialPlatforms', () => {
  it('puts every platform in the sandbox without credentials, with the emulator’s app', () => {
    const platforms = createSocialPlatforms(config(), { sandbox: SANDBOX });
    expect(sandboxPlatforms(config())).toEqual(['linkedin', 'x', 'medium', 'bluesky', 'mastodon']);
    for (const wiring of Object.values(platforms)) expect(wiring.sandbox).toBe(true);
    expect(platforms.x.app).toEqual({
      clientId: 'brandwright-sandbox',
      clientSecret: 'brandwright-sandbox-secret',
    });
    const url = platforms.x.client.authorizationUrl?.({
      ...request,
      app: { clientId: 'brandwright-sandbox', redirectUri: 'http://localhost/cb' },
    });
    expect(url?.startsWith(`${SANDBOX.x.base}/i/oauth2/authorize?`)).toBe(true);
    // Every instance the user names is the emulator's one Mastodon instance, on its own origin.
    expect(platforms.mastodon.instanceBaseUrl?.('mastodon.social')).toBe(SANDBOX.mastodon.base);
    expect(platforms.bluesky.sandboxOrigin).toBe(SANDBOX.bluesky.base);
    expect(() => createSocialPlatforms(config())).toThrow(/No sandbox emulator/);
  });

  it('uses the real platform where credentials are set or the platform is listed as live', () => {
    const live = config({
      X_CLIENT_ID: 'real-id',
      X_CLIENT_SECRET: 'real-secret',
      LIVE_PLATFORMS: 'mastodon',
    });
    expect(sandboxPlatforms(live)).toEqual(['linkedin', 'medium', 'bluesky']);
    const platforms = createSocialPlatforms(live, { sandbox: SANDBOX });
    expect(platforms.x).toMatchObject({
      sandbox: false,
      app: { clientId: 'real-id', clientSecret: 'real-secret' },
    });
    const url = platforms.x.client.authorizationUrl?.({
      ...request,
      app: { clientId: 'real-id', redirectUri: 'https://bw.example/cb' },
    });
    expect(url?.startsWith('https://x.com/i/oauth2/authorize?')).toBe(true);
    expect(platforms.mastodon.sandbox).toBe(false);
    expect(platforms.mastodon.instanceBaseUrl?.('mastodon.social')).toBe('https://mastodon.social');
    expect(platforms.linkedin.sandbox).toBe(true);
  });

  it('needs no emulator when every platform is live', () => {
    const all = config({
      LINKEDIN_CLIENT_ID: 'l',
      LINKEDIN_CLIENT_SECRET: 'ls',
      X_CLIENT_ID: 'x',
      X_CLIENT_SECRET: 'xs',
      LIVE_PLATFORMS: 'medium,bluesky,mastodon',
    });
    expect(sandboxPlatforms(all)).toEqual([]);
    const platforms = createSocialPlatforms(all);
    expect(Object.values(platforms).every((p) => !p.sandbox)).toBe(true);
  });
});

describe('currentServerUrl', () => {
  it('calls stored sandbox URLs at the platform’s current emulator origin and leaves live ones', () => {
    const sandbox = createSocialPlatforms(config(), { sandbox: vendors(5123) }).mastodon;
    // Stored by an earlier version (a path under one emulator origin) or before a restart on other ports.
    expect(currentServerUrl('http://127.0.0.1:4010/mastodon/a.example', sandbox)).toBe(
      'http://127.0.0.1:5127',
    );
    expect(currentServerUrl('http://127.0.0.1:4017', sandbox)).toBe('http://127.0.0.1:5127');
    const live = { sandbox: false } as Parameters<typeof currentServerUrl>[1];
    expect(currentServerUrl('https://mastodon.social', live)).toBe('https://mastodon.social');
  });
});
