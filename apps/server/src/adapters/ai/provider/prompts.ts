// Prompts for the provider models: a system message that demands JSON matching a JSON Schema made
// from our zod schema, and user messages carrying the request, the voice in words and the samples.
import type { ModelMessage } from 'ai';
import { type ZodType, z } from 'zod';
import type { PostsInput, RewriteInput, RewriteInstruction, StrategyInput, VoiceStyle } from '../port.js';
import { templateShape } from '../template-hint.js';

function system(schema: ZodType): string {
  const jsonSchema = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
  return [
    "You are the writing engine of Brandwright, which manages professionals' personal brands.",
    'Answer with one JSON object and nothing else: no prose before or after it, no code fences.',
    `The object must validate against this JSON Schema: ${jsonSchema}`,
  ].join('\n');
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** The VoiceStyle as instructions a model can follow. */
export function describeVoice(v: VoiceStyle): string {
  const person = {
    I: 'first person singular ("I")',
    we: 'first person plural ("we")',
    you: 'second person, addressing the reader ("you")',
    neutral: 'a neutral third person (no "I", "we" or "you")',
  }[v.person];
  const breaks = {
    dense: 'dense paragraphs with few line breaks',
    short_paragraphs: 'short paragraphs of one to three sentences separated by blank lines',
    line_per_sentence: 'one sentence per line, separated by blank lines',
  }[v.lineBreaks];
  return [
    `Sentences average about ${Math.round(v.avgSentenceWords)} words.`,
    `About ${percent(v.questionRate)} of sentences are questions and ${percent(v.exclamationRate)} end with "!".`,
    v.emojiRate === 0 ? 'Never use emoji.' : `Use about ${v.emojiRate.toFixed(1)} emoji per sentence.`,
    v.hashtagsPerPost === 0
      ? 'Never use hashtags.'
      : `Use about ${Math.round(v.hashtagsPerPost)} hashtags per post, at the end.`,
    v.mentionRate === 0
      ? 'Do not @-mention anyone.'
      : 'Only @-mention handles that appear in the writing samples.',
    `Write in ${person}, in ${breaks}.`,
    `Use contractions ("don't") about ${percent(v.contractionRate)} of the time.`,
  ].join(' ');
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

const LENGTH: Record<string, string> = {
  x: 'at most 280 characters per post',
  bluesky: 'at most 300 characters per post',
  mastodon: 'at most 500 characters',
  linkedin: 'about 600 to 1,300 characters',
  medium: 'about 600 to 1,500 words',
};

/** How the variants are shaped: one requested template for all, or a different one each. */
function shapeInstruction(input: PostsInput): string {
  const count = `Write exactly ${input.variants} variants`;
  if (!input.template)
    return `${count}, each with a different template (listicle, story, contrarian, how_to, lesson_learned, question) and a hook that is its opening line.`;
  return [
    `${count}, all following the template "${input.template.name}" and each with a hook that is its opening line.`,
    `Template structure: ${input.template.structure}`,
    `Set every variant's template field to "${templateShape(input.template)}".`,
  ].join('\n');
}

/** The piece to atomise, when there is one, and how to use it. */
function sourceBlock(input: PostsInput): string | undefined {
  if (!input.source) return undefined;
  return [
    "Atomise the user's own piece below into this format: keep its key points and phrases, in the voice described, within the length.",
    `<source>\n${input.source.slice(0, 12_000)}\n</source>`,
  ].join('\n');
}

export function postsMessages(input: PostsInput, schema: ZodType): ModelMessage[] {
  const samples = input.samples
    .slice(0, 8)
    .map((s, i) => `<sample ${i + 1}>\n${s.slice(0, 2000)}\n</sample ${i + 1}>`)
    .join('\n');
  const pillar = input.pillar ? `Pillar: ${input.pillar}\n` : '';
  const strategy = input.strategy
    ? `Strategy: ${JSON.stringify({ valueProposition: input.strategy.valueProposition, audience: input.strategy.targetAudience.personas.map((p) => ({ role: p.role, painPoints: p.painPoints })) })}\n`
    : '';
  const user = [
    `Platform: ${input.platform}`,
    `Format: ${input.format}${input.format === 'thread' ? ' (numbered posts "1/n", separated by blank lines)' : ''}`,
    `Topic: ${input.topic}`,
    `${pillar}${strategy}${shapeInstruction(input)}`,
    `Length: ${LENGTH[input.platform] ?? 'a reasonable length'}${input.format === 'article' ? ' (article in Markdown with headings)' : ''}.`,
    `Voice: ${describeVoice(input.voice)}`,
    samples
      ? `The user's own writing follows. Match its voice and reuse its characteristic openers and phrases, but never copy whole sentences.\n${samples}`
      : 'There are no writing samples yet.',
    sourceBlock(input),
    'Never use placeholders such as [name] or {topic}.',
  ]
    .filter((part) => part !== undefined)
    .join('\n');
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
};

export function rewriteMessages(input: RewriteInput, schema: ZodType): ModelMessage[] {
  const user = [
    `Instruction: ${INSTRUCTIONS[input.instruction]}`,
    `Voice: ${describeVoice(input.voice)}`,
    'Rewrite the text between the tags and answer with the whole new text.',
    `<text>\n${input.text}\n</text>`,
  ].join('\n');
  return [
    { role: 'system', content: system(schema) },
    { role: 'user', content: user },
  ];
}
