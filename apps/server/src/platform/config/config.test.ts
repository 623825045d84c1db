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
      RATE_LIMIT_PER_MINUTE: 100,
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

describe('.env.example', () => {
  it('documents every variable of the schema, and nothing else', async () => {
    const { envSchema } = await import('./config.js');
    const example = readFileSync(new URL('../../../../../.env.example', import.meta.url), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });
});
