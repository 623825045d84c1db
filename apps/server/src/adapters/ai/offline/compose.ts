// Plan and compose, the composer's middle stages: picks the hook that suits the topic's shape, the
// beats, the items a list promises and where the writer's own result goes (plan), then fills the
// slots into lines (compose). The count a list hook announces is always the number of items listed.
import type { Platform } from '@brandwright/contracts';
import type { PostFormat, PostTemplate, VoiceStyle } from '../port.js';
import type { Material } from './material.js';
import type { Rng } from './random.js';
import type { SampleTraits } from './samples.js';
import { ARTICLE_SECTIONS, PROBLEM_NOUNS, TEMPLATES } from './templates.js';
import { capitalize, decapitalize, terminate, titleCase } from './text.js';
import type { TopicForm } from './understand.js';

export type LineKind = 'hook' | 'body' | 'proof' | 'item' | 'cta' | 'heading' | 'title';
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
  form: TopicForm;
  material: Material;
  slots: Record<string, string>;
}

/** What a variant will say, decided before any sentence is written. */
export interface Plan {
  template: PostTemplate;
  hook: string;
  /** Chosen beat texts (unfilled), in order. */
  beats: string[];
  /** Candidate items in order; the first `count` are listed. */
  items: string[];
  /** Items the hook announces; 0 for templates without a list. */
  count: number;
  /** Whether the count comes from the topic itself ("3 mistakes…"), so it cannot shrink. */
  fixedCount: boolean;
  proof?: string;
  cta: string;
}

const PERSON: Record<VoiceStyle['person'], Record<string, string>> = {
  I: { I: 'I', sub: 'I', my: 'my', me: 'me', am: 'am', was: 'was' },
  we: { I: 'we', sub: 'we', my: 'our', me: 'us', am: 'are', was: 'were' },
  you: { I: 'you', sub: 'you', my: 'your', me: 'you', am: 'are', was: 'were' },
  // {sub} is the subject when it repeats in one sentence: "many teams ... they".
  neutral: { I: 'many teams', sub: 'they', my: 'their', me: 'them', am: 'are', was: 'were' },
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function slotsFor(form: TopicForm, material: Material, person: VoiceStyle['person'], rng: Rng) {
  return {
    ...PERSON[person],
    np: form.np,
    lead: form.lead,
    claim: decapitalize(form.lead),
    audience: material.audience,
    pain: material.pains.length > 0 ? rng.pick(material.pains) : 'finding the time to do it properly',
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

/** Whether a hook reads right for this topic beyond its shape: each rule is a phrasing that needs it. */
function suits(hook: string, form: TopicForm): boolean {
  if (form.shape === 'wh') {
    // "the usual explanation of why…", "wondered how…", "{Lead}, in n steps" for "How to…" only.
    if (/explanation of/.test(hook)) return /^why\b/i.test(form.lead);
    if (/wondered/.test(hook)) return /^(why|how)\b/i.test(form.lead);
    if (/in \{n\} steps/.test(hook)) return /^how\b/i.test(form.lead);
  }
  if (form.shape === 'count' && hook.startsWith('{Lead}'))
    return (hook === '{Lead}:') !== PROBLEM_NOUNS.test(form.countNoun ?? '');
  // "the most common mistake with alerts" reads right after "about", not after "progress on".
  if (form.shape === 'noun' && /^(the|a|an|my|our|your|their|this|that)\b/i.test(form.np))
    return /about \{np\}/.test(hook);
  return true;
}

/** The hooks of the template for the topic's shape that suit it; the noun-phrase hooks otherwise. */
function hooksFor(template: PostTemplate, form: TopicForm): readonly string[] {
  const bank = TEMPLATES[template].hooks;
  const usable = (bank[form.shape] ?? []).filter((h) => suits(h, form));
  if (usable.length > 0) return usable;
  const noun = { ...form, shape: 'noun' as const };
  const nounHooks = bank.noun.filter((h) => suits(h, noun));
  return nounHooks.length > 0 ? nounHooks : bank.noun;
}

function beatText(alternatives: readonly string[], c: ComposeContext): string {
  // Long-sentence voices get the longer alternatives; short ones the first.
  const long = c.voice.avgSentenceWords >= 16 || (c.voice.avgSentenceWords >= 11 && c.rng.chance(0.5));
  return long && alternatives.length > 1 ? c.rng.pick(alternatives.slice(1)) : (alternatives[0] ?? '');
}

/** How many items a list promises: the topic's own count when it gives one, else 3–5 by the seed. */
function plannedCount(template: PostTemplate, c: ComposeContext, available: number): [number, boolean] {
  if (!TEMPLATES[template].items) return [0, false];
  const own = c.form.shape === 'count' ? c.form.count : undefined;
  if (own !== undefined && own <= available) return [own, true];
  return [Math.min(available, 3 + c.rng.int(3)), false];
}

export function planPost(template: PostTemplate, c: ComposeContext): Plan {
  const bank = TEMPLATES[template];
  const items = template === 'how_to' ? [...(bank.items ?? [])] : c.rng.shuffle(bank.items ?? []);
  const [count, fixedCount] = plannedCount(template, c, items.length);
  const form = fixedCount || c.form.shape !== 'count' ? c.form : { ...c.form, shape: 'noun' as const };
  // Posts end with a question as often as the writer's do; without that count, by their question habit.
  const asks = c.rng.chance(c.voice.closingQuestionRate ?? Math.min(1, c.voice.questionRate * 3));
  return {
    template,
    hook: c.rng.pick(hooksFor(template, form)),
    beats: bank.beats.map((beat) => beatText(beat, c)),
    items,
    count,
    fixedCount,
    ...(c.material.proofs.length > 0 ? { proof: c.rng.pick(c.material.proofs) } : {}),
    cta: ctaText(template, c, asks),
  };
}

function ctaText(template: PostTemplate, c: ComposeContext, asks: boolean): string {
  const own = c.traits.signOffs.filter((s) => s.endsWith('?') === asks);
  if (own.length > 0 && c.rng.chance(0.6)) return c.rng.pick(own);
  const bank = TEMPLATES[template];
  return c.rng.pick(asks ? bank.ctaQuestions : bank.ctaStatements);
}

export function hookLine(plan: Plan, c: ComposeContext, count: number): Line {
  const slots = { ...c.slots, n: NUMBER_WORDS[count] ?? String(count) };
  const hook = fill(plan.hook, slots);
  // Reuse the user's own opener in front of narrative hooks, where a lead-in like "Quick story:" fits.
  const narrative = plan.template === 'story' || plan.template === 'lesson_learned';
  // A lead-in suits a narrative hook only when it announces one ("Quick story:"), not "Hot take:".
  const storyLeadIn = (o: string) => /\b(story|confession|truth|lesson|moment|thing|time)\b/i.test(o);
  const fits = (o: string) =>
    !o.endsWith(':') || (narrative && storyLeadIn(o) && !hook.includes(':') && !/\bstory\b/i.test(hook));
  const opener = c.traits.openers.find(fits);
  if (!opener || !c.rng.chance(c.traits.openerRate)) return { text: hook, kind: 'hook' };
  return { text: `${opener} ${opener.endsWith(':') ? decapitalize(hook) : hook}`, kind: 'hook' };
}

/** The lines of a post or thread with `count` items listed (the plan's count, or fewer to fit). */
export function composeLines(plan: Plan, c: ComposeContext, count = plan.count): Line[] {
  const body: Line[] =
    count > 0
      ? plan.items.slice(0, count).map((t) => ({ text: terminate(fill(t, c.slots)), kind: 'item' }))
      : plan.beats.map((b) => ({ text: terminate(fill(b, c.slots)), kind: 'body' }));
  const proof: Line[] = plan.proof ? [{ text: plan.proof, kind: 'proof' }] : [];
  const cta: Line = { text: fill(plan.cta, c.slots), kind: 'cta' };
  return [hookLine(plan, c, count), ...body, ...proof, cta];
}

function articleTitle(c: ComposeContext): string {
  if (c.form.shape === 'noun' || c.form.shape === 'count')
    return titleCase(`${capitalize(c.form.np)}: what actually works`);
  return titleCase(c.form.shape === 'question' ? `${c.form.lead}?` : c.form.lead);
}

/** An article: a title, the template's opening, three sections with headings, then the call to action. */
export function composeArticle(plan: Plan, c: ComposeContext): Line[] {
  const [hook, ...rest] = composeLines(plan, c);
  const cta = rest.pop();
  const sections = ARTICLE_SECTIONS.flatMap((section): Line[] => [
    { text: titleCase(fill(section.heading, c.slots)), kind: 'heading' },
    ...section.beats.map((b) => ({ text: terminate(fill(b, c.slots)), kind: 'body' as const })),
  ]);
  const title: Line = { text: articleTitle(c), kind: 'title' };
  return [title, ...(hook ? [hook] : []), ...rest, ...sections, ...(cta ? [cta] : [])];
}
