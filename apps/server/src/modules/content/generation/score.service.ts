// The post grader: the three generation scores (voice match, predicted engagement, brand alignment)
// for text the user wrote themselves, from the same scorers generation uses and only the caller's
// voice profile, strategy, avoided topics and engagement model. Reads only; safe to repeat.
import type { ScoreTextRequest, ScoreTextResult, Strategy } from '@brandwright/contracts';
import { DomainError } from '../../../platform/errors/index.js';
import type { EngagementModels } from './engagement-model-cache.js';
import type { BrandPort, VoicePort } from './generation.service.js';
import type { VariantScorer } from './variant-scoring.js';

export interface ScoreDeps {
  voice: VoicePort;
  brand: BrandPort;
  scorer: VariantScorer;
  engagementModels: EngagementModels;
}

export class ScoreService {
  constructor(private readonly deps: ScoreDeps) {}

  async score(userId: string, request: ScoreTextRequest): Promise<ScoreTextResult> {
    const [profile, answers, strategy, engagement] = await Promise.all([
      this.deps.voice.getProfile(userId),
      this.deps.brand.answers(userId),
      this.strategyOf(userId),
      this.deps.engagementModels.modelFor(userId, request.platform),
    ]);
    return this.deps.scorer.scoreText(
      {
        userId,
        platform: request.platform,
        type: request.platform === 'medium' ? 'article' : 'post',
        voiceTrained: profile.trained,
        alignment: { strategy, topicsToAvoid: answers.answers.topicsToAvoid ?? [] },
        engagement,
        ...(request.scheduledFor ? { scheduledFor: new Date(request.scheduledFor) } : {}),
      },
      request.text,
    );
  }

  /** No strategy yet is a normal state: alignment then scores neutral and says so. */
  private async strategyOf(userId: string): Promise<Strategy | null> {
    try {
      return (await this.deps.brand.strategy(userId)).strategy;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NO_STRATEGY') return null;
      throw error;
    }
  }
}
