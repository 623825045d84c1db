// The one repair pass of a posts generation: when a variant fails the draft checks, the model gets
// its answer back with each failing variant's findings as plain instructions and is asked for the
// same structured output. Per variant, the repair is kept only when it has fewer findings than the
// original, so a repair can never make a draft worse; no second repair is ever made.
import type { ModelMessage } from 'ai';
import type { ZodType } from 'zod';
import type { PostsInput, PostVariant } from '../port.js';
import { type CheckedVariant, checkVariants, instructionFor } from './draft-checks.js';
import { check } from './structured.js';

export type Ask = (messages: ModelMessage[]) => Promise<{ text: string; modelId: string }>;

/** The user message that lists what to fix, variant by variant (numbered from 1, as a reader counts). */
export function repairRequest(checked: CheckedVariant[]): string {
  const problems = checked.flatMap(({ variant, findings }, i) =>
    findings.length === 0
      ? []
      : [
          `Variant ${i + 1} ("${variant.hook}"):\n${findings.map((f) => `- ${instructionFor(f)}`).join('\n')}`,
        ],
  );
  return [
    'Your variants were checked before the writer sees them, and some fail:',
    ...problems,
    `Fix only these problems and keep everything else: the voice, the template, the facts and the length limit. Leave the variants without problems as they are. Reply with the corrected JSON object holding all ${checked.length} variants, in the same order, and nothing else.`,
  ].join('\n\n');
}

export function repairConversation(messages: ModelMessage[], checked: CheckedVariant[]): ModelMessage[] {
  const answer = JSON.stringify({ variants: checked.map((c) => c.variant) });
  return [
    ...messages,
    { role: 'assistant', content: answer },
    { role: 'user', content: repairRequest(checked) },
  ];
}

/** Per variant, the repaired one when it has fewer findings (a clean one has none), else the original. */
export function better(original: CheckedVariant[], repaired: CheckedVariant[]): CheckedVariant[] {
  return original.map((o, i) => {
    const r = repaired[i];
    return o.findings.length > 0 && r && r.findings.length < o.findings.length ? r : o;
  });
}

export interface RepairOutcome {
  checked: CheckedVariant[];
  /** Why the repair gave nothing usable, for the log; absent when its answer was compared. */
  failure?: string;
}

/**
 * One repair call. An answer that is not valid JSON of the schema, or a call that fails, leaves the
 * originals in place: they are valid drafts, and the checks' findings are not worth failing the
 * generation over. Only the caller's abort propagates.
 */
export async function repairDrafts(
  messages: ModelMessage[],
  schema: ZodType<{ variants: PostVariant[] }>,
  checked: CheckedVariant[],
  input: PostsInput,
  ask: Ask,
  signal?: AbortSignal,
): Promise<RepairOutcome> {
  let text: string;
  try {
    ({ text } = await ask(repairConversation(messages, checked)));
  } catch (error) {
    if (signal?.aborted) throw error;
    return { checked, failure: `repair call failed: ${(error as Error).message}` };
  }
  const parsed = check(text, schema);
  if (!parsed.ok) return { checked, failure: `repair answer invalid: ${parsed.problems.join('; ')}` };
  return { checked: better(checked, checkVariants(parsed.value.variants, input)) };
}
