// Composes the lines of one post variant from a template: fills the slots with the topic, the
// strategy's audience and pain points and the voice's grammatical person, before voice shaping.
import type { Platform } from '@brandwright/contracts';
import type { PostFormat, PostsInput, PostTemplate, VoiceStyle } from '../port.js';
import type { Rng } from './random.js';
import type { SampleTraits } from './samples.js';
import { ARTICLE_SECTIONS, TEMPLATES } from './templates.js';
import { asPhrase, capitalize, terminate, titleCase } from './text.js';

export type LineKind = 'hook' | 'body' | 'item' | 'cta' | 'heading' | 'title';
export interface Line {
  text: string;
  kind: LineKind;
}

export interface ComposeContext {
  rng: Rng;
  platform: Platform;
  format: PostFormat;
  voice: VoiceStyle;
  traits: SampleTraits;
  slots: Record<string, string>;
}

const PERSON: Record<VoiceStyle['person'], Record<string, string>> = {
  I: { I: 'I', sub: 'I', my: 'my', me: 'me', am: 'am', was: 'was' },
  we: { I: 'we', sub: 'we', my: 'our', me: 'us', am: 'are', was: 'were' },
  you: { I: 'you', sub: 'you', my: 'your', me: 'you', am: 'are', was: 'were' },
  // {sub} is the subject when it repeats in one sentence: "many teams ... they".
  neutral: { I: 'many teams', sub: 'they', my: 'their', me: 'them', am: 'are', was: 'were' },
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** A plural audience noun phrase from the strategy ("early-stage founders"), or a safe default. */
function audienceOf(input: PostsInput): string {
  for (const persona of input.strategy?.targetAudience.personas ?? []) {
    const role = asPhrase(persona.role, 60);
    // Templates conjugate for a plural subject; a singular role would read wrongly.
    if (/[a-z]s$/i.test(role) && !/ss$/i.test(role)) return role;
  }
  return 'professionals';
}

function painOf(input: PostsInput, rng: Rng, topic: string): string {
  const personas = input.strategy?.targetAudience.personas ?? [];
  const pains = personas.flatMap((p) => p.painPoints).map((p) => asPhrase(p, 110));
  return pains.length > 0 ? rng.pick(pains) : `getting ${topic} right`;
}

export function slotsFor(input: PostsInput, rng: Rng): Record<string, string> {
  const topic = asPhrase(input.topic, 90);
  return {
    ...PERSON[input.voice.person],
    topic,
    audience: audienceOf(input),
    pain: painOf(input, rng, topic),
    // Spelled out: reads better, and a thread's "1/3" numbering never runs into a digit.
    n: NUMBER_WORDS[3 + rng.int(3)] ?? 'three',
  };
}

/** Replaces {slot} markers; a capitalised marker ({My}) capitalises its value. */
export function fill(template: string, slots: Record<string, string>): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = slots[name.toLowerCase()] ?? slots[name];
    if (value === undefined) throw new Error(`unknown template slot ${whole}`);
    return /^[A-Z]/.test(name) && name !== 'I' ? capitalize(value) : value;
  });
  // Capitalise each sentence start, which slots like {I} = "many teams" may begin.
  return filled.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
}

function beatText(alternatives: readonly string[], c: ComposeContext): string {
  // Long-sentence voices get the longer alternatives; short ones the first.
  const long = c.voice.avgSentenceWords >= 16 || (c.voice.avgSentenceWords >= 11 && c.rng.chance(0.5));
  return long && alternatives.length > 1 ? c.rng.pick(alternatives.slice(1)) : (alternatives[0] ?? '');
}

function itemLines(template: PostTemplate, c: ComposeContext): Line[] {
  const bank = TEMPLATES[template].items ?? [];
  const count = Math.max(3, NUMBER_WORDS.indexOf(c.slots.n ?? 'three'));
  const chosen = template === 'how_to' ? bank.slice(0, count) : c.rng.shuffle(bank).slice(0, count);
  return chosen.map((t) => ({ text: terminate(fill(t, c.slots)), kind: 'item' }));
}

export function hookLine(template: PostTemplate, c: ComposeContext): Line {
  const hook = fill(c.rng.pick(TEMPLATES[template].hooks), c.slots);
  // Reuse the user's own opener in front of narrative hooks, where a lead-in like "Quick story:" fits.
  const narrative = template === 'story' || template === 'lesson_learned';
  const fits = (o: string) =>
    !o.endsWith(':') || (narrative && !hook.includes(':') && !/\bstory\b/i.test(hook));
  const opener = c.traits.openers.find(fits);
  const withOpener = opener && c.rng.chance(0.6) ? `${opener} ${hook}` : hook;
  return { text: withOpener, kind: 'hook' };
}

export function ctaLine(template: PostTemplate, c: ComposeContext): Line {
  const bank = TEMPLATES[template];
  const own = c.traits.signOffs;
  const asks = c.rng.chance(Math.min(1, c.voice.questionRate * 3));
  if (own.length > 0 && c.rng.chance(0.6)) {
    const fitting = own.filter((s) => s.endsWith('?') === asks);
    if (fitting.length > 0) return { text: c.rng.pick(fitting), kind: 'cta' };
  }
  const text = c.rng.pick(asks ? bank.ctaQuestions : bank.ctaStatements);
  return { text: fill(text, c.slots), kind: 'cta' };
}

/** The lines of a post or thread: hook, body beats or items, call to action. */
export function composeLines(template: PostTemplate, c: ComposeContext): Line[] {
  const bank = TEMPLATES[template];
  const body: Line[] = bank.items
    ? itemLines(template, c)
    : bank.beats.map((beat) => ({ text: terminate(fill(beatText(beat, c), c.slots)), kind: 'body' }));
  return [hookLine(template, c), ...body, ctaLine(template, c)];
}

/** An article: a title, the template's opening, three sections with headings, then the call to action. */
export function composeArticle(template: PostTemplate, c: ComposeContext): Line[] {
  const [hook, ...rest] = composeLines(template, c);
  const cta = rest.pop();
  const title: Line = { text: titleCase(fill('{topic}: what actually works', c.slots)), kind: 'title' };
  const sections = ARTICLE_SECTIONS.flatMap((section): Line[] => [
    { text: titleCase(fill(section.heading, c.slots)), kind: 'heading' },
    ...section.beats.map((b) => ({ text: terminate(fill(b, c.slots)), kind: 'body' as const })),
  ]);
  return [title, ...(hook ? [hook] : []), ...rest, ...sections, ...(cta ? [cta] : [])];
}
