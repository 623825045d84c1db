// Turns one generated variant into what the API returns: fitted to the platform's limit, then
// scored for voice, engagement and brand alignment, with explanations and sentiment.
import type { GeneratedType, GeneratedVariant, Platform, VoiceScore } from '@brandwright/contracts';
import type { Embedder, PostVariant } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import { analyze } from '../../../platform/nlp/index.js';
import { type AlignmentContext, scoreAlignment } from './brand-alignment.js';
import { measurePost } from './engagement-features.js';
import { baselineScore, fittedScore } from './engagement-model.js';
import type { EngagementModelChoice } from './engagement-model-cache.js';
import { enforceLimits } from './limits.js';

export interface VoiceScorer {
  score(userId: string, text: string): Promise<VoiceScore>;
}

export interface ScoringContext {
  userId: string;
  platform: Platform;
  type: GeneratedType;
  voiceTrained: boolean;
  alignment: AlignmentContext;
  engagement: EngagementModelChoice;
  scheduledFor?: Date;
}

const NEUTRAL = 50;
/** wink's sentence sentiment runs -1..1; below this magnitude a text reads as neutral. */
const SENTIMENT_NEUTRAL_BAND = 0.1;

/** The text a reader sees: thread parts without their numbering, an article with its title. */
export function readableText(fitted: { body: string; parts?: string[]; title?: string }): string {
  if (fitted.parts) return fitted.parts.map((p) => p.replace(/\s*\(\d+\/\d+\)$/, '')).join('\n\n');
  return fitted.title ? `${fitted.title}\n\n${fitted.body}` : fitted.body;
}

async function voiceMatch(voice: VoiceScorer, ctx: ScoringContext, text: string) {
  if (!ctx.voiceTrained)
    return { score: NEUTRAL, explanation: ['No voice profile yet — add writing samples (neutral 50).'] };
  try {
    const result = await voice.score(ctx.userId, text);
    return { score: result.voiceMatch, explanation: result.explanation };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'TEXT_TOO_SHORT')
      return { score: NEUTRAL, explanation: ['Too short to judge the voice: under 20 words (neutral 50).'] };
    throw error;
  }
}

function sentimentOf(text: string): GeneratedVariant['sentiment'] {
  const score = Math.round(analyze(text).sentiment * 100) / 100;
  const label =
    score > SENTIMENT_NEUTRAL_BAND ? 'positive' : score < -SENTIMENT_NEUTRAL_BAND ? 'negative' : 'neutral';
  return { label, score };
}

export class VariantScorer {
  constructor(
    private readonly voice: VoiceScorer,
    private readonly embedder: Embedder,
  ) {}

  /** Fits and scores the variants; brand alignment for all of them in one embedding call. */
  async finish(ctx: ScoringContext, variants: PostVariant[]): Promise<GeneratedVariant[]> {
    const fitted = variants.map((v) => ({ v, f: enforceLimits(ctx.platform, ctx.type, v.body, v.hook) }));
    const texts = fitted.map(({ f }) => readableText(f));
    const alignment = await scoreAlignment(this.embedder, ctx.alignment, texts);
    return Promise.all(
      fitted.map(async ({ v, f }, i) => ({
        body: f.body,
        ...(f.parts && f.parts.length > 1 ? { parts: f.parts } : {}),
        ...(f.title ? { title: f.title } : {}),
        hook: v.hook,
        template: v.template,
        ...(await this.scoresOf(ctx, texts[i] ?? f.body, v.hook, alignment[i])),
        adjustments: f.adjustments,
      })),
    );
  }

  /** Scores text as written (no fitting to the limit): the grader for the user's own posts. */
  async scoreText(ctx: ScoringContext, text: string) {
    const hook =
      text
        .split('\n')
        .find((line) => line.trim())
        ?.trim() ?? '';
    const [alignment] = await scoreAlignment(this.embedder, ctx.alignment, [text]);
    return this.scoresOf(ctx, text, hook, alignment);
  }

  /** The three scores of one text with their explanations, given its brand alignment. */
  private async scoresOf(
    ctx: ScoringContext,
    text: string,
    hook: string,
    alignment: { score: number; explanation: string[] } | undefined,
  ) {
    const voice = await voiceMatch(this.voice, ctx, text);
    const measures = measurePost(ctx.platform, text, hook, ctx.scheduledFor);
    const { model, baselineReason } = ctx.engagement;
    const engagement = model ? fittedScore(model, measures) : baselineScore(measures, baselineReason);
    const brand = alignment ?? { score: NEUTRAL, explanation: [] };
    return {
      scores: {
        voiceMatch: voice.score,
        engagementPrediction: engagement.score,
        brandAlignment: brand.score,
      },
      explanations: {
        voiceMatch: voice.explanation,
        engagementPrediction: engagement.explanation,
        brandAlignment: brand.explanation,
      },
      voiceProfileTrained: ctx.voiceTrained,
      sentiment: sentimentOf(text),
    };
  }
}
