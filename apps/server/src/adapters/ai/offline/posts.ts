// Offline post generation as a one-way pipeline per variant: understand the topic and gather the
// writer's material (once per request), plan the variant, compose its lines, shape them to the
// voice, lay them out within the platform's size (listing fewer items, never breaking a list's
// promise), and check the result; a draft that fails a check is rewritten with other phrasings and
// the cleanest attempt is kept. Same input and seed, same variants.
import {
  POST_TEMPLATES,
  type PostsInput,
  type PostTemplate,
  type PostVariant,
  postVariantSchema,
} from '../port.js';
import { type DraftMaterial, draftFindings } from '../quality/index.js';
import { templateShape } from '../template-hint.js';
import {
  type ComposeContext,
  composeArticle,
  composeLines,
  type Line,
  type Plan,
  planPost,
  slotsFor,
} from './compose.js';
import { type LayoutOptions, layoutPost, layoutThread, withinBudget } from './layout.js';
import { type Material, materialOf } from './material.js';
import { Rng } from './random.js';
import { type SampleTraits, sampleTraits } from './samples.js';
import { composeFromSource, digestSource, type SourceDigest } from './source.js';
import { hashtagFrom, isStopword, uniqueBy, words } from './text.js';
import { type TopicForm, understandTopic } from './understand.js';
import { shapeToVoice } from './voice.js';

const FALLBACK_TAGS = [
  '#CareerGrowth',
  '#Leadership',
  '#LessonsLearned',
  '#WorkSmarter',
  '#ProfessionalDevelopment',
];
/** Phrasings tried per variant before the cleanest is kept. */
const ATTEMPTS = 4;

/** What every variant of one request shares: computed once, read by every stage. */
interface Understanding {
  input: PostsInput;
  form: TopicForm;
  material: Material;
  traits: SampleTraits;
  digest: SourceDigest | undefined;
  checkMaterial: DraftMaterial;
}

/** The user's own hashtags first, then ones made from the topic and pillar, then general ones. */
function hashtags(u: Understanding, rng: Rng): string[] {
  const { input, traits, form } = u;
  const count = Math.min(10, rng.round(input.voice.hashtagsPerPost));
  const topicWords = words(form.np).filter((w) => w.length >= 4 && !isStopword(w));
  const candidates = [
    ...traits.hashtags,
    // A long topic makes an unreadable tag: only a short one becomes a hashtag whole.
    topicWords.length <= 2 ? hashtagFrom(form.np) : undefined,
    input.pillar ? hashtagFrom(input.pillar) : undefined,
    ...topicWords.map(hashtagFrom),
    ...(input.strategy?.contentPillars ?? []).map((p) => hashtagFrom(p.name)),
    ...FALLBACK_TAGS,
  ].filter((t): t is string => Boolean(t));
  return uniqueBy(candidates, (t) => t).slice(0, count);
}

/**
 * Templates in a seeded order; question-led ones only for voices that ask questions. A requested
 * template is followed by every variant (they then differ in hook, wording and call to action).
 */
function templateOrder(input: PostsInput, rng: Rng): PostTemplate[] {
  if (input.template) return [templateShape(input.template)];
  const usable = POST_TEMPLATES.filter((t) => t !== 'question' || input.voice.questionRate >= 0.05);
  return rng.shuffle(usable);
}

function contextFor(u: Understanding, rng: Rng): ComposeContext {
  const { input, form, material } = u;
  return {
    rng,
    platform: input.platform,
    format: input.format,
    voice: input.voice,
    traits: u.traits,
    form,
    material,
    slots: slotsFor(form, material, input.voice.person, rng),
  };
}

/** The lines a variant says, shaped to the voice; a list too long for the platform lists fewer items. */
function realise(plan: Plan, c: ComposeContext, u: Understanding, o: LayoutOptions) {
  const shaped = (lines: Line[]) => shapeToVoice(lines, c.voice, u.traits, c.rng);
  if (u.digest) return laidOut(shaped(composeFromSource(plan, c, u.digest)), o);
  if (c.format === 'article') return laidOut(shaped(composeArticle(plan, c)), o);
  for (let count = plan.count; ; count--) {
    const result = laidOut(shaped(composeLines(plan, c, count)), o);
    if (withinBudget(result.body, o) || plan.fixedCount || count <= 2 || c.format === 'thread') return result;
  }
}

function laidOut(lines: Line[], o: LayoutOptions) {
  const body = o.format === 'thread' ? layoutThread(lines, o) : layoutPost(lines, o);
  return { body, hook: lines.find((l) => l.kind === 'hook')?.text ?? body.split('\n')[0] ?? body };
}

function attempt(u: Understanding, template: PostTemplate, index: number, round: number) {
  const { input } = u;
  const rng = Rng.from(
    'post',
    input.topic,
    input.platform,
    input.format,
    input.pillar,
    input.voice,
    input.samples,
    input.seed ?? 0,
    input.template ?? null,
    input.source ?? null,
    index,
    round,
  );
  const c = contextFor(u, rng);
  const plan = planPost(template, c);
  const options: LayoutOptions = {
    platform: input.platform,
    format: input.format,
    voice: input.voice,
    hashtags: hashtags(u, rng),
    numbered: template === 'how_to',
    bullet: rng.pick(['•', '→', '-']),
  };
  const { body, hook } = realise(plan, c, u, options);
  return {
    variant: postVariantSchema.parse({ body, hook, template }),
    findings: draftFindings(body, u.checkMaterial),
  };
}

/** The first attempt that passes every check, else the one with the fewest findings. */
function variant(u: Understanding, template: PostTemplate, index: number): PostVariant {
  let best = attempt(u, template, index, 0);
  for (let round = 1; round < ATTEMPTS && best.findings.length > 0; round++) {
    const next = attempt(u, template, index, round);
    if (next.findings.length < best.findings.length) best = next;
  }
  return best.variant;
}

function understand(input: PostsInput): Understanding {
  const digested = input.source ? digestSource(input.source, input.platform, input.format) : undefined;
  // A source without usable sentences (a list of links, one fragment) leaves the template to speak.
  const digest = digested && digested.sentences.length > 0 ? digested : undefined;
  const form = understandTopic(input.topic);
  return {
    input,
    // A source sets how many items are listed, so a topic's own count cannot be promised.
    form: digest && form.shape === 'count' ? { ...form, shape: 'noun' } : form,
    material: digest ? { ...materialOf(input), proofs: [] } : materialOf(input),
    traits: sampleTraits(input.samples),
    digest,
    checkMaterial: {
      topic: input.topic,
      samples: input.samples,
      ...(input.facts ? { facts: input.facts } : {}),
      ...(input.source ? { source: input.source } : {}),
    },
  };
}

/** Generates the variants one by one, so callers can stream them. */
export function* offlineVariants(input: PostsInput): Generator<PostVariant> {
  const u = understand(input);
  const order = templateOrder(
    input,
    Rng.from('templates', input.topic, input.platform, input.format, input.seed ?? 0),
  );
  for (let i = 0; i < input.variants; i++) yield variant(u, order[i % order.length] as PostTemplate, i);
}
