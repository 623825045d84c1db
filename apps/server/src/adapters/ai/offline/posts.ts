// Offline post generation: picks a distinct template per variant, composes it, shapes it to the
// voice and lays it out for the platform and format. Same input and seed, same variants.
import {
  POST_TEMPLATES,
  type PostsInput,
  type PostTemplate,
  type PostVariant,
  postVariantSchema,
} from '../port.js';
import { templateShape } from '../template-hint.js';
import { type ComposeContext, composeArticle, composeLines, slotsFor } from './compose.js';
import { layoutPost, layoutThread } from './layout.js';
import { Rng } from './random.js';
import { type SampleTraits, sampleTraits } from './samples.js';
import { composeFromSource, digestSource, type SourceDigest } from './source.js';
import { hashtagFrom, isStopword, uniqueBy, words } from './text.js';
import { shapeToVoice } from './voice.js';

const FALLBACK_TAGS = [
  '#CareerGrowth',
  '#Leadership',
  '#LessonsLearned',
  '#WorkSmarter',
  '#ProfessionalDevelopment',
];

/** The user's own hashtags first, then ones made from the topic and pillar, then general ones. */
function hashtags(input: PostsInput, traits: SampleTraits, rng: Rng): string[] {
  const count = Math.min(10, rng.round(input.voice.hashtagsPerPost));
  const topicWords = words(input.topic).filter((w) => w.length >= 4 && !isStopword(w));
  const candidates = [
    ...traits.hashtags,
    hashtagFrom(input.topic),
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

function variant(
  input: PostsInput,
  template: PostTemplate,
  traits: SampleTraits,
  index: number,
  digest: SourceDigest | undefined,
): PostVariant {
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
  );
  const c: ComposeContext = {
    rng,
    platform: input.platform,
    format: input.format,
    voice: input.voice,
    traits,
    slots: slotsFor(input, rng),
  };
  const composed = digest
    ? composeFromSource(template, c, digest)
    : input.format === 'article'
      ? composeArticle(template, c)
      : composeLines(template, c);
  const shaped = shapeToVoice(composed, input.voice, traits, rng);
  const options = {
    platform: input.platform,
    format: input.format,
    voice: input.voice,
    hashtags: hashtags(input, traits, rng),
    numbered: template === 'how_to',
    bullet: rng.pick(['•', '→', '-']),
  };
  const body = input.format === 'thread' ? layoutThread(shaped, options) : layoutPost(shaped, options);
  const hook = shaped.find((l) => l.kind === 'hook')?.text ?? body.split('\n')[0];
  return postVariantSchema.parse({ body, hook, template });
}

/** Generates the variants one by one, so callers can stream them. */
export function* offlineVariants(input: PostsInput): Generator<PostVariant> {
  const traits = sampleTraits(input.samples);
  const digested = input.source ? digestSource(input.source, input.platform, input.format) : undefined;
  // A source without usable sentences (a list of links, one fragment) leaves the template to speak.
  const digest = digested && digested.sentences.length > 0 ? digested : undefined;
  const order = templateOrder(
    input,
    Rng.from('templates', input.topic, input.platform, input.format, input.seed ?? 0),
  );
  for (let i = 0; i < input.variants; i++)
    yield variant(input, order[i % order.length] as PostTemplate, traits, i, digest);
}
