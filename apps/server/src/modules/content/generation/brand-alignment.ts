// brandAlignment: how close a draft is to the strategy, by embedding similarity, calibrated per
// strategy and embedder: 0 is as close as unrelated text gets, 100 as close as the pillars' own
// example topics. A topic the user asked to avoid costs points when named outright, or when the
// draft's similarity to it stands clearly above what texts unrelated to it reach (a z-score
// threshold derived per topic and embedder), so unrelated drafts are never penalised by noise.
import type { Strategy } from '@brandwright/contracts';
import type { Embedder } from '../../../adapters/ai/index.js';
import { avoidTopicText } from './avoid-topics.js';

/** Unrelated texts that anchor the bottom of the scale for any strategy and any embedder. */
export const OFF_TOPIC = [
  'A slow-cooked tomato sauce needs good olive oil, garlic and a whole afternoon on the stove.',
  'The home team scored twice in the final minutes and won the derby in front of a full stadium.',
  'Light rain is expected over the weekend, with temperatures rising again by Tuesday.',
  'Repot the fern in spring, water it weekly and keep it out of direct afternoon sun.',
];
/** Points taken for a topic to avoid named in the draft. */
export const AVOID_NAMED_PENALTY = 40;
/**
 * A draft comes close to an avoided topic when its similarity is more than this many standard
 * deviations above the topic's similarities to texts that are not about it (avoidNullTexts).
 * Measured with the offline embedder, whose similarities between unrelated texts are hash noise
 * (sd ≈ 0.05 at 384 dimensions): 600 composed drafts on 12 work topics reach at most z = 2.4
 * against "Politics" and 2.6 against "Religion"; posts about an election campaign or a party's
 * policy reach 4.9 and 6.0. Beyond the threshold the cost grows from 20 to 40 at twice it.
 */
export const AVOID_Z = 4;
const AVOID_NEAR_MIN = 20;
/** Spread assumed at least, so a null set that happens to agree closely does not flag everything. */
const AVOID_SD_FLOOR = 0.02;

export interface AlignmentContext {
  strategy: Strategy | null;
  topicsToAvoid: string[];
}

export interface AlignmentScore {
  score: number;
  explanation: string[];
}

export const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((v, i) => {
    dot += v * (b[i] ?? 0);
    na += v * v;
    nb += (b[i] ?? 0) ** 2;
  });
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const f2 = (x: number) => x.toFixed(2);

export function pillarText(p: Strategy['contentPillars'][number]): string {
  return `${p.name}. ${p.description}`;
}

/**
 * Texts that are not about any avoided topic: the off-topic anchors, the strategy's own texts
 * (a draft on the pillars must not be penalised) and two long composites, because drafts are
 * longer than one sentence and the spread of similarities depends on length.
 */
export function avoidNullTexts(strategy: Strategy): string[] {
  const pillars = strategy.contentPillars;
  return [
    ...OFF_TOPIC,
    strategy.valueProposition,
    ...pillars.map(pillarText),
    ...pillars.flatMap((p) => p.exampleTopics),
    OFF_TOPIC.join(' '),
    pillars.map((p) => `${pillarText(p)} ${p.exampleTopics.join('. ')}.`).join('\n\n'),
  ];
}

export interface AvoidThreshold {
  mean: number;
  sd: number;
  /** mean + AVOID_Z × sd */
  threshold: number;
}

/** The threshold above which a similarity to an avoided topic is more than noise. */
export function avoidThreshold(nullSimilarities: number[]): AvoidThreshold {
  const m = mean(nullSimilarities);
  const variance = mean(nullSimilarities.map((x) => (x - m) ** 2));
  const sd = Math.max(AVOID_SD_FLOOR, Math.sqrt(variance));
  return { mean: m, sd, threshold: m + AVOID_Z * sd };
}

/** The cost of one avoided topic for a draft, with its reason; null when it costs nothing. */
function avoidCost(topic: string, text: string, similarity: number, t: AvoidThreshold) {
  if (new RegExp(`\\b${escapeRegExp(topic)}\\b`, 'i').test(text))
    return {
      cost: AVOID_NAMED_PENALTY,
      reason: `Mentions "${topic}", a topic you want to avoid (−${AVOID_NAMED_PENALTY}).`,
    };
  if (similarity <= t.threshold) return null;
  const z = (similarity - t.mean) / t.sd;
  const cost = Math.round(
    AVOID_NEAR_MIN + (AVOID_NAMED_PENALTY - AVOID_NEAR_MIN) * clamp01((z - AVOID_Z) / AVOID_Z),
  );
  return {
    cost,
    reason: `Comes close to "${topic}", a topic you want to avoid: similarity ${f2(similarity)}, above the ${f2(t.threshold)} that texts unrelated to it stay under (−${cost}).`,
  };
}

const NO_STRATEGY: AlignmentScore = {
  score: 50,
  explanation: ['No strategy yet: create one to measure how well drafts fit your pillars (neutral 50).'],
};

interface Embedded {
  vp: number[];
  pillars: number[][];
  examples: number[][];
  avoid: number[][];
  nulls: number[][];
  texts: number[][];
}

/** Everything in one embedding call (one network round trip with a provider embedder). */
async function embedAll(embedder: Embedder, strategy: Strategy, avoid: string[], texts: string[]) {
  const pillars = strategy.contentPillars;
  const groups = [
    [strategy.valueProposition],
    pillars.map(pillarText),
    pillars.map((p) => p.exampleTopics.join('. ')),
    avoid.map(avoidTopicText),
    avoidNullTexts(strategy),
    texts,
  ];
  const { vectors } = await embedder.embed(groups.flat());
  let at = 0;
  const [vp, p, examples, a, nulls, t] = groups.map((g) => {
    at += g.length;
    return vectors.slice(at - g.length, at);
  }) as number[][][];
  return { vp: vp?.[0] ?? [], pillars: p, examples, avoid: a, nulls, texts: t } as Embedded;
}

export async function scoreAlignment(
  embedder: Embedder,
  context: AlignmentContext,
  texts: string[],
): Promise<AlignmentScore[]> {
  const { strategy, topicsToAvoid } = context;
  if (!strategy) return texts.map(() => NO_STRATEGY);
  const e = await embedAll(embedder, strategy, topicsToAvoid, texts);
  const closeness = (v: number[]) => {
    const sims = e.pillars.map((p) => cosine(v, p));
    const best = sims.indexOf(Math.max(...sims));
    const pillar = sims[best] ?? 0;
    return { value: 0.7 * pillar + 0.3 * cosine(v, e.vp), best, pillar };
  };
  // The off-topic anchors are the first texts of the null set.
  const floor = mean(e.nulls.slice(0, OFF_TOPIC.length).map((v) => closeness(v).value));
  const ceiling = Math.max(floor + 0.05, mean(e.examples.map((v) => closeness(v).value)));
  const thresholds = e.avoid.map((a) => avoidThreshold(e.nulls.map((n) => cosine(n, a))));

  return texts.map((text, i) => {
    const v = e.texts[i] as number[];
    const { value, best, pillar } = closeness(v);
    const explanation = [
      `Closest pillar: ${strategy.contentPillars[best]?.name} (similarity ${f2(pillar)}).`,
      `Fit to your strategy ${f2(value)} (0.7 × closest pillar + 0.3 × value proposition), scored from ${f2(floor)} for unrelated text (0) to ${f2(ceiling)} for the pillars' own example topics (100).`,
    ];
    let penalty = 0;
    topicsToAvoid.forEach((topic, j) => {
      const found = avoidCost(
        topic,
        text,
        cosine(v, e.avoid[j] as number[]),
        thresholds[j] as AvoidThreshold,
      );
      if (!found) return;
      penalty = Math.max(penalty, found.cost);
      explanation.push(found.reason);
    });
    const raw = clamp01((value - floor) / (ceiling - floor));
    return { score: Math.max(0, Math.round(100 * raw) - penalty), explanation };
  });
}
