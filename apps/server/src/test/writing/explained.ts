// Drafts scored the way the product scores them after fitting (VariantScorer): measurePost on the
// readable text with the hook and a posting time, the platform baseline and a fitted model, and
// brand alignment against the persona's generated strategy and its topics to avoid (one
// scoreAlignment call per persona batch, offline embedder); then every reason's premise re-checked
// (premises.ts). Used by the writing suite and bench:writing to count false explanations.
import type { Strategy } from '@brandwright/contracts';
import type { Embedder } from '../../adapters/ai/index.js';
import { scoreAlignment } from '../../modules/content/generation/brand-alignment.js';
import { measurePost } from '../../modules/content/generation/engagement-features.js';
import {
  baselineScore,
  type FittedModel,
  fitEngagementModel,
  fittedScore,
} from '../../modules/content/generation/engagement-model.js';
import type { Draft } from './generate.js';
import type { Persona } from './personas.js';
import { alignmentEvidence, falsePremises, type Shape } from './premises.js';

/** A posting time for the i-th draft: every third none, the others across days and hours. */
export function postingTime(i: number): Date | undefined {
  if (i % 3 === 0) return undefined;
  return new Date(Date.UTC(2026, 10, 23 + (i % 7), (i * 7) % 24, (i * 13) % 60));
}

/**
 * A fitted model from a made-up history of the persona's samples (24 posts whose rates rise with a
 * closing question and with the sample's position), so fitted explanations name several features.
 */
export function personaModel(persona: Persona): FittedModel | null {
  const posts = Array.from({ length: 24 }, (_, i) => {
    const sample = persona.samples[i % persona.samples.length] ?? '';
    const text = i % 3 === 0 ? `${sample}\n\nWhat do you think?` : sample;
    const rate = 0.02 + (i % 3 === 0 ? 0.02 : 0) + (i % persona.samples.length) * 0.002 + (i % 4) * 0.001;
    return {
      platform: 'linkedin' as const,
      text,
      hook: text.split('\n')[0] ?? '',
      publishedAt: new Date(Date.UTC(2026, 0, 5 + i, 7 + (i % 12))),
      denominator: 'impressions' as const,
      base: 1000,
      engagements: Math.round(rate * 1000),
    };
  });
  return fitEngagementModel(posts);
}

/** The false premises of one persona's drafts, in order ("where: premise — what is false"). */
async function personaBatch(
  embedder: Embedder,
  drafts: Draft[],
  strategy: Strategy,
  shapes?: Set<Shape>,
): Promise<string[][]> {
  const persona = drafts[0]?.persona as Persona;
  const context = { strategy, topicsToAvoid: persona.answers.topicsToAvoid ?? [] };
  const texts = drafts.map((d) => d.scored);
  const alignment = await scoreAlignment(embedder, context, texts);
  const evidence = await alignmentEvidence(embedder, context, texts);
  const model = personaModel(persona);
  return drafts.map((d, i) => {
    const score = alignment[i];
    const e = evidence[i];
    if (!score || !e) throw new Error('one alignment score and evidence per text');
    const at = postingTime(i);
    const post = { platform: d.target.platform, text: d.scored, hook: d.hook, ...(at ? { at } : {}) };
    const measures = measurePost(post.platform, post.text, post.hook, at);
    return falsePremises(
      {
        ...post,
        baseline: baselineScore(measures),
        ...(model ? { fitted: fittedScore(model, measures) } : {}),
        alignment: { score, evidence: e },
      },
      shapes,
    );
  });
}

/** False premises per draft (same order as `drafts`), drafts batched by persona; `shapes` as checked. */
export async function falsePremisesOf(
  embedder: Embedder,
  drafts: Draft[],
  strategies: Map<string, Strategy>,
  shapes?: Set<Shape>,
): Promise<string[][]> {
  const out: string[][] = drafts.map(() => []);
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const group = groups.get(d.persona.id) ?? [];
    if (group.push(i) === 1) groups.set(d.persona.id, group);
  });
  for (const [id, indices] of groups) {
    const strategy = strategies.get(id);
    if (!strategy) throw new Error(`no strategy for persona "${id}"`);
    const found = await personaBatch(
      embedder,
      indices.map((i) => drafts[i] as Draft),
      strategy,
      shapes,
    );
    indices.forEach((i, k) => {
      out[i] = found[k] ?? [];
    });
  }
  return out;
}
