// The voice rewrite rule: a draft below the writer's usual range gets exactly one rewrite call, a
// draft within it none; the better-scoring of the two is kept, and a failed call keeps the draft.
import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostsInput, postsOutputSchema, type VoiceCheck } from '../port.js';
import { checkVariants } from './draft-checks.js';
import { rewriteTowardVoice, VOICE_REWRITE_TITLE } from './voice-rewrite.js';

const ORIGINAL =
  'Here is how I plan my week. I block the mornings for deep work and keep meetings after lunch.';
const REWRITE = "Here's how I plan my week. Mornings are for deep work. Meetings wait until after lunch.";
const variant = (body: string) => ({ body, hook: body.split('.')[0] ?? body, template: 'story' as const });

/** Scores by which text it is, so the test decides which draft is "in voice". */
function voiceCheck(scores: Record<string, number>, floor = 60): VoiceCheck {
  return { floor, score: async (text) => scores[text] ?? 0 };
}

function setup(check: VoiceCheck, answer: string | Error) {
  const input: PostsInput = {
    platform: 'linkedin',
    format: 'post',
    topic: 'how I plan my week',
    voice: DEFAULT_VOICE,
    samples: [],
    variants: 1,
    voiceCheck: check,
  };
  const calls: ModelMessage[][] = [];
  const ask = async (messages: ModelMessage[]) => {
    calls.push(messages);
    if (answer instanceof Error) throw answer;
    return { text: answer, modelId: 'fake' };
  };
  const checked = checkVariants([variant(ORIGINAL)], input);
  const run = () => rewriteTowardVoice([], postsOutputSchema(1), checked, input, ask);
  return { run, calls };
}

const answerWith = (body: string) => JSON.stringify({ variants: [variant(body)] });

describe('rewriteTowardVoice', () => {
  it('makes no call for a draft within the usual range', async () => {
    const { run, calls } = setup(voiceCheck({ [ORIGINAL]: 70 }), answerWith(REWRITE));
    const outcome = await run();
    expect(calls).toHaveLength(0);
    expect(outcome.checked[0]?.variant.body).toBe(ORIGINAL);
  });

  it('makes exactly one call for a low draft, naming the score, and keeps the better rewrite', async () => {
    const { run, calls } = setup(voiceCheck({ [ORIGINAL]: 40, [REWRITE]: 75 }), answerWith(REWRITE));
    const outcome = await run();
    expect(calls).toHaveLength(1);
    const request = String(calls[0]?.at(-1)?.content);
    expect(request).toContain(VOICE_REWRITE_TITLE);
    expect(request).toContain('scores 40/100');
    expect(outcome.low).toEqual([0]);
    expect(outcome.checked[0]?.variant.body).toBe(REWRITE);
  });

  it('keeps the original when the rewrite scores no better', async () => {
    const { run, calls } = setup(voiceCheck({ [ORIGINAL]: 40, [REWRITE]: 35 }), answerWith(REWRITE));
    const outcome = await run();
    expect(calls).toHaveLength(1);
    expect(outcome.checked[0]?.variant.body).toBe(ORIGINAL);
  });

  it('keeps the original when the call fails or answers invalid JSON', async () => {
    for (const answer of [new Error('down'), '{"variants": []}']) {
      const { run, calls } = setup(voiceCheck({ [ORIGINAL]: 40 }), answer);
      const outcome = await run();
      expect(calls).toHaveLength(1);
      expect(outcome.failure).toBeDefined();
      expect(outcome.checked[0]?.variant.body).toBe(ORIGINAL);
    }
  });
});
