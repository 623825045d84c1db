// brandAlignment: how close a draft is to the strategy, by embedding similarity, calibrated per
// strategy and embedder: 0 is as close as unrelated text gets, 100 as close as the pillars' own
// example topics. A topic the user asked to avoid costs points (more when named outright).
import type { Strategy } from '@brandwright/contracts';
import type { Embedder } from '../../../adapters/ai/index.js';

/** Unrelated texts that anchor the bottom of the scale for any strategy and any embedder. */
export const OFF_TOPIC = [
  'A slow-cooked tomato sauce needs good olive oil, garlic and a whole afternoon on the stove.',
  'The home team scored twice in the final minutes and won the derby in front of a full stadium.',
  'Light rain is expected over the weekend, with temperatures rising again by Tuesday.',
  'Repot the fern in spring, water it weekly and keep it out of direct afternoon sun.',
];
/** Points taken for a topic to avoid named in the draft; semantic closeness takes up to this much. */
export const AVOID_NAMED_PENALTY = 40;

export interface AlignmentContext {
  strategy: Strategy | null;
  topicsToAvoid: string[];
}

export interface AlignmentScore {
  score: number;
  explanation: string[];
}

const cosine = (a: number[], b: number[]) => {
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

function pillarText(p: Strategy['contentPillars'][number]): string {
  return `${p.name}. ${p.description}`;
}

/** Scores every text in one embedding call (one network round trip with a provider embedder). */
export async function scoreAlignment(
  embedder: Embedder,
  context: AlignmentContext,
  texts: string[],
): Promise<AlignmentScore[]> {
  const { strategy, topicsToAvoid } = context;
  if (!strategy)
    return texts.map(() => ({
      score: 50,
      explanation: ['No strategy yet: create one to measure how well drafts fit your pillars (neutral 50).'],
    }));
  const pillars = strategy.contentPillars;
  const examples = pillars.map((p) => p.exampleTopics.join('. '));
  const inputs = [
    strategy.valueProposition,
    ...pillars.map(pillarText),
    ...examples,
    ...topicsToAvoid,
    ...OFF_TOPIC,
    ...texts,
  ];
  const { vectors } = await embedder.embed(inputs);
  let at = 0;
  const take = (n: number) => {
    const slice = vectors.slice(at, at + n);
    at += n;
    return slice;
  };
  const [vp] = take(1) as [number[]];
  const pillarVectors = take(pillars.length);
  const exampleVectors = take(pillars.length);
  const avoidVectors = take(topicsToAvoid.length);
  const offVectors = take(OFF_TOPIC.length);
  const textVectors = take(texts.length);

  const closeness = (v: number[]) => {
    const sims = pillarVectors.map((p) => cosine(v, p));
    const best = sims.indexOf(Math.max(...sims));
    return { value: 0.7 * (sims[best] ?? 0) + 0.3 * cosine(v, vp), best };
  };
  const floor = mean(offVectors.map((v) => closeness(v).value));
  const ceiling = Math.max(floor + 0.05, mean(exampleVectors.map((v) => closeness(v).value)));
  const avoidFloor = avoidVectors.map((a) => mean(offVectors.map((o) => cosine(o, a))));

  return texts.map((text, i) => {
    const v = textVectors[i] as number[];
    const { value, best } = closeness(v);
    const raw = clamp01((value - floor) / (ceiling - floor));
    const explanation = [
      `Closest pillar: ${pillars[best]?.name} (similarity ${value.toFixed(2)}; unrelated text ${floor.toFixed(2)}, the pillars' own example topics ${ceiling.toFixed(2)}).`,
    ];
    let penalty = 0;
    topicsToAvoid.forEach((topic, j) => {
      const named = new RegExp(`\\b${escapeRegExp(topic)}\\b`, 'i').test(text);
      const near = clamp01((cosine(v, avoidVectors[j] as number[]) - (avoidFloor[j] ?? 0)) / 0.5);
      const cost = named ? AVOID_NAMED_PENALTY : Math.round(AVOID_NAMED_PENALTY * near);
      if (cost >= 1) {
        penalty = Math.max(penalty, cost);
        explanation.push(
          named
            ? `Mentions "${topic}", a topic you want to avoid (−${cost}).`
            : `Comes close to "${topic}", a topic you want to avoid (−${cost}).`,
        );
      }
    });
    return { score: Math.max(0, Math.round(100 * raw) - penalty), explanation };
  });
}
