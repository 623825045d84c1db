// Engagement prediction. With at least MIN_HISTORY of the user's own published posts on a platform
// (one rate denominator), a ridge regression of engagement rate on the post features is fitted and
// cross-validated; a draft scores as the percentile of its prediction among the user's posts.
// Below that, or when the model does not beat the naive guess, a documented platform baseline.
import { PLATFORM_NAMES, type RateDenominator } from '@brandwright/contracts';
import {
  FEATURE_NAMES,
  featuresFromMeasures,
  featuresOf,
  featureVector,
  type PostMeasures,
} from './engagement-features.js';
import { crossValidate, type ValidationResult } from './engagement-model-validation.js';
import { premiseOf, type Reason, renderPoints } from './engagement-reasons.js';
import type { PublishedPost } from './published-history.js';

export const MIN_HISTORY = 20;
/** Ridge penalty: keeps nine coefficients stable on a few dozen posts. */
const RIDGE_LAMBDA = 0.5;

/** Points each feature adds at full strength to the baseline's base of 35 (sum of maxima: 97). */
export const BASELINE_WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  lengthFit: 20,
  hookQuestion: 6,
  hookNumber: 6,
  hookContrarian: 8,
  hookStory: 5,
  asksReader: 8,
  hashtagFit: 8,
  whiteSpace: 6,
  timeFit: 8,
};
const BASELINE_BASE = 35;

export interface EngagementScore {
  score: number;
  explanation: string[];
}

/**
 * Base 35 plus each feature's points. Every feature that earns a point is listed with what it
 * measured; the hashtag count is listed even at 0 points, so a post without hashtags is told why.
 */
export function baselineScore(m: PostMeasures, why?: string): EngagementScore {
  const f = featuresFromMeasures(m);
  const reasons: Reason[] = FEATURE_NAMES.map((feature) => ({
    feature,
    premise: premiseOf(feature, m),
    points: BASELINE_WEIGHTS[feature] * f[feature],
  }));
  const total = BASELINE_BASE + reasons.reduce((s, r) => s + r.points, 0);
  const shown = reasons.filter((r) => r.points >= 0.5 || r.feature === 'hashtagFit');
  return {
    score: Math.round(Math.min(100, Math.max(0, total))),
    explanation: [
      `Platform baseline: general guidance on what gets engagement, not yet your own results (${why ?? `needs ${MIN_HISTORY} published posts with performance data`}). Base ${BASELINE_BASE}, plus:`,
      ...shown.map(renderPoints),
    ],
  };
}

export interface FittedModel {
  /** Intercept first, then one coefficient per feature. */
  coefficients: number[];
  means: number[];
  /** Predicted engagement rates of the history posts, sorted, for percentiles. */
  fittedRates: number[];
  postCount: number;
  denominator: RateDenominator;
  validation: ValidationResult;
}

/** Row index with the largest |value| in column `col`, from row `col` down (partial pivoting). */
function pivotRow(m: number[][], col: number): number {
  let pivot = col;
  for (let r = col + 1; r < m.length; r++)
    if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
  return pivot;
}

/** Solves A x = b by Gauss–Jordan elimination with partial pivoting (A is small and symmetric). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    const pivot = pivotRow(m, col);
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    const lead = p[col] ?? 0;
    if (Math.abs(lead) < 1e-12) throw new Error('singular system');
    m.forEach((row, r) => {
      if (r === col) return;
      const factor = (row[col] ?? 0) / lead;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (p[c] ?? 0);
    });
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** Ridge regression on centred features (the intercept is not penalised): intercept, then betas. */
export function fitRidge(xs: number[][], ys: number[]): number[] {
  const k = FEATURE_NAMES.length;
  const means = columnMeans(xs, k);
  const yMean = ys.reduce((s, y) => s + y, 0) / ys.length;
  const centred = xs.map((x) => x.map((v, j) => v - (means[j] ?? 0)));
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from(
      { length: k },
      (_, j) => centred.reduce((s, x) => s + (x[i] ?? 0) * (x[j] ?? 0), 0) + (i === j ? RIDGE_LAMBDA : 0),
    ),
  );
  const xty = Array.from({ length: k }, (_, i) =>
    centred.reduce((s, x, r) => s + (x[i] ?? 0) * ((ys[r] ?? 0) - yMean), 0),
  );
  const beta = solve(xtx, xty);
  return [yMean - beta.reduce((s, b, j) => s + b * (means[j] ?? 0), 0), ...beta];
}

const columnMeans = (xs: number[][], k: number) =>
  Array.from({ length: k }, (_, j) => xs.reduce((s, x) => s + (x[j] ?? 0), 0) / xs.length);

/**
 * The denominator most of the posts use. A platform reports one in practice, but rates over
 * impressions and over followers differ in scale, so one model never mixes them.
 */
function mainDenominator(posts: PublishedPost[]): RateDenominator {
  const byImpressions = posts.filter((p) => p.denominator === 'impressions').length;
  return byImpressions * 2 >= posts.length ? 'impressions' : 'followers';
}

/**
 * Fits the model on one platform's posts with one denominator, and cross-validates it. Null below
 * MIN_HISTORY usable posts: a model fitted on fewer would mostly describe noise.
 */
export function fitEngagementModel(posts: PublishedPost[]): FittedModel | null {
  const withBase = posts.filter((p) => p.base > 0);
  if (withBase.length === 0) return null;
  const denominator = mainDenominator(withBase);
  const usable = withBase.filter((p) => p.denominator === denominator);
  if (usable.length < MIN_HISTORY) return null;
  const xs = usable.map((p) => featureVector(featuresOf(p.platform, p.text, p.hook, p.publishedAt)));
  const ys = usable.map((p) => p.engagements / p.base);
  const coefficients = fitRidge(xs, ys);
  const fittedRates = xs.map((x) => predictRate(coefficients, x)).sort((a, b) => a - b);
  const validation = crossValidate(xs, ys, (trainX, trainY) => {
    const c = fitRidge(trainX, trainY);
    return (x) => predictRate(c, x);
  });
  const means = columnMeans(xs, FEATURE_NAMES.length);
  return { coefficients, means, fittedRates, postCount: usable.length, denominator, validation };
}

export function predictRate(coefficients: number[], x: number[]): number {
  return x.reduce((s, v, j) => s + v * (coefficients[j + 1] ?? 0), coefficients[0] ?? 0);
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)} %`;
/** A rate difference in percentage points, to two places: errors are often below one point. */
const points = (rate: number) => (rate * 100).toFixed(2);

export function fittedScore(model: FittedModel, m: PostMeasures): EngagementScore {
  const x = featureVector(featuresFromMeasures(m));
  const rate = predictRate(model.coefficients, x);
  const below = model.fittedRates.filter((r) => r < rate).length;
  const ties = model.fittedRates.filter((r) => r === rate).length;
  const score = Math.round((100 * (below + ties / 2)) / model.fittedRates.length);
  const median = model.fittedRates[Math.floor(model.fittedRates.length / 2)] ?? 0;
  const effects = FEATURE_NAMES.map((name, j) => ({
    name,
    effect: (model.coefficients[j + 1] ?? 0) * ((x[j] ?? 0) - (model.means[j] ?? 0)),
  }))
    .filter((e) => Math.abs(e.effect) >= 0.0005)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, 3);
  return {
    score,
    explanation: [
      `Based on your ${model.postCount} posts on ${PLATFORM_NAMES[m.platform]}; validated error ±${points(model.validation.mae)} points of rate (guessing your typical post: ±${points(model.validation.naiveMae)}).`,
      `Predicted engagement rate ${pct(rate)} of ${model.denominator} (your typical post ${pct(median)}).`,
      ...effects.map(
        (e) =>
          `${premiseOf(e.name, m)}: ${e.effect > 0 ? '+' : '−'}${pct(Math.abs(e.effect))} against your average post.`,
      ),
    ],
  };
}
