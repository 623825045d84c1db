// The one place that reads process.env: a zod schema over the environment, parsed once and frozen.
import { platformSchema } from '@brandwright/contracts';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const list = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
);

const encryptionKey = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)');

const baseUrl = (fallback: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url()
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .default(fallback)
      .transform((u) => u.replace(/\/+$/, '')),
  );

const PLATFORMS = platformSchema.options;
const port = z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional());

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Where browsers reach this server; OAuth redirect URIs are built from it, never from Host. */
  PUBLIC_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .url()
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  REDIS_PREFIX: z.string().default('bw:'),
  JWT_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  ENCRYPTION_KEY: z.preprocess(emptyToUndefined, encryptionKey.optional()),
  /** Keys that encrypted stored secrets before the current one; decrypt only, until `rotate-keys` ran. */
  ENCRYPTION_KEYS_PREVIOUS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(encryptionKey)),
  ),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // 600: a full load of the dashboard makes about 30 calls, so 100 stopped a user reloading it a few times.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  // Per-user budgets of the costly endpoints, beside the global one (docs/ARCHITECTURE.md "API conventions").
  RATE_LIMIT_GENERATION_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_ASSESSMENT_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_CONNECT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  CORS_ORIGINS: list,
  TRUST_PROXY: z
    .preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false'))
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** /metrics on a port of its own (on HOST), kept off the public one; unset: no such listener. */
  METRICS_PORT: port,
  /** Bearer token /metrics asks for. Without it and without METRICS_PORT, /metrics is not served. */
  METRICS_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().min(24, 'must be at least 24 characters (openssl rand -hex 24)').optional(),
  ),
  WEB_DIST_DIR: optionalString,
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // AI: offline by default (deterministic, no network); see docs/ARCHITECTURE.md "AI layer".
  AI_PROVIDER: z.preprocess(emptyToUndefined, z.enum(['offline', 'openai', 'anthropic']).default('offline')),
  AI_BASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  AI_API_KEY: optionalString,
  AI_MODEL: optionalString,
  AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  AI_EMBEDDING_MODEL: optionalString,
  AI_EMBEDDING_BASE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  AI_EMBEDDING_API_KEY: optionalString,
  /** Offline embeddings use it (default 384); provider embeddings request it only when it is set. */
  AI_EMBEDDING_DIMENSIONS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(8).max(4096).optional(),
  ),
  // Background work: see docs/ARCHITECTURE.md "Jobs" and "Publishing".
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  PUBLISH_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  PUBLISH_RECONCILE_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // Social platforms: real apps when credentials are set, the bundled emulator (sandbox) otherwise.
  LINKEDIN_CLIENT_ID: optionalString,
  LINKEDIN_CLIENT_SECRET: optionalString,
  LINKEDIN_AUTH_URL: baseUrl('https://www.linkedin.com'),
  LINKEDIN_API_URL: baseUrl('https://api.linkedin.com'),
  /** LinkedIn retires each monthly version after about a year: keep it within the supported window. */
  LINKEDIN_API_VERSION: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^20\d{2}(0[1-9]|1[0-2])$/, 'must be a LinkedIn version month like 202610')
      .default('202610'),
  ),
  X_CLIENT_ID: optionalString,
  X_CLIENT_SECRET: optionalString,
  X_AUTH_URL: baseUrl('https://x.com'),
  X_API_URL: baseUrl('https://api.x.com'),
  MEDIUM_API_URL: baseUrl('https://api.medium.com'),
  BLUESKY_SERVICE_URL: baseUrl('https://bsky.social'),
  /** Platforms to use for real; Bluesky, Mastodon and Medium need no app and are live only when listed. */
  LIVE_PLATFORMS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((s) => s.trim().toLowerCase())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(z.enum(PLATFORMS, { message: `each must be one of ${PLATFORMS.join(', ')}` }))),
  ),
  /** An emulator already running elsewhere (`npm run emulator`) for the sandbox platforms. */
  EMULATOR_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
  /** Port of the in-process sandbox emulator (default EMULATOR_PORT, else 4010; a free one when busy). */
  SANDBOX_EMULATOR_PORT: port,
  EMULATOR_PORT: port,
  PLATFORM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
});

export type EnvInput = Record<string, string | undefined>;
export type Env = z.infer<typeof envSchema>;

export interface Config extends Omit<Env, 'JWT_SECRET' | 'ENCRYPTION_KEY'> {
  /** embedded: PGlite + in-memory kv; scaled: DATABASE_URL is set. */
  mode: 'embedded' | 'scaled';
  /** PUBLIC_URL, else this machine's loopback address (enough for the sandbox in a local browser). */
  publicBaseUrl: string;
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; the problems name each variable at fault. Secrets are resolved separately. */
export function parseEnv(env: EnvInput): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const parsed = result.data;
  if (parsed.DATABASE_URL) {
    const missing = (['JWT_SECRET', 'ENCRYPTION_KEY'] as const).filter((k) => !parsed[k]);
    if (missing.length > 0) {
      throw new ConfigError(missing.map((k) => `${k}: required when DATABASE_URL is set (scaled mode)`));
    }
  }
  const problems = [...aiConfigProblems(parsed), ...platformConfigProblems(parsed)];
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed;
}

/** OAuth apps come as id + secret pairs; listing LinkedIn or X as live needs their app. */
function platformConfigProblems(env: Env): string[] {
  const problems: string[] = [];
  const redirecting = liveOAuthPlatforms(env);
  if (redirecting.length > 0 && !env.PUBLIC_URL)
    problems.push(
      `PUBLIC_URL: required when ${redirecting.join(' and ')} ${redirecting.length > 1 ? 'are' : 'is'} live: ` +
        'the platform sends the browser back to <PUBLIC_URL>/api/v1/platforms/<platform>/callback, ' +
        "and that address is never taken from a request's Host header",
    );
  for (const [platform, prefix] of [
    ['linkedin', 'LINKEDIN'],
    ['x', 'X'],
  ] as const) {
    const id = env[`${prefix}_CLIENT_ID`];
    const secret = env[`${prefix}_CLIENT_SECRET`];
    if (id && !secret) problems.push(`${prefix}_CLIENT_SECRET: required when ${prefix}_CLIENT_ID is set`);
    if (secret && !id) problems.push(`${prefix}_CLIENT_ID: required when ${prefix}_CLIENT_SECRET is set`);
    if (!id && !secret && env.LIVE_PLATFORMS.includes(platform))
      problems.push(
        `${prefix}_CLIENT_ID: required (with ${prefix}_CLIENT_SECRET) when LIVE_PLATFORMS lists ${platform}`,
      );
  }
  return problems;
}

/** Live platforms whose OAuth flow redirects back to us (Bluesky and Medium connect directly). */
function liveOAuthPlatforms(env: Env): string[] {
  const live: string[] = [];
  if (env.LINKEDIN_CLIENT_ID || env.LINKEDIN_CLIENT_SECRET || env.LIVE_PLATFORMS.includes('linkedin'))
    live.push('LinkedIn');
  if (env.X_CLIENT_ID || env.X_CLIENT_SECRET || env.LIVE_PLATFORMS.includes('x')) live.push('X');
  if (env.LIVE_PLATFORMS.includes('mastodon')) live.push('Mastodon');
  return live;
}

/** Cross-field rules of the AI settings that zod's per-field schema cannot express. */
function aiConfigProblems(env: Env): string[] {
  const problems: string[] = [];
  const provider = env.AI_PROVIDER;
  if (provider !== 'offline' && !env.AI_MODEL)
    problems.push(`AI_MODEL: required when AI_PROVIDER=${provider}`);
  if (provider === 'anthropic' && !env.AI_API_KEY)
    problems.push('AI_API_KEY: required when AI_PROVIDER=anthropic');
  // Anthropic has no embeddings API: provider embeddings then need their own OpenAI-compatible endpoint.
  if (env.AI_EMBEDDING_MODEL && provider !== 'openai' && !env.AI_EMBEDDING_BASE_URL)
    problems.push(`AI_EMBEDDING_BASE_URL: required for AI_EMBEDDING_MODEL when AI_PROVIDER=${provider}`);
  return problems;
}

/** Reads the real process environment. The only `process.env` access in the server. */
export function processEnv(): EnvInput {
  return { ...process.env };
}
