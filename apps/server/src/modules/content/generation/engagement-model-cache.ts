// Which engagement model scores a user's drafts on a platform, fitted once per version of their
// performance data: the history's version (the analytics cache version) is part of the cache entry,
// so new metrics make the next request refit and every other request reuses the fit.
import { PLATFORM_NAMES, type Platform } from '@brandwright/contracts';
import { type FittedModel, fitEngagementModel } from './engagement-model.js';
import { beatsNaive } from './engagement-model-validation.js';
import type { PublishedHistory } from './published-history.js';

/** The model to score with, or null with the reason the baseline is used instead. */
export interface EngagementModelChoice {
  model: FittedModel | null;
  /** Why the baseline scores, shown in its explanation; absent when simply too few posts. */
  baselineReason?: string;
}

/** Fitted models kept per process; the oldest entry goes first past this many (user, platform) pairs. */
const MAX_ENTRIES = 2000;
const points = (rate: number) => (rate * 100).toFixed(2);

export function chooseModel(model: FittedModel | null, platform: Platform): EngagementModelChoice {
  if (!model || beatsNaive(model.validation)) return { model };
  const { mae, naiveMae } = model.validation;
  return {
    model: null,
    baselineReason: `a model of your ${model.postCount} posts on ${PLATFORM_NAMES[platform]} did not beat guessing your typical post (validated error ±${points(mae)} vs ±${points(naiveMae)} points of rate)`,
  };
}

export class EngagementModels {
  private readonly fits = new Map<string, { version: string; choice: EngagementModelChoice }>();

  constructor(private readonly history: PublishedHistory) {}

  async modelFor(userId: string, platform: Platform): Promise<EngagementModelChoice> {
    const key = `${userId}:${platform}`;
    const version = await this.history.version(userId);
    const cached = this.fits.get(key);
    if (cached && cached.version === version) return cached.choice;
    const posts = await this.history.postsWithPerformance(userId, platform);
    const choice = chooseModel(fitEngagementModel(posts), platform);
    this.fits.delete(key);
    this.fits.set(key, { version, choice });
    if (this.fits.size > MAX_ENTRIES) {
      const oldest = this.fits.keys().next().value;
      if (oldest !== undefined) this.fits.delete(oldest);
    }
    return choice;
  }
}
