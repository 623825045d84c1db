// The provider's prompts for the one-click rewrites: a new hook names the opening to replace and
// its kind; more like me carries the measured style gaps and the writer's samples as examples.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_VOICE } from '../port.js';
import { rewriteMessages } from './prompts.js';

const schema = z.object({ text: z.string() });
const userText = (messages: ReturnType<typeof rewriteMessages>) => String(messages[1]?.content ?? '');

describe('rewrite prompts', () => {
  it('asks a new hook for another kind of opening than the current one', () => {
    const prompt = userText(
      rewriteMessages(
        {
          text: 'Why do alerts pile up?\n\nNobody deletes them.',
          instruction: 'new_hook',
          voice: DEFAULT_VOICE,
        },
        schema,
      ),
    );
    expect(prompt).toContain(
      'Current opening (a question; write another kind, not a rewording): "Why do alerts pile up?"',
    );
  });

  it("gives more like me the style gaps and the writer's own posts", () => {
    const sample = 'We keep our runbooks short. We review them every quarter, and we delete the stale ones.';
    const prompt = userText(
      rewriteMessages(
        {
          text: 'I think alerts matter!!! 🚀 #SRE #Ops #OnCall',
          instruction: 'more_like_me',
          voice: { ...DEFAULT_VOICE, person: 'we', emojiRate: 0, hashtagsPerPost: 0 },
          samples: [sample],
        },
        schema,
      ),
    );
    expect(prompt).toContain('It uses emoji; the writer never does.');
    expect(prompt).toContain('It has 3 hashtags; the writer uses about 0.');
    expect(prompt).toContain(`<example 1>\n${sample}\n</example>`);
  });
});
