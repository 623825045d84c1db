// Prompts for the provider models: every system message ends by demanding JSON matching a JSON
// Schema made from our zod schema. Strategy and rewrite prompts live here; the posts prompt, with
// the writer, voice, platform, rules and style examples, is post-prompt.ts.
import type { ModelMessage } from 'ai';
import { type ZodType, z } from 'zod';
import { openerKind, splitOpening } from '../offline/rewrite-hook.js';
import type { RewriteInput, RewriteInstruction, StrategyInput } from '../port.js';
import { pickExamples } from './few-shot.js';
import { styleGaps } from './style-gaps.js';
import { describeVoice } from './voice-words.js';

/** The output contract, last in every system message. */
export function outputInstruction(schema: ZodType): string {
  const jsonSchema = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
  return [
    'Answer with one JSON object and nothing else: no prose before or after it, no code fences.',
    `The object must validate against this JSON Schema: ${jsonSchema}`,
  ].join('\n');
}

function system(schema: ZodType): string {
  return [
    "You are the writing engine of Brandwright, which manages professionals' personal brands.",
    outputInstruction(schema),
  ].join('\n');
}

export function strategyMessages(input: StrategyInput, today: string, schema: ZodType): ModelMessage[] {
  const { answers, profile } = input;
  const user = [
    `Today is ${today}.`,
    'Build a personal-brand strategy from the onboarding answers below.',
    'Rules: a value proposition in the first person; one to four personas drawn from the audience and its problems;',
    'three to five content pillars from the expertise and goals, with integer shares that sum to exactly 100;',
    'one to six goals that follow from the chosen goals, each with a concrete metric, a numeric target scaled to',
    `the current followers and posting cadence, and a dueDate (YYYY-MM-DD) after ${today}.`,
    `Profile: ${JSON.stringify({ fullName: profile.fullName, headline: profile.headline ?? null, industry: profile.industry ?? null })}`,
    `Answers: ${JSON.stringify(answers)}`,
  ].join('\n');
  return [
    { role: 'system', content: system(schema) },
    { role: 'user', content: user },
  ];
}

const INSTRUCTIONS: Record<RewriteInstruction, string> = {
  shorten: 'Make it noticeably shorter; keep the point and the voice.',
  expand: 'Expand it with one or two supporting points or an example, in the same voice.',
  more_casual: 'Make it more casual and conversational.',
  more_formal: 'Make it more formal and polished; no slang or emoji.',
  add_hook: 'Add a scroll-stopping opening line; keep the rest.',
  add_cta: 'Add a closing call to action that invites a response; keep the rest.',
  new_hook:
    'Replace the opening line with a new one of a different kind; keep every other line exactly as it is.',
  more_like_me:
    "Rewrite it so it reads like the writer's own posts below: their sentence length, contractions, person, openers, emoji and hashtags. Keep the facts and the point.",
};

/** What only some instructions need: the opening to replace, or the style gaps and examples. */
function instructionContext(input: RewriteInput): string[] {
  if (input.instruction === 'new_hook') {
    const { hook } = splitOpening(input.text);
    return [`Current opening (a ${openerKind(hook)}; write another kind, not a rewording): "${hook}"`];
  }
  if (input.instruction !== 'more_like_me') return [];
  const gaps = styleGaps(input.text, input.voice);
  const examples = pickExamples(input.samples ?? [], input.platform ?? 'linkedin', 'post');
  return [
    ...(gaps.length > 0 ? ['Where the text differs from the writer:', ...gaps.map((g) => `- ${g}`)] : []),
    ...examples.map((e, i) => `<example ${i + 1}${e.excerpt ? ' (opening)' : ''}>\n${e.text}\n</example>`),
  ];
}

export function rewriteMessages(input: RewriteInput, schema: ZodType): ModelMessage[] {
  const user = [
    `Instruction: ${INSTRUCTIONS[input.instruction]}`,
    `Voice: ${describeVoice(input.voice)}`,
    ...instructionContext(input),
    'Rewrite the text between the tags and answer with the whole new text.',
    `<text>\n${input.text}\n</text>`,
  ].join('\n');
  return [
    { role: 'system', content: system(schema) },
    { role: 'user', content: user },
  ];
}
