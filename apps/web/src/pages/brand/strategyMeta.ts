// How a stored strategy version describes its origin in words a user reads: written by the built-in
// offline writer or a named AI provider, or edited by hand. The raw model id (`modelUsed`, e.g.
// "offline-composer-v1" or "anthropic:claude-sonnet-4-5") is for those who ask: see StrategySource.
import type { StoredStrategy } from '@brandwright/contracts';

/** Provider prefixes of `modelUsed` ("<provider>:<model>") and how to name them. */
const PROVIDERS: Record<string, string> = {
  anthropic: 'Anthropic’s Claude',
  openai: 'an OpenAI-compatible model',
};

/** "Written by the built-in offline writer", "Written by Anthropic’s Claude", … */
export function writerPhrase(modelUsed: string): string {
  if (modelUsed.startsWith('offline-')) return 'Written by the built-in offline writer';
  const provider = modelUsed.includes(':') ? modelUsed.slice(0, modelUsed.indexOf(':')) : '';
  return `Written by ${PROVIDERS[provider.toLowerCase()] ?? 'an AI model'}`;
}

export function sourceLabel(stored: Pick<StoredStrategy, 'source' | 'modelUsed'>): string {
  return stored.source === 'generated' ? writerPhrase(stored.modelUsed) : 'Edited';
}
