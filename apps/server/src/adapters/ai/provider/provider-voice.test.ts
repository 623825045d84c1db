// The voice rewrite through the generator, against the emulator's fake providers: a draft within the
// writer's usual range makes one model call, a low one exactly two (never more), whose last message
// names the measured differences; the fake model's style follows the voice the prompt describes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostsInput, type VoiceCheck } from '../port.js';
import { useEmulator } from './test/emulated.js';
import { VOICE_REWRITE_TITLE } from './voice-rewrite.js';

const { ai, generationRequests } = useEmulator();

const input = (voiceCheck: VoiceCheck): PostsInput => ({
  platform: 'linkedin',
  format: 'post',
  topic: 'alert fatigue',
  voice: { ...DEFAULT_VOICE, person: 'we', hashtagsPerPost: 1, contractionRate: 0.9 },
  samples: ["We paged people for things nobody could fix. So we stopped. It's quieter now.\n\n#sre"],
  variants: 2,
  voiceCheck,
});

describe.each(['openai', 'anthropic'] as const)('%s: voice rewrite', (provider) => {
  it('makes no rewrite call when every draft is within the usual range', async () => {
    await ai(provider).generator.generatePosts(input({ floor: 50, score: async () => 80 }));
    expect(await generationRequests()).toHaveLength(1);
  });

  it('makes exactly one rewrite call for low drafts, naming the differences', async () => {
    const result = await ai(provider).generator.generatePosts(input({ floor: 50, score: async () => 10 }));
    const requests = await generationRequests();
    expect(requests).toHaveLength(2);
    const last = JSON.stringify(requests[1]?.body.messages.at(-1)?.content);
    expect(last).toContain(VOICE_REWRITE_TITLE);
    expect(last).toContain('scores 10/100');
    expect(result.variants).toHaveLength(2);
  });

  it('writes as "we" with the writer’s own hashtag when the voice says so', async () => {
    const result = await ai(provider).generator.generatePosts(input({ floor: 0, score: async () => 80 }));
    for (const v of result.variants) {
      expect(v.body).not.toMatch(/\bI\b/);
      expect(v.body.trim().endsWith('#sre')).toBe(true);
    }
  });
});
