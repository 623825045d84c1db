// The one voice pass of a posts generation: when a checked draft scores below the writer's usual
// range (PostsInput.voiceCheck), the model gets its answer back with the measured differences named
// and is asked to rewrite the low variants toward the writer's voice. One call at most, ever; per
// variant the better-scoring of the two is kept, and never a rewrite the draft checks like less.
import type { ModelMessage } from 'ai';
import type { ZodType } from 'zod';
import type { PostsInput, PostVariant, VoiceCheck } from '../port.js';
import { type CheckedVariant, checkVariants } from './draft-checks.js';
import type { Ask } from './repair.js';
import { check } from './structured.js';
import { styleGaps } from './style-gaps.js';

/** Marks the request, so a reader of the log (and the emulator's fake model) can tell it apart. */
export const VOICE_REWRITE_TITLE = "Rewrite toward the writer's voice";

export interface Scored extends CheckedVariant {
  voiceMatch: number;
}

export interface VoiceOutcome {
  checked: CheckedVariant[];
  /** Variants (0-based) that scored below the floor; a rewrite call was made when any did. */
  low: number[];
  failure?: string;
}

export function voiceRewriteRequest(
  scored: Scored[],
  low: number[],
  input: PostsInput,
  floor: number,
): string {
  const parts = low.map((i) => {
    const s = scored[i] as Scored;
    const gaps = styleGaps(s.variant.body, input.voice);
    const named = gaps.length > 0 ? gaps : ['Its rhythm and wording read unlike the examples.'];
    return `Variant ${i + 1} ("${s.variant.hook}") scores ${s.voiceMatch}/100 for the writer's voice, below their usual ${Math.round(floor)}:\n${named.map((g) => `- ${g}`).join('\n')}`;
  });
  return [
    `${VOICE_REWRITE_TITLE}: some variants do not yet sound like the writer of the style examples.`,
    ...parts,
    `Rewrite only these variants so they read like the examples and the voice described, keeping their facts, template, list counts and the length limit. Leave the other variants as they are. Reply with the JSON object holding all ${scored.length} variants, in the same order, and nothing else.`,
  ].join('\n\n');
}

async function scoreAll(voice: VoiceCheck, checked: CheckedVariant[]): Promise<Scored[]> {
  return Promise.all(checked.map(async (c) => ({ ...c, voiceMatch: await voice.score(c.variant.body) })));
}

/** Per low variant, the rewrite when it scores higher and the checks find no more in it. */
async function keepBetter(voice: VoiceCheck, scored: Scored[], rewritten: CheckedVariant[], low: number[]) {
  const out: CheckedVariant[] = scored.map(({ variant, findings }) => ({ variant, findings }));
  for (const i of low) {
    const r = rewritten[i];
    const o = scored[i] as Scored;
    if (!r || r.findings.length > o.findings.length) continue;
    if ((await voice.score(r.variant.body)) > o.voiceMatch) out[i] = r;
  }
  return out;
}

/**
 * Scores the variants and, when any falls below the floor, makes the one rewrite call. A failed call
 * or an invalid answer keeps the drafts as they are (they are valid); only the caller's abort throws.
 */
export async function rewriteTowardVoice(
  messages: ModelMessage[],
  schema: ZodType<{ variants: PostVariant[] }>,
  checked: CheckedVariant[],
  input: PostsInput,
  ask: Ask,
  signal?: AbortSignal,
): Promise<VoiceOutcome> {
  const voice = input.voiceCheck;
  if (!voice) return { checked, low: [] };
  const scored = await scoreAll(voice, checked);
  const low = scored.flatMap((s, i) => (s.voiceMatch < voice.floor ? [i] : []));
  if (low.length === 0) return { checked, low };
  const answer = JSON.stringify({ variants: checked.map((c) => c.variant) });
  const conversation: ModelMessage[] = [
    ...messages,
    { role: 'assistant', content: answer },
    { role: 'user', content: voiceRewriteRequest(scored, low, input, voice.floor) },
  ];
  let text: string;
  try {
    ({ text } = await ask(conversation));
  } catch (error) {
    if (signal?.aborted) throw error;
    return { checked, low, failure: `voice rewrite call failed: ${(error as Error).message}` };
  }
  const parsed = check(text, schema);
  if (!parsed.ok) return { checked, low, failure: `voice rewrite invalid: ${parsed.problems.join('; ')}` };
  const rewritten = checkVariants(parsed.value.variants, input);
  return { checked: await keepBetter(voice, scored, rewritten, low), low };
}
