// createAi: picks the generator and embedder from the configuration. Offline by default; a provider
// when AI_PROVIDER says so; embeddings stay offline unless AI_EMBEDDING_MODEL is set.
import type { Config } from '../../platform/config/index.js';
import { OfflineEmbedder } from './offline/embedder.js';
import { OfflineGenerator } from './offline/generator.js';
import type { Embedder, TextGenerator } from './port.js';
import { type CallPolicy, ModelClient, Retrier } from './provider/call.js';
import { ProviderEmbedder } from './provider/embedder.js';
import { type GeneratorLog, ProviderGenerator } from './provider/generator.js';
import { ProviderInsightsWriter } from './provider/insights-writer.js';
import { DEFAULT_BASE_URLS, embeddingModel, languageModel } from './provider/models.js';
import type { InsightsWriter } from './summary-port.js';

export type AiConfig = Pick<
  Config,
  | 'AI_PROVIDER'
  | 'AI_BASE_URL'
  | 'AI_API_KEY'
  | 'AI_MODEL'
  | 'AI_TIMEOUT_MS'
  | 'AI_MAX_RETRIES'
  | 'AI_EMBEDDING_MODEL'
  | 'AI_EMBEDDING_BASE_URL'
  | 'AI_EMBEDDING_API_KEY'
  | 'AI_EMBEDDING_DIMENSIONS'
>;

export interface Ai {
  generator: TextGenerator;
  embedder: Embedder;
  /** The provider's writer of insights summaries; absent offline (the insights module composes them). */
  insightsWriter?: InsightsWriter;
  /** "offline" or "openai:gpt-4o-mini"-style, for logs and health. */
  describe: string;
}

export interface AiOptions {
  /** The clock strategy due dates count from (tests pin it). */
  now?: () => Date;
  /** Overrides of the retry policy (tests make backoff instant and record the delays). */
  policy?: Partial<CallPolicy>;
  /** Where the provider generator reports draft-check findings and its repair pass (debug level). */
  log?: GeneratorLog;
}

export const OFFLINE_DIMENSIONS = 384;

function createEmbedder(config: AiConfig, retrier: Retrier): Embedder {
  if (!config.AI_EMBEDDING_MODEL)
    return new OfflineEmbedder(config.AI_EMBEDDING_DIMENSIONS ?? OFFLINE_DIMENSIONS);
  // With AI_PROVIDER=openai the chat endpoint serves embeddings too unless one is given.
  const sameHost = config.AI_PROVIDER === 'openai';
  const model = embeddingModel({
    model: config.AI_EMBEDDING_MODEL,
    baseUrl:
      config.AI_EMBEDDING_BASE_URL ?? (sameHost ? config.AI_BASE_URL : undefined) ?? DEFAULT_BASE_URLS.openai,
    apiKey: config.AI_EMBEDDING_API_KEY ?? (sameHost ? config.AI_API_KEY : undefined),
  });
  return new ProviderEmbedder(model, config.AI_EMBEDDING_MODEL, retrier, config.AI_EMBEDDING_DIMENSIONS);
}

export function createAi(config: AiConfig, options: AiOptions = {}): Ai {
  const now = options.now ?? (() => new Date());
  const retrier = new Retrier({
    timeoutMs: config.AI_TIMEOUT_MS,
    maxRetries: config.AI_MAX_RETRIES,
    ...options.policy,
  });
  const embedder = createEmbedder(config, retrier);
  if (config.AI_PROVIDER === 'offline' || !config.AI_MODEL)
    return { generator: new OfflineGenerator(now), embedder, describe: 'offline' };
  const model = languageModel({
    provider: config.AI_PROVIDER,
    model: config.AI_MODEL,
    baseUrl: config.AI_BASE_URL,
    apiKey: config.AI_API_KEY,
  });
  const client = new ModelClient(model, retrier);
  const generator = new ProviderGenerator(client, config.AI_PROVIDER, now, options.log);
  return {
    generator,
    embedder,
    insightsWriter: new ProviderInsightsWriter(client, config.AI_PROVIDER),
    describe: `${config.AI_PROVIDER}:${config.AI_MODEL}`,
  };
}
