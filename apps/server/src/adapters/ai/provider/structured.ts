// Structured output: parse the model's answer as JSON and validate it with zod. On failure, one
// repair attempt sends the problems back to the model; a second failure is AiError INVALID_OUTPUT.
import type { ModelMessage } from 'ai';
import type { ZodType } from 'zod';
import { AiError } from '../errors.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The JSON object in a model's answer, tolerating code fences and chatter around it. */
function extractJson(text: string): unknown {
  const unfenced = text.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  return JSON.parse(start >= 0 && end > start ? unfenced.slice(start, end + 1) : unfenced);
}

export function check<T>(text: string, schema: ZodType<T>): Checked<T> {
  let json: unknown;
  try {
    json = extractJson(text);
  } catch (error) {
    return { ok: false, problems: [`The answer is not valid JSON (${(error as Error).message}).`] };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}

/** The conversation that asks the model to fix its previous answer. */
export function repairMessages(messages: ModelMessage[], answer: string, problems: string[]): ModelMessage[] {
  return [
    ...messages,
    { role: 'assistant', content: answer.slice(0, 20_000) },
    {
      role: 'user',
      content: `Your answer was not valid:\n- ${problems.join('\n- ')}\nReply with the corrected JSON object only.`,
    },
  ];
}

/** The one repair attempt: the problems go back to the model; a second failure is INVALID_OUTPUT. */
export async function repairStructured<T>(
  messages: ModelMessage[],
  schema: ZodType<T>,
  ask: (messages: ModelMessage[]) => Promise<{ text: string; modelId: string }>,
  answer: string,
  problems: string[],
): Promise<{ value: T; modelId: string }> {
  const second = await ask(repairMessages(messages, answer, problems));
  const rechecked = check(second.text, schema);
  if (rechecked.ok) return { value: rechecked.value, modelId: second.modelId };
  throw new AiError('INVALID_OUTPUT');
}

/**
 * Runs `ask` once, and once more with the problems when the first answer does not validate.
 * `repaired` says whether the second call was made (a generation makes at most one repair call).
 */
export async function askStructured<T>(
  messages: ModelMessage[],
  schema: ZodType<T>,
  ask: (messages: ModelMessage[]) => Promise<{ text: string; modelId: string }>,
): Promise<{ value: T; modelId: string; repaired: boolean }> {
  const first = await ask(messages);
  const checked = check(first.text, schema);
  if (checked.ok) return { value: checked.value, modelId: first.modelId, repaired: false };
  const fixed = await repairStructured(messages, schema, ask, first.text, checked.problems);
  return { ...fixed, repaired: true };
}
