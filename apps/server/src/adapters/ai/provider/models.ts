// Builds the Vercel AI SDK models from the configuration: chat completions on any OpenAI-compatible
// endpoint (never /v1/responses, which Ollama, vLLM and LM Studio lack), or Anthropic Messages.
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';

export const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
} as const;

export interface ProviderSettings {
  provider: 'openai' | 'anthropic';
  baseUrl?: string;
  apiKey?: string;
  model: string;
}

export function languageModel(s: ProviderSettings): LanguageModel {
  if (s.provider === 'anthropic') {
    return createAnthropic({ baseURL: s.baseUrl ?? DEFAULT_BASE_URLS.anthropic, apiKey: s.apiKey ?? '' })(
      s.model,
    );
  }
  const openai = createOpenAICompatible({
    name: 'openai',
    baseURL: s.baseUrl ?? DEFAULT_BASE_URLS.openai,
    // Local servers (Ollama, LM Studio) need no key; no Authorization header is sent then.
    ...(s.apiKey ? { apiKey: s.apiKey } : {}),
    includeUsage: true,
  });
  return openai.chatModel(s.model);
}

export interface EmbeddingSettings {
  baseUrl?: string;
  apiKey?: string;
  model: string;
}

/** Embeddings always go through an OpenAI-compatible /embeddings endpoint (Anthropic has none). */
export function embeddingModel(s: EmbeddingSettings): EmbeddingModel {
  const openai = createOpenAICompatible({
    name: 'openai',
    baseURL: s.baseUrl ?? DEFAULT_BASE_URLS.openai,
    ...(s.apiKey ? { apiKey: s.apiKey } : {}),
  });
  return openai.embeddingModel(s.model);
}
