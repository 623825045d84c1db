// Explanation premises that are false of their draft (issue 11, "Explanations true of the text").
// Given a draft's text, hook, platform and posting time and the reasons produced for it (the
// engagement baseline and/or a fitted model, brand alignment with fresh embeddings of its strategy
// and of the text), falsePremises returns every reason whose premise is false or cannot be parsed.
// Test support only (production code may not import test/): the explanation test, the writing
// suite and bench:writing share it.

import { PLATFORM_NAMES, type Strategy } from '@brandwright/contracts';
import type { Embedder } from '../../adapters/ai/index.js';
import { avoidTopicText } from '../../modules/content/generation/avoid-topics.js';
import {
  type AlignmentScore,
  avoidNullTexts,
  avoidThreshold,
  cosine,
  pillarText,
} from '../../modules/content/generation/brand-alignment.js';
import { HASHTAG_RANGE } from '../../modules/content/generation/engagement-features.js';
import type { EngagementScore } from '../../modules/content/generation/engagement-model.js';
import { hashtagCount, type Post, premiseFailures, type Shape } from './engagement-premises.js';

export type { Post, Shape } from './engagement-premises.js';

/** A strategy and the topics to avoid, embedded afresh, and one text's vector. */
export interface AlignmentEvidence {
  strategy: Strategy;
  topicsToAvoid: string[];
  pillars: number[][];
  valueProposition: number[];
  avoid: { topic: string; vector: number[]; threshold: number }[];
  text: number[];
}

export interface Explained extends Post {
  baseline?: EngagementScore;
  fitted?: EngagementScore;
  alignment?: { score: AlignmentScore; evidence: AlignmentEvidence };
}

/** Evidence for each text, in one embedding call (strategy texts, null texts, avoided topics, texts). */
export async function alignmentEvidence(
  embedder: Embedder,
  context: { strategy: Strategy; topicsToAvoid: string[] },
  texts: string[],
): Promise<AlignmentEvidence[]> {
  const { strategy, topicsToAvoid } = context;
  const nullTexts = avoidNullTexts(strategy);
  const pillarTexts = strategy.contentPillars.map(pillarText);
  const all = [strategy.valueProposition, ...pillarTexts, ...topicsToAvoid.map(avoidTopicText), ...nullTexts];
  const { vectors } = await embedder.embed([...all, ...texts]);
  const take = (from: number, count: number) => vectors.slice(from, from + count);
  const pillars = take(1, pillarTexts.length);
  const avoidVectors = take(1 + pillars.length, topicsToAvoid.length);
  const nulls = take(1 + pillars.length + avoidVectors.length, nullTexts.length);
  const avoid = topicsToAvoid.map((topic, j) => {
    const vector = avoidVectors[j] as number[];
    return { topic, vector, threshold: avoidThreshold(nulls.map((n) => cosine(n, vector))).threshold };
  });
  const valueProposition = vectors[0] as number[];
  return take(all.length, texts.length).map((text) => ({
    strategy,
    topicsToAvoid,
    pillars,
    valueProposition,
    avoid,
    text,
  }));
}

/** Base points, then "premise +N" reasons adding up to the score; no points for missing hashtags. */
function baselineFailures(p: Post, s: EngagementScore, shapes?: Set<Shape>): string[] {
  const [head, ...reasons] = s.explanation;
  const base = /^Platform baseline: .* Base (\d+), plus:$/.exec(head ?? '');
  if (!base) return [`baseline header unparseable: "${head}"`];
  const out: string[] = [];
  let points = Number(base[1]);
  for (const reason of reasons) {
    const r = /^(.*) \+(\d+)$/.exec(reason);
    if (!r) {
      out.push(`"${reason}": no points`);
      continue;
    }
    out.push(...premiseFailures(r[1] as string, p, shapes));
    points += Number(r[2]);
    if (/hashtag/.test(reason) && hashtagCount(p.text) < HASHTAG_RANGE[p.platform][0] && r[2] !== '0')
      out.push(`"${reason}": points for fewer hashtags than the platform's range`);
  }
  if (Math.abs(Math.min(100, points) - s.score) > s.explanation.length)
    out.push(`baseline reasons add up to ${points}, the score is ${s.score}`);
  return out;
}

/**
 * "Based on your N posts on <platform>; validated error ±…", "Predicted engagement rate x.x % of …"
 * and up to three "premise: ±x.x % against…" effects.
 */
function fittedFailures(p: Post, s: EngagementScore, shapes?: Set<Shape>): string[] {
  const [head, rateLine, ...reasons] = s.explanation;
  const out: string[] = [];
  const h = /^Based on your \d+ posts on ([\w ]+); validated error ±\d+\.\d\d points of rate/.exec(
    head ?? '',
  );
  if (h?.[1] !== PLATFORM_NAMES[p.platform])
    out.push(`fitted header unparseable or of another platform: "${head}"`);
  if (!/^Predicted engagement rate −?-?[\d.]+ % of (impressions|followers)/.test(rateLine ?? ''))
    out.push(`fitted rate line unparseable: "${rateLine}"`);
  for (const reason of reasons) {
    const r = /^(.*): [+−]\d+\.\d % against your average post\.$/.exec(reason);
    if (r) out.push(...premiseFailures(r[1] as string, p, shapes));
    else out.push(`"${reason}": no effect`);
  }
  return out;
}

const near = (said: string | undefined, is: number) => Math.abs(Number(said) - is) < 0.005;
const f2 = (x: number) => x.toFixed(2);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The closest pillar (argmax of fresh cosines) and the fit it reports (0.7 pillar + 0.3 value). */
function pillarFailures(explanation: string[], e: AlignmentEvidence): string[] {
  const sims = e.pillars.map((p) => cosine(e.text, p));
  const best = sims.indexOf(Math.max(...sims));
  const [first, second] = explanation;
  const out: string[] = [];
  const pillar = /^Closest pillar: (.+) \(similarity (-?\d\.\d\d)\)\.$/.exec(first ?? '');
  const name = e.strategy.contentPillars[best]?.name;
  if (pillar?.[1] !== name || !near(pillar?.[2], sims[best] ?? 0))
    out.push(`"${first}": the closest pillar is ${name} (similarity ${f2(sims[best] ?? 0)})`);
  const fit = /^Fit to your strategy (-?\d\.\d\d) \(0\.7 × closest pillar \+ 0\.3 × value proposition\)/.exec(
    second ?? '',
  );
  const value = 0.7 * (sims[best] ?? 0) + 0.3 * cosine(e.text, e.valueProposition);
  if (!near(fit?.[1], value)) out.push(`"${second}": the fit is ${f2(value)}`);
  return out;
}

/** One avoided topic: said when named, or when the fresh similarity is above its threshold. */
function topicFailure(text: string, rest: string[], t: AlignmentEvidence['avoid'][number], v: number[]) {
  const { topic, threshold } = t;
  const sim = cosine(v, t.vector);
  const said = rest.find((r) => r.includes(`"${topic}"`));
  const what = said ? `"${said}"` : 'nothing said';
  if (new RegExp(`\\b${escapeRegExp(topic)}\\b`, 'i').test(text))
    return said === `Mentions "${topic}", a topic you want to avoid (−40).`
      ? undefined
      : `${what}: the text names "${topic}"`;
  if (sim <= threshold)
    return said ? `${what}: similarity to "${topic}" ${f2(sim)} is not above ${f2(threshold)}` : undefined;
  const close = /similarity (-?\d\.\d\d), above the (\d\.\d\d) that/.exec(said ?? '');
  return near(close?.[1], sim) && near(close?.[2], threshold)
    ? undefined
    : `${what}: similarity to "${topic}" ${f2(sim)} is above ${f2(threshold)}`;
}

/** Every avoided topic checked, and no reason about a topic that is not in the list. */
function avoidFailures(text: string, explanation: string[], e: AlignmentEvidence): string[] {
  const rest = explanation.slice(2);
  const out = e.avoid.flatMap((t) => topicFailure(text, rest, t, e.text) ?? []);
  for (const r of rest)
    if (!e.topicsToAvoid.some((topic) => r.includes(`"${topic}"`))) out.push(`"${r}": unparseable`);
  return out;
}

/** What is false in a brand-alignment explanation of `text`. */
export function alignmentFailures(text: string, score: AlignmentScore, e: AlignmentEvidence): string[] {
  return [...pillarFailures(score.explanation, e), ...avoidFailures(text, score.explanation, e)];
}

/** Every false or unparseable premise among the draft's reasons; `shapes` collects those checked. */
export function falsePremises(d: Explained, shapes?: Set<Shape>): string[] {
  return [
    ...(d.baseline ? baselineFailures(d, d.baseline, shapes) : []),
    ...(d.fitted ? fittedFailures(d, d.fitted, shapes) : []),
    ...(d.alignment ? alignmentFailures(d.text, d.alignment.score, d.alignment.evidence) : []),
  ];
}
