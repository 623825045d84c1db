// The strategy's origin is said in words, never as a bare model id.
import { describe, expect, it } from 'vitest';
import { sourceLabel, writerPhrase } from './strategyMeta';

describe('sourceLabel', () => {
  it('names the writer in words and keeps the model id out of the label', () => {
    expect(sourceLabel({ source: 'generated', modelUsed: 'offline-composer-v1' })).toBe(
      'Written by the built-in offline writer',
    );
    expect(writerPhrase('anthropic:claude-sonnet-4-5')).toBe('Written by Anthropic’s Claude');
    expect(writerPhrase('openai:gpt-4o-mini')).toBe('Written by an OpenAI-compatible model');
    expect(writerPhrase('mystery-model')).toBe('Written by an AI model');
    for (const id of ['offline-composer-v1', 'openai:gpt-4o-mini', 'anthropic:claude-sonnet-4-5'])
      expect(sourceLabel({ source: 'generated', modelUsed: id })).not.toContain(id);
    expect(sourceLabel({ source: 'edited', modelUsed: 'offline-composer-v1' })).toBe('Edited');
  });
});
