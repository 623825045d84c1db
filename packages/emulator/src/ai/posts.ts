// The fake model's posts: finished English, as a competent model writes them for Brandwright's posts
// prompt. It reads what a model would: the topic, the variant count, the template asked for, the
// length limit, the format (a thread is numbered, an article titled) and the writer's first
// achievement, which it quotes as given (a model that invents numbers would fail the server's
// checks), and the voice the prompt describes (voice.ts). Deterministic: the same prompt, the same posts. The `flawed_draft` fault writes the mistakes the server's checks exist to catch.

import { readVoice, voiced } from './voice.js';

/** The mistakes a flawed draft can carry (the fault's `flaws`). */
export const DRAFT_FLAWS = ['broken_list', 'invented_number', 'cut_sentence', 'over_limit'] as const;
export type DraftFlaw = (typeof DRAFT_FLAWS)[number];

interface Request {
  count: number;
  topic: string;
  template?: string;
  limit: number;
  thread: boolean;
  article: boolean;
  achievement?: string;
}

const unpunctuated = (text: string) => text.trim().replace(/[.!?…:;,]+$/, '');

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A topic as it reads mid-sentence: "Why we deleted our alerts" becomes "why we deleted our alerts". */
function midSentence(topic: string): string {
  const common = /^(?:Why|How|What|When|Where|Which|Who|The|A|An|Our|My|We|Your|Is|Are|Do|Does|Should|Can)\b/;
  return common.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic;
}

function readRequest(prompt: string): Request {
  const limit = /^Length: at most ([\d,]+)/m.exec(prompt)?.[1];
  const achievement = /^Achievements:\n- (.+)$/m.exec(prompt)?.[1];
  const template = /template field to "(\w+)"/.exec(prompt)?.[1];
  return {
    count: Number(/exactly (\d+) variants?/i.exec(prompt)?.[1] ?? 1),
    topic: midSentence(unpunctuated(/^Topic: (.+)$/m.exec(prompt)?.[1] ?? 'this topic')),
    limit: limit ? Number(limit.replace(/,/g, '')) : Number.POSITIVE_INFINITY,
    thread: /^Format: thread/m.test(prompt),
    article: /^Format: article/m.test(prompt),
    ...(template ? { template } : {}),
    ...(achievement ? { achievement: unpunctuated(achievement) } : {}),
  };
}

/** A post in parts: the hook, a list it promises, middle paragraphs (dropped to fit), the close. */
interface Draft {
  hook: string;
  /** Never dropped: a hook that announces three things must be followed by them. */
  list?: string;
  middle: string[];
  close: string;
}

const STEPS = '1. Start smaller than feels useful.\n2. Measure one thing at a time.\n3. Keep what works.';

const SHAPES = {
  story: (topic) => ({
    hook: `A short story about ${topic}.`,
    middle: [
      'My first attempt failed: I had planned everything except how I would know it was working.',
      'Now I start small, measure one thing, and keep what works.',
    ],
    close: 'What taught you the most?',
  }),
  listicle: (topic) => ({
    hook: `Three things I learned about ${topic}:`,
    list: STEPS,
    middle: [],
    close: 'Which one would you add?',
  }),
  contrarian: (topic) => ({
    hook: `The usual advice about ${topic} starts too big.`,
    middle: [
      'Big plans hide what is actually working.',
      'A small test you can read beats a large one you cannot.',
    ],
    close: 'Do you see it differently?',
  }),
  how_to: (topic) => ({
    hook: `Here is how I think about ${topic}, step by step:`,
    list: STEPS,
    middle: [],
    close: 'What would you change?',
  }),
  lesson_learned: (topic) => ({
    hook: `My biggest lesson about ${topic}: start smaller than feels useful.`,
    middle: [
      'I used to plan for months before learning anything.',
      'Now I measure one thing, keep what works, and move on.',
    ],
    close: 'What lesson took you longest to learn?',
  }),
  question: (topic) => ({
    hook: `What would you change about ${topic}?`,
    middle: [
      'Mine is simple: start smaller than feels useful.',
      'Small tests are easier to read and cheaper to drop.',
    ],
    close: 'Tell me yours below.',
  }),
} satisfies Record<string, (topic: string) => Draft>;
const ORDER = Object.keys(SHAPES);
const BY_NAME: Record<string, ((topic: string) => Draft) | undefined> = SHAPES;

/**
 * The body, with middle paragraphs dropped from the end until it fits (a draft that cannot fit is
 * left long, for the server's checks to catch); a thread numbers its parts.
 */
function write(draft: Draft, request: Request): string {
  const middle = [...draft.middle];
  const join = () => [draft.hook, ...(draft.list ? [draft.list] : []), ...middle, draft.close];
  const tooLong = (parts: string[]) =>
    request.thread
      ? parts.some((p) => p.length + 6 > request.limit)
      : parts.join('\n\n').length > request.limit;
  while (middle.length > 0 && tooLong(join())) middle.pop();
  const parts = join();
  if (request.article) return [`# ${capitalised(request.topic)}`, ...parts].join('\n\n');
  if (!request.thread) return parts.join('\n\n');
  return parts.map((p, i) => `${i + 1}/${parts.length} ${p}`).join('\n\n');
}

function draftFor(request: Request, template: string): Draft {
  const draft = (BY_NAME[template] ?? SHAPES.story)(request.topic);
  // The writer's own result, quoted as given, backs the claim where the shape has room for one.
  if (request.achievement && draft.middle.length > 1)
    draft.middle.splice(1, 0, `A result I can point to: ${request.achievement}.`);
  return draft;
}

function templateAt(request: Request, index: number): string {
  return request.template ?? ORDER[index % ORDER.length] ?? 'story';
}

/** The posts answer: `count` variants, each in its own template unless the prompt asks for one. */
export function posts(prompt: string): unknown {
  const request = readRequest(prompt);
  const voice = readVoice(prompt);
  return {
    variants: Array.from({ length: request.count }, (_, i) => {
      const template = templateAt(request, i);
      const draft = voiced(draftFor(request, template), voice);
      return { hook: draft.hook, body: write(draft, request), template };
    }),
  };
}

const PADDING = 'Every extra paragraph here is one more thing to read and one more reason to stop.';

function flawed(draft: Draft, request: Request, flaws: readonly DraftFlaw[]): string {
  if (flaws.includes('broken_list')) {
    draft.hook = `Four things I learned about ${request.topic}:`;
    draft.list = STEPS;
  }
  if (flaws.includes('invented_number')) draft.middle.push('Last quarter this cut our costs by 37%.');
  if (flaws.includes('cut_sentence')) draft.middle.push('The part nobody tells you is that the');
  const list = draft.list ? [draft.list] : [];
  let body = [draft.hook, ...list, ...draft.middle, draft.close].join('\n\n');
  if (flaws.includes('over_limit') && Number.isFinite(request.limit))
    while (body.length <= request.limit) body = `${body}\n\n${PADDING}`;
  return body;
}

/** A posts answer whose every variant carries `flaws`: valid JSON, drafts the checks must catch. */
export function flawedPosts(prompt: string, flaws: readonly DraftFlaw[]): unknown {
  const request = readRequest(prompt);
  return {
    variants: Array.from({ length: request.count }, (_, i) => {
      const template = templateAt(request, i);
      const draft = draftFor(request, template);
      const body = flawed(draft, request, flaws);
      return { hook: draft.hook, body, template };
    }),
  };
}
