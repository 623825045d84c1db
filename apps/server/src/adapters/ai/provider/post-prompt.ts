// The posts prompt. The system message says who the writer is (their facts), how they write (their
// voice in words), what the platform allows, the rules every draft is later checked against, and a
// few of the writer's own posts as style examples. The user message is the request: topic, pillar,
// template, the facts to draw on and any source to atomise. Pure, so tests read the prompt directly.
import type { ModelMessage } from 'ai';
import type { ZodType } from 'zod';
import type { AuthorFacts, PostsInput } from '../port.js';
import { templateShape } from '../template-hint.js';
import { type Example, pickExamples } from './few-shot.js';
import { lengthWords, platformLines, platformName, THREAD_PLATFORMS } from './platform-notes.js';
import { outputInstruction } from './prompts.js';
import { voiceLines } from './voice-words.js';

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');
const section = (title: string, lines: string[]) => `${title}:\n${bullets(lines)}`;

/** Who the writer is, from their own answers; nothing when they gave none. */
function writerLines(facts: AuthorFacts | undefined): string[] {
  const lines = [
    facts?.role && `Role: ${facts.role}`,
    facts?.industry && `Industry: ${facts.industry}`,
    facts?.yearsExperience !== undefined && `Years of experience: ${facts.yearsExperience}`,
    facts?.expertise.length && `Expertise: ${facts.expertise.join('; ')}`,
  ].filter((l): l is string => typeof l === 'string');
  if (lines.length > 0) return lines;
  return ['They have not told us about themselves yet: make no claims about their job, employer or career.'];
}

/** How long pieces are handled: a thread where the platform has them, never a crammed post. */
function lengthRule(input: PostsInput): string {
  const threads = THREAD_PLATFORMS.has(input.platform);
  if (input.format === 'thread' && threads)
    return 'Write a thread: give each point the posts it needs, every post within the limit, rather than cramming several points into one post.';
  if (input.format === 'post' && threads)
    return 'Write one post within the limit: drop a point rather than cram or run over.';
  return 'Stay within the length; shorten by dropping whole points, never by cutting sentences.';
}

function ruleLines(input: PostsInput): string[] {
  const tags = Math.round(input.voice.hashtagsPerPost);
  return [
    "Use only the writer's facts given here and in the request. Never invent numbers, percentages, clients, employers, dates or results; make a point that would need a number they did not give without one.",
    'A list has exactly the items it announces: a post that promises "three lessons" lists three, no more and no fewer.',
    tags === 0
      ? 'No hashtags.'
      : `No more than ${tags} hashtag${tags === 1 ? '' : 's'}, at the end, as the writer does.`,
    'Finish every sentence: no line may stop mid-sentence.',
    lengthRule(input),
    'Write correct English: "a" or "an" by the sound that follows, a capital letter at the start of every sentence, no doubled words.',
    'Never use placeholders such as [name] or {topic}.',
  ];
}

function examplesBlock(examples: Example[]): string {
  if (examples.length === 0)
    return "There are no examples of the writer's posts yet: follow the voice described above.";
  const shown = examples.map(
    (e, i) => `<example ${i + 1}${e.excerpt ? ' (opening only)' : ''}>\n${e.text}\n</example ${i + 1}>`,
  );
  return [
    'Style examples: posts the writer wrote themselves. They show how the writer sounds (rhythm, openers, line breaks, tone). They are not content: do not copy their sentences, and do not reuse their stories or numbers unless the request lists them as facts.',
    ...shown,
  ].join('\n');
}

export function postsSystem(input: PostsInput, schema: ZodType): string {
  const platform = platformName(input.platform);
  return [
    `You are the ghostwriter of one professional. They publish what you write on ${platform} under their own name, so it must read as theirs: their facts, their voice, finished work they would post as it is.`,
    section('The writer', writerLines(input.facts)),
    section('Their voice', voiceLines(input.voice)),
    section(`On ${platform}`, platformLines(input.platform, input.format)),
    section('Rules', ruleLines(input)),
    examplesBlock(pickExamples(input.samples, input.platform, input.format)),
    outputInstruction(schema),
  ].join('\n\n');
}

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

const FORMATS = {
  post: 'post (a single post)',
  thread: 'thread (numbered posts "1/n", separated by blank lines)',
  article: 'article (Markdown with a "# " title and "## " headings)',
} as const;

/** The facts a draft may draw on, in the writer's words; a plain warning when there are none. */
function factsBlock(facts: AuthorFacts | undefined): string {
  const achievements = facts?.achievements ?? [];
  const problems = facts?.audienceProblems ?? [];
  const parts = [
    "The writer's facts to draw on (quote or rephrase them; add nothing to them):",
    achievements.length > 0
      ? `Achievements:\n${bullets(achievements)}`
      : 'Achievements: none given, so claim no results.',
  ];
  if (problems.length > 0) parts.push(`Their audience's problems:\n${bullets(problems)}`);
  return parts.join('\n');
}

/** The piece to atomise, when there is one, and how to use it. */
function sourceBlock(source: string | undefined): string | undefined {
  if (!source) return undefined;
  return [
    "Atomise the writer's own piece below into this format: keep its key points and phrases, in the voice described, within the length.",
    `<source>\n${source.slice(0, 12_000)}\n</source>`,
  ].join('\n');
}

function strategyLine(input: PostsInput): string | undefined {
  if (!input.strategy) return undefined;
  const { valueProposition, targetAudience } = input.strategy;
  const audience = targetAudience.personas.map((p) => ({ role: p.role, painPoints: p.painPoints }));
  return `Strategy: ${JSON.stringify({ valueProposition, audience })}`;
}

export function postsRequest(input: PostsInput): string {
  return [
    `Platform: ${input.platform}`,
    `Format: ${FORMATS[input.format]}`,
    `Topic: ${input.topic}`,
    input.pillar ? `Pillar: ${input.pillar}` : undefined,
    strategyLine(input),
    shapeInstruction(input),
    `Length: ${lengthWords(input.platform, input.format)}.`,
    factsBlock(input.facts),
    sourceBlock(input.source),
  ]
    .filter((part) => part !== undefined)
    .join('\n');
}

export function postsMessages(input: PostsInput, schema: ZodType): ModelMessage[] {
  return [
    { role: 'system', content: postsSystem(input, schema) },
    { role: 'user', content: postsRequest(input) },
  ];
}
