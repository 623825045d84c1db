// Every reason shown under a draft's engagement and brand-alignment scores states a premise that
// is true of the draft: each reason is parsed back and its premise checked on the text by an
// independent measurement (wink's hashtag tokens, sentence split, platformLength, a fresh cosine).
import type { Platform } from '@brandwright/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostFormat } from '../../../adapters/ai/index.js';
import {
  type AlignmentEvidence,
  alignmentEvidence,
  falsePremises,
  type Shape,
} from '../../../test/writing/premises.js';
import { scoreAlignment } from './brand-alignment.js';
import { measurePost } from './engagement-features.js';
import {
  BASELINE_WEIGHTS,
  baselineScore,
  type FittedModel,
  fitEngagementModel,
  fittedScore,
} from './engagement-model.js';
import {
  AVOIDED,
  DRAFTS,
  type Draft,
  NEAR_AVOIDED,
  ON_TOPIC,
  offlineAi,
  SRE_STRATEGY,
} from './scoring.fixtures.js';

/** A history whose rates depend on several features, so the fitted model explains with many. */
function history(): Parameters<typeof fitEngagementModel>[0] {
  return Array.from({ length: 30 }, (_, i) => {
    const d = DRAFTS[i % DRAFTS.length] as Draft;
    const asks = i % 3 === 0;
    const text = `${d.text}${asks ? '\n\nWhat do you think?' : ''}`;
    const rate = 0.02 + (asks ? 0.02 : 0) + (i % DRAFTS.length) * 0.002 + (i % 4) * 0.001;
    return {
      platform: 'linkedin' as Platform,
      text,
      hook: d.hook,
      publishedAt: new Date(Date.UTC(2026, 0, 5 + i, 7 + (i % 12))),
      denominator: 'impressions' as const,
      base: 1000,
      engagements: Math.round(rate * 1000),
    };
  });
}

async function composedDrafts(): Promise<Draft[]> {
  const { generator } = offlineAi();
  const out: Draft[] = [];
  const cases: [Platform, PostFormat][] = [
    ['linkedin', 'post'],
    ['x', 'post'],
    ['x', 'thread'],
    ['bluesky', 'post'],
    ['mastodon', 'post'],
    ['medium', 'article'],
  ];
  for (const topic of ['alerting', 'on-call handovers', 'hiring SREs'])
    for (const [platform, format] of cases) {
      const { variants } = await generator.generatePosts({
        platform,
        format,
        topic,
        strategy: SRE_STRATEGY,
        voice: DEFAULT_VOICE,
        samples: [],
        variants: 5,
        seed: 11,
      });
      for (const v of variants)
        out.push({
          name: `composer ${platform} ${format} ${v.template}`,
          platform,
          hook: v.hook,
          text: v.body,
        });
    }
  return out;
}

let drafts: Draft[];
let model: FittedModel;
beforeAll(async () => {
  drafts = [...DRAFTS, ...(await composedDrafts())];
  const fitted = fitEngagementModel(history());
  if (!fitted) throw new Error('expected a fitted model');
  model = fitted;
});

describe('engagement explanations', () => {
  it('state premises that are true of each draft, on the baseline', () => {
    const shapes = new Set<Shape>();
    for (const d of drafts) {
      const baseline = baselineScore(measurePost(d.platform, d.text, d.hook, d.at));
      expect(falsePremises({ ...d, baseline }, shapes), d.name).toEqual([]);
    }
    expect([...shapes].sort()).toEqual(['asks', 'hashtags', 'hook', 'length', 'lines', 'time']);
  });

  it('state premises that are true of each draft, with a fitted model', () => {
    const shapes = new Set<Shape>();
    for (const d of drafts) {
      const fitted = fittedScore(model, measurePost(d.platform, d.text, d.hook, d.at));
      expect(fitted.explanation[0]).toMatch(/^Based on your 30 posts on /);
      expect(fitted.explanation.length).toBeGreaterThan(1);
      expect(falsePremises({ ...d, fitted }, shapes), d.name).toEqual([]);
    }
    expect(shapes.size).toBeGreaterThanOrEqual(3);
  });

  it('gives no hashtag points to a post without hashtags where the platform expects some', () => {
    const m = measurePost(
      'x',
      'Alert fatigue is a design problem, not a people problem. Fix the alerts.',
      'Alert fatigue',
    );
    const reason = baselineScore(m).explanation.find((r) => r.includes('hashtag'));
    expect(reason).toBe('no hashtags (X posts do best with 1–2) +0');
    expect(BASELINE_WEIGHTS.hashtagFit).toBeGreaterThan(0);
  });

  it('reports a premise that is false of the text, and one it cannot parse', () => {
    const d = DRAFTS[1] as Draft;
    const baseline = baselineScore(measurePost(d.platform, d.text, d.hook, d.at));
    const lie = baseline.explanation.map((r) => r.replace(/^2 hashtags/, '3 hashtags'));
    const odd = [...baseline.explanation, 'good vibes +0'];
    expect(falsePremises({ ...d, baseline: { ...baseline, explanation: lie } })).toEqual([
      '"3 hashtags (X posts do best with 1–2)": hashtags: says 3, is 2',
    ]);
    expect(falsePremises({ ...d, baseline: { ...baseline, explanation: odd } })).toEqual([
      '"good vibes": unparseable',
    ]);
  });
});

describe('brand alignment explanations', () => {
  const { embedder } = offlineAi();
  const context = { strategy: SRE_STRATEGY, topicsToAvoid: AVOIDED };

  it('name the argmax pillar, and avoided topics only when named or above their threshold', async () => {
    const texts = [...drafts.map((d) => d.text), ...Object.values(ON_TOPIC), ...Object.values(NEAR_AVOIDED)];
    const scores = await scoreAlignment(embedder, context, texts);
    const evidence = await alignmentEvidence(embedder, context, texts);
    scores.forEach((score, i) => {
      const text = texts[i] as string;
      expect(
        falsePremises({
          platform: 'linkedin',
          text,
          hook: '',
          alignment: { score, evidence: evidence[i] as AlignmentEvidence },
        }),
      ).toEqual([]);
    });
    const flagged = scores.filter((s) => s.explanation.some((r) => r.startsWith('Comes close to "'))).length;
    expect(flagged).toBeGreaterThanOrEqual(Object.keys(NEAR_AVOIDED).length);
  });
});
