import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'bw-config-'));

describe('loadConfig', () => {
  it('runs offline with defaults in embedded mode', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({
      mode: 'embedded',
      PORT: 3000,
      RATE_LIMIT_PER_MINUTE: 600,
      LOG_LEVEL: 'info',
      CORS_ORIGINS: [],
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('generates the embedded secrets once and keeps them in DATA_DIR', () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(first.ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(second.JWT_SECRET).toBe(first.JWT_SECRET);
    expect(second.ENCRYPTION_KEY).toBe(first.ENCRYPTION_KEY);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toContain(first.JWT_SECRET);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ENCRYPTION_KEY: 'short' })).toThrow(/ENCRYPTION_KEY/);
  });

  it('requires the secrets in scaled mode, where replicas must share them', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://db/app' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(/JWT_SECRET.*\n.*ENCRYPTION_KEY/);
  });

  it('parses lists and treats empty values as unset', () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      CORS_ORIGINS: 'https://a.example, https://b.example',
      REDIS_URL: '',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('runs AI offline by default and names missing AI settings', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({ AI_PROVIDER: 'offline', AI_TIMEOUT_MS: 60_000, AI_MAX_RETRIES: 2 });
    expect(config.AI_EMBEDDING_MODEL).toBeUndefined();
    expect(() => loadConfig({ DATA_DIR: tempDir(), AI_PROVIDER: 'openai' })).toThrow(/AI_MODEL: required/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), AI_PROVIDER: 'anthropic', AI_MODEL: 'claude' })).toThrow(
      /AI_API_KEY: required/,
    );
    expect(() =>
      loadConfig({
        DATA_DIR: tempDir(),
        AI_PROVIDER: 'anthropic',
        AI_MODEL: 'c',
        AI_API_KEY: 'k',
        AI_EMBEDDING_MODEL: 'e',
      }),
    ).toThrow(/AI_EMBEDDING_BASE_URL/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), AI_PROVIDER: 'gemini' })).toThrow(/AI_PROVIDER/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), AI_BASE_URL: 'not a url' })).toThrow(/AI_BASE_URL/);
    const ollama = loadConfig({
      DATA_DIR: tempDir(),
      AI_PROVIDER: 'openai',
      AI_MODEL: 'llama3.2',
      AI_BASE_URL: 'http://127.0.0.1:11434/v1',
    });
    expect(ollama).toMatchObject({ AI_PROVIDER: 'openai', AI_MODEL: 'llama3.2' });
  });
});

describe('platform settings', () => {
  it('defaults to the real hosts, every platform in the sandbox', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({
      LINKEDIN_AUTH_URL: 'https://www.linkedin.com',
      LINKEDIN_API_URL: 'https://api.linkedin.com',
      LINKEDIN_API_VERSION: '202610',
      X_AUTH_URL: 'https://x.com',
      X_API_URL: 'https://api.x.com',
      MEDIUM_API_URL: 'https://api.medium.com',
      BLUESKY_SERVICE_URL: 'https://bsky.social',
      LIVE_PLATFORMS: [],
      PLATFORM_TIMEOUT_MS: 15_000,
      ENCRYPTION_KEYS_PREVIOUS: [],
    });
    expect(config.LINKEDIN_CLIENT_ID).toBeUndefined();
    expect(config.EMULATOR_URL).toBeUndefined();
  });

  it('wants OAuth app ids and secrets in pairs', () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), LINKEDIN_CLIENT_ID: 'id' })).toThrow(
      /LINKEDIN_CLIENT_SECRET: required when LINKEDIN_CLIENT_ID/,
    );
    expect(() => loadConfig({ DATA_DIR: tempDir(), X_CLIENT_SECRET: 'secret' })).toThrow(
      /X_CLIENT_ID: required when X_CLIENT_SECRET/,
    );
    const both = loadConfig({
      DATA_DIR: tempDir(),
      X_CLIENT_ID: 'id',
      X_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://bw.example',
    });
    expect(both).toMatchObject({ X_CLIENT_ID: 'id', X_CLIENT_SECRET: 'secret' });
  });

  it('names the missing credentials of a platform listed as live', () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), LIVE_PLATFORMS: 'bluesky, linkedin' })).toThrow(
      /LINKEDIN_CLIENT_ID: required .* LIVE_PLATFORMS lists linkedin/,
    );
    expect(() => loadConfig({ DATA_DIR: tempDir(), LIVE_PLATFORMS: 'myspace' })).toThrow(/LIVE_PLATFORMS/);
    const live = loadConfig({
      DATA_DIR: tempDir(),
      LIVE_PLATFORMS: 'Bluesky,mastodon,',
      PUBLIC_URL: 'https://bw.example',
    });
    expect(live.LIVE_PLATFORMS).toEqual(['bluesky', 'mastodon']);
  });

  it('refuses live OAuth without PUBLIC_URL: redirect URIs never come from the Host header', () => {
    const live = [
      { LINKEDIN_CLIENT_ID: 'id', LINKEDIN_CLIENT_SECRET: 'secret' },
      { X_CLIENT_ID: 'id', X_CLIENT_SECRET: 'secret' },
      { LIVE_PLATFORMS: 'mastodon' },
    ];
    for (const env of live)
      expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(
        /PUBLIC_URL: required when .*live.*\/api\/v1\/platforms\/<platform>\/callback/,
      );
    // Bluesky and Medium have no redirect; the sandbox comes back to this machine's loopback address.
    const direct = loadConfig({ DATA_DIR: tempDir(), LIVE_PLATFORMS: 'bluesky,medium', PORT: '4321' });
    expect(direct.publicBaseUrl).toBe('http://127.0.0.1:4321');
    const behindProxy = loadConfig({ DATA_DIR: tempDir(), PUBLIC_URL: 'https://bw.example/', ...live[0] });
    expect(behindProxy.publicBaseUrl).toBe('https://bw.example');
    expect(() => loadConfig({ DATA_DIR: tempDir(), PUBLIC_URL: 'ftp://bw.example' })).toThrow(/PUBLIC_URL/);
  });

  it('checks URLs, the LinkedIn version, ports and previous keys', () => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), X_API_URL: 'api.x.com' })).toThrow(/X_API_URL/);
    expect(() => loadConfig({ DATA_DIR: tempDir(), LINKEDIN_API_VERSION: '2026-10' })).toThrow(
      /LINKEDIN_API_VERSION/,
    );
    expect(() => loadConfig({ DATA_DIR: tempDir(), SANDBOX_EMULATOR_PORT: '70000' })).toThrow(
      /SANDBOX_EMULATOR_PORT/,
    );
    expect(() => loadConfig({ DATA_DIR: tempDir(), ENCRYPTION_KEYS_PREVIOUS: 'short' })).toThrow(
      /ENCRYPTION_KEYS_PREVIOUS/,
    );
    const key = Buffer.alloc(32, 1).toString('base64');
    const config = loadConfig({
      DATA_DIR: tempDir(),
      ENCRYPTION_KEYS_PREVIOUS: `${key}, ${key}`,
      MEDIUM_API_URL: 'http://127.0.0.1:4010/medium/',
      SANDBOX_EMULATOR_PORT: '0',
    });
    expect(config.ENCRYPTION_KEYS_PREVIOUS).toEqual([key, key]);
    expect(config.MEDIUM_API_URL).toBe('http://127.0.0.1:4010/medium');
    expect(config.SANDBOX_EMULATOR_PORT).toBe(0);
  });
});

describe('.env.example', () => {
  it('documents every variable of the schema, and nothing else', async () => {
    const { envSchema } = await import('./config.js');
    const example = readFileSync(new URL('../../../../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });
});
