// Every reason shown under a draft's engagement and brand-alignment scores states a premise that
// is true of the draft: each reason is parsed back and its premise checked on the text by an
// independent measurement (wink's hashtag tokens, sentence split, platformLength, a fresh cosine).
import { PLATFORM_NAMES, type Platform, platformLength } from '@brandwright/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostFormat } from '../../../adapters/ai/index.js';
import { analyze, sentencesOf } from '../../../platform/nlp/index.js';
import { avoidTopicText } from './avoid-topics.js';
import { avoidNullTexts, avoidThreshold, cosine, pillarText, scoreAlignment } from './brand-alignment.js';
import { HASHTAG_RANGE, measurePost, SWEET_SPOT } from './engagement-features.js';
import {
  BASELINE_WEIGHTS,
  baselineScore,
  type FittedModel,
  fitEngagementModel,
  fittedScore,
} from './engagement-model.js';
import { HOOK_KIND_PHRASE, hookKind } from './hook-kind.js';
import {
  AVOIDED,
  DRAFTS,
  type Draft,
  NEAR_AVOIDED,
  ON_TOPIC,
  offlineAi,
  SRE_STRATEGY,
} from './scoring.fixtures.js';

const num = (s: string) => Number(s.replace(/,/g, ''));
const PHRASE_KIND = Object.fromEntries(Object.entries(HOOK_KIND_PHRASE).map(([k, v]) => [v, k]));

/** One premise check per reason shape; each returns the name of the shape it checked. */
type Check = (premise: string, d: Draft) => string | null;

const checkLength: Check = (premise, d) => {
  const m = /^length ([\d,]+) (characters|words) \((\w+) sweet spot ([\d,]+)–([\d,]+)\)$/.exec(premise);
  if (!m) return null;
  const words = d.text.split(/\s+/).filter(Boolean).length;
  expect(num(m[1] as string)).toBe(d.platform === 'medium' ? words : platformLength(d.platform, d.text));
  expect(m[3]).toBe(PLATFORM_NAMES[d.platform]);
  expect([num(m[4] as string), num(m[5] as string)]).toEqual([
    SWEET_SPOT[d.platform].min,
    SWEET_SPOT[d.platform].max,
  ]);
  return 'length';
};

const checkHashtags: Check = (premise, d) => {
  const m = /^(no hashtags|(\d+) hashtags?) \((\w+) posts do best with ([\d–]+|none)\)$/.exec(premise);
  if (!m) return null;
  const counted = analyze(d.text).tokens.filter((t) => t.kind === 'hashtag').length;
  expect(m[2] ? Number(m[2]) : 0).toBe(counted);
  const [lo, hi] = HASHTAG_RANGE[d.platform];
  expect(m[4]).toBe(hi === 0 ? 'none' : lo === hi ? String(lo) : `${lo}–${hi}`);
  return 'hashtags';
};

const checkHook: Check = (premise, d) => {
  const is = /^hook is (.+)$/.exec(premise);
  if (!is) return null;
  const not = /^not (.+) \(it is (.+)\)$/.exec(is[1] as string);
  const kind = hookKind(d.hook);
  if (not) {
    expect(PHRASE_KIND[not[1] as string]).not.toBe(kind);
    expect(PHRASE_KIND[not[2] as string]).toBe(kind);
  } else expect(PHRASE_KIND[is[1] as string]).toBe(kind);
  return 'hook';
};

const checkAsks: Check = (premise, d) => {
  const m = /^(ends|does not end) with a question to the reader$/.exec(premise);
  if (!m) return null;
  // The last sentence with a word in it; a closing line of hashtags or emoji is not a sentence.
  const last = sentencesOf(d.text)
    .filter((s) => /(^|\s)[\p{L}\p{N}]/u.test(s.replace(/#\S+/g, '')))
    .at(-1);
  const end = (last ?? '').replace(/(\s*(#\S+|\p{Extended_Pictographic}))+\s*$/u, '').trim();
  expect(end.endsWith('?')).toBe(m[1] === 'ends');
  return 'asks';
};

const checkLines: Check = (premise, d) => {
  const m = /^(short|long) paragraphs \(([\d,]+) lines? for ([\d,]+) words?, about ([\d,]+) a line\)$/.exec(
    premise,
  );
  if (!m) return null;
  const lines = d.text.split('\n').filter((l) => l.trim()).length;
  const words = d.text.split(/\s+/).filter(Boolean).length;
  expect([num(m[2] as string), num(m[3] as string)]).toEqual([lines, words]);
  expect(m[1]).toBe(words / lines <= 40.5 ? 'short' : 'long');
  return 'lines';
};

const checkTime: Check = (premise, d) => {
  if (premise === 'no posting time chosen (neutral)') {
    expect(d.at).toBeUndefined();
    return 'time';
  }
  const m =
    /^posting time (\w{3}) (\d\d):(\d\d) UTC \((weekday|weekend), (business hours|outside business hours)\)$/.exec(
      premise,
    );
  if (!m) return null;
  const at = d.at as Date;
  expect(m[1]).toBe(at.toUTCString().slice(0, 3));
  expect([Number(m[2]), Number(m[3])]).toEqual([at.getUTCHours(), at.getUTCMinutes()]);
  expect(m[4]).toBe([0, 6].includes(at.getUTCDay()) ? 'weekend' : 'weekday');
  expect(m[5]).toBe(
    at.getUTCHours() >= 8 && at.getUTCHours() <= 17 ? 'business hours' : 'outside business hours',
  );
  return 'time';
};

const CHECKS = [checkLength, checkHashtags, checkHook, checkAsks, checkLines, checkTime];

function checkPremise(premise: string, d: Draft): string {
  for (const check of CHECKS) {
    const shape = check(premise, d);
    if (shape) return shape;
  }
  throw new Error(`reason with no recognised premise: "${premise}" (${d.name})`);
}

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
      impressions: 1000,
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
    const shapes = new Set<string>();
    for (const d of drafts) {
      const m = measurePost(d.platform, d.text, d.hook, d.at);
      const { score, explanation } = baselineScore(m);
      let points = 35;
      for (const reason of explanation.slice(1)) {
        const r = /^(.*) \+(\d+)$/.exec(reason);
        if (!r) throw new Error(`no points in "${reason}"`);
        shapes.add(checkPremise(r[1] as string, d));
        points += Number(r[2]);
        // Hashtags earn points only in or above the platform's range.
        if (/hashtag/.test(reason) && m.hashtags < HASHTAG_RANGE[d.platform][0]) expect(r[2]).toBe('0');
      }
      expect(Math.abs(points - score)).toBeLessThanOrEqual(explanation.length);
    }
    expect([...shapes].sort()).toEqual(['asks', 'hashtags', 'hook', 'length', 'lines', 'time']);
  });

  it('state premises that are true of each draft, with a fitted model', () => {
    const shapes = new Set<string>();
    for (const d of drafts) {
      const { explanation } = fittedScore(model, measurePost(d.platform, d.text, d.hook, d.at));
      expect(explanation[0]).toMatch(/^Based on your 30 posts on /);
      for (const reason of explanation.slice(1)) {
        const r = /^(.*): [+−]\d+\.\d % against your average post\.$/.exec(reason);
        if (!r) throw new Error(`no effect in "${reason}"`);
        shapes.add(checkPremise(r[1] as string, d));
      }
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
});

describe('brand alignment explanations', () => {
  const { embedder } = offlineAi();
  const embed = async (texts: string[]) => (await embedder.embed(texts)).vectors;

  it('name the argmax pillar, and avoided topics only when named or above their threshold', async () => {
    const texts = [...drafts.map((d) => d.text), ...Object.values(ON_TOPIC), ...Object.values(NEAR_AVOIDED)];
    const scores = await scoreAlignment(embedder, { strategy: SRE_STRATEGY, topicsToAvoid: AVOIDED }, texts);
    const pillars = await embed(SRE_STRATEGY.contentPillars.map(pillarText));
    const avoid = await embed(AVOIDED.map(avoidTopicText));
    const nulls = await embed(avoidNullTexts(SRE_STRATEGY));
    const thresholds = avoid.map((a) => avoidThreshold(nulls.map((n) => cosine(n, a))).threshold);
    const vectors = await embed(texts);
    let flagged = 0;
    scores.forEach(({ explanation }, i) => {
      const v = vectors[i] as number[];
      const sims = pillars.map((p) => cosine(v, p));
      const best = sims.indexOf(Math.max(...sims));
      const pillar = /^Closest pillar: (.+) \(similarity (-?\d\.\d\d)\)\.$/.exec(explanation[0] ?? '');
      expect(pillar?.[1]).toBe(SRE_STRATEGY.contentPillars[best]?.name);
      expect(Number(pillar?.[2])).toBeCloseTo(sims[best] ?? 0, 2);
      AVOIDED.forEach((topic, j) => {
        const sim = cosine(v, avoid[j] as number[]);
        const named = new RegExp(`\\b${topic}\\b`, 'i').test(texts[i] ?? '');
        const said = explanation.find((r) => r.includes(`"${topic}"`));
        if (named) expect(said).toBe(`Mentions "${topic}", a topic you want to avoid (−40).`);
        else if (sim > (thresholds[j] ?? 1)) {
          const m = /similarity (-?\d\.\d\d), above the (\d\.\d\d) that/.exec(said ?? '');
          expect(Number(m?.[1])).toBeCloseTo(sim, 2);
          expect(Number(m?.[2])).toBeCloseTo(thresholds[j] ?? 1, 2);
          flagged++;
        } else expect(said).toBeUndefined();
      });
    });
    expect(flagged).toBeGreaterThanOrEqual(Object.keys(NEAR_AVOIDED).length);
  });
});
