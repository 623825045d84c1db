// One-click rewrites of a stored post or thread (POST /content/:id/rewrites): shorter, a new hook,
// more like the writer, more formal, through the AI port's rewrite. The answer is scored like a
// generated variant (fitted to the platform, the three scores) and kept with the draft's variants,
// so Accept works as for generated ones. Each kind is checked to have done what it says; one that
// could not (nothing to cut, no voice gain) is a 409 naming `kind`, and nothing is stored.
import {
  type Content,
  type GeneratedVariant,
  MAX_DRAFT_VARIANTS,
  type PartialBrandAnswers,
  type Platform,
  platformLength,
  type RewriteKind,
  type RewriteResult,
  type StoredStrategy,
  type Strategy,
  type VoiceProfile,
} from '@brandwright/contracts';
import type { RewriteInstruction, TextGenerator, VoiceStyle } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import type { DraftContent } from './draft-decisions.js';
import type { EngagementModels } from './engagement-model-cache.js';
import { GenerationError } from './generation.errors.js';
import type { GenerationRepository } from './generation.repository.js';
import type { StoredRewrite, StoredVariant } from './generation.schema.js';
import type { SampleRetriever } from './sample-retrieval.js';
import {
  readableText,
  type ScoringContext,
  type VariantScorer,
  type VoiceScorer,
} from './variant-scoring.js';
import { voiceCheckFor } from './voice-fit.js';
import { voiceStyleOf } from './voice-style.js';

/** The voice module, as rewrites need it (structurally generation's VoicePort). */
interface RewriteVoice extends VoiceScorer {
  getProfile(userId: string): Promise<VoiceProfile>;
}
/** The brand module, as rewrites need it (structurally generation's BrandPort). */
interface RewriteBrand {
  strategy(userId: string): Promise<StoredStrategy>;
  answers(userId: string): Promise<{ answers: PartialBrandAnswers }>;
}

export interface RewriteDeps {
  generator: TextGenerator;
  voice: RewriteVoice;
  brand: RewriteBrand;
  samples: SampleRetriever;
  scorer: VariantScorer;
  engagementModels: EngagementModels;
  repository: GenerationRepository;
  content: DraftContent;
}

export interface RewriteOptions {
  idempotencyKey?: string;
  /** From If-Match: the version the writer sees; another one is a 412. */
  expectedVersion?: number;
}

const INSTRUCTION: Record<RewriteKind, RewriteInstruction> = {
  shorter: 'shorten',
  new_hook: 'new_hook',
  more_like_me: 'more_like_me',
  more_formal: 'more_formal',
};

/** Thread parts as the reader sees them: the " (i/n)" numbering goes, fitting adds it back. */
const plainText = (piece: Content) => piece.bodyMarkdown.replace(/[ \t]*\(\d+\/\d+\)[ \t]*$/gm, '').trim();
const firstLine = (text: string) => (text.split('\n').find((l) => l.trim()) ?? '').trim();
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** No strategy yet is a normal state: alignment then scores neutral and says so. */
async function strategyOrNull(brand: RewriteBrand, userId: string): Promise<Strategy | null> {
  try {
    return (await brand.strategy(userId)).strategy;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NO_STRATEGY') return null;
    throw error;
  }
}

function noEffect(detail: string): never {
  throw new GenerationError('REWRITE_NO_EFFECT', detail, { fields: [{ path: 'kind', message: detail }] });
}

/** Throws unless the rewrite did what its kind says, compared with the text it started from. */
function checkEffect(kind: RewriteKind, platform: Platform, before: Scored, after: GeneratedVariant): void {
  const text = readableText(after);
  if (kind === 'shorter' && platformLength(platform, text) >= platformLength(platform, before.text))
    noEffect('This text is already as short as a rewrite can make it without losing its point.');
  if (kind === 'new_hook' && normal(firstLine(text)) === normal(firstLine(before.text)))
    noEffect('No other opening could be found for this text.');
  if (kind === 'more_formal' && normal(text) === normal(before.text))
    noEffect('This text is already formal: no contractions, slang, exclamations or emoji to change.');
  if (kind === 'more_like_me' && after.scores.voiceMatch <= before.scores.voiceMatch)
    noEffect(
      `No rewrite we tried sounds more like you than this text (voice match ${before.scores.voiceMatch}; the best rewrite scored ${after.scores.voiceMatch}).`,
    );
}

interface Scored {
  text: string;
  scores: GeneratedVariant['scores'];
}

/** The API's answer from a stored rewrite variant (first answer or a retry). */
function present(contentId: string, index: number, v: StoredVariant, duplicate: boolean): RewriteResult {
  const r = v.rewrite as StoredRewrite;
  const { body, parts, title, template, scores } = v;
  return {
    contentId,
    variantIndex: index,
    variant: {
      body,
      ...(parts ? { parts } : {}),
      ...(title ? { title } : {}),
      template,
      scores,
      ...r.answer,
      rewrite: { kind: r.kind, fromVersion: r.fromVersion },
    },
    before: r.before,
    modelUsed: r.modelUsed,
    duplicate,
  };
}

export class Rewrites {
  constructor(private readonly deps: RewriteDeps) {}

  async rewrite(userId: string, contentId: string, kind: RewriteKind, options: RewriteOptions = {}) {
    const piece = await this.deps.content.get(userId, contentId);
    const replay = await this.replay(userId, contentId, kind, options.idempotencyKey);
    if (replay) return replay;
    if (options.expectedVersion !== undefined && options.expectedVersion !== piece.version)
      throw new GenerationError('STALE_VERSION');
    if (piece.type !== 'post' && piece.type !== 'thread')
      throw new GenerationError('REWRITE_UNSUPPORTED_TYPE', undefined, {
        fields: [{ path: 'kind', message: `A ${piece.type} cannot take one-click rewrites` }],
      });
    const { ctx, text, seed, run } = await this.prepare(userId, piece, kind);
    const [before, generated] = await Promise.all([this.deps.scorer.scoreText(ctx, text), run(seed)]);
    const [after] = await this.deps.scorer.finish(ctx, [
      { body: generated.text, hook: firstLine(generated.text) || text.slice(0, 40), template: 'story' },
    ]);
    if (!after) throw new Error('scoring a rewrite returned nothing');
    // Scoring needs a post shape; the variant itself is labelled as a rewrite.
    after.template = 'rewrite';
    checkEffect(kind, ctx.platform, { text, scores: before.scores }, after);
    return this.store(userId, piece, kind, options.idempotencyKey, {
      after,
      before: before.scores,
      modelUsed: generated.modelUsed,
    });
  }

  /** A retried request (same Idempotency-Key) answers what the first one stored. */
  private async replay(userId: string, contentId: string, kind: RewriteKind, key: string | undefined) {
    if (!key) return undefined;
    const draft = await this.deps.repository.findDraft(userId, contentId);
    const index = draft?.variants.findIndex((v) => v.rewrite?.key === key) ?? -1;
    const found = draft?.variants[index];
    if (!found?.rewrite) return undefined;
    if (found.rewrite.kind !== kind)
      throw new GenerationError('IDEMPOTENCY_KEY_REUSED', undefined, {
        fields: [{ path: 'Idempotency-Key', message: `Already used for "${found.rewrite.kind}"` }],
      });
    return present(contentId, index, found, true);
  }

  private async prepare(userId: string, piece: Content, kind: RewriteKind) {
    const platform = piece.platforms[0] ?? 'linkedin';
    const text = plainText(piece);
    const [profile, answers, strategy, engagement, draft] = await Promise.all([
      this.deps.voice.getProfile(userId),
      this.deps.brand.answers(userId),
      strategyOrNull(this.deps.brand, userId),
      this.deps.engagementModels.modelFor(userId, platform),
      this.deps.repository.findDraft(userId, piece.id),
    ]);
    if (kind === 'more_like_me' && !profile.trained)
      throw new GenerationError('VOICE_NOT_TRAINED', undefined, {
        fields: [{ path: 'kind', message: 'Needs a trained voice profile' }],
      });
    const ctx: ScoringContext = {
      userId,
      platform,
      type: piece.type === 'thread' ? 'thread' : 'post',
      voiceTrained: profile.trained,
      alignment: { strategy, topicsToAvoid: answers.answers.topicsToAvoid ?? [] },
      engagement,
    };
    // "New hook" again gives another hook: each earlier rewrite of this kind and version moves the seed.
    const seed = (draft?.variants ?? []).filter(
      (v) => v.rewrite?.kind === kind && v.rewrite.fromVersion === piece.version,
    ).length;
    const voice = voiceStyleOf(profile);
    const run = (s: number) => this.generate(userId, { text, kind, voice, seed: s, platform });
    return { ctx, text, seed, run };
  }

  /** The AI port's rewrite; more like me also gets the writer's samples and their voice scorer. */
  private async generate(
    userId: string,
    r: { text: string; kind: RewriteKind; voice: VoiceStyle; seed: number; platform: Platform },
  ) {
    const input = {
      text: r.text,
      instruction: INSTRUCTION[r.kind],
      voice: r.voice,
      seed: r.seed,
      platform: r.platform,
    };
    if (r.kind !== 'more_like_me') return this.deps.generator.rewrite(input);
    const samples = (await this.deps.samples.retrieve(userId, firstLine(r.text))).texts;
    return this.deps.generator.rewrite({
      ...input,
      samples,
      voiceCheck: voiceCheckFor(this.deps.voice, userId, samples),
    });
  }

  private async store(
    userId: string,
    piece: Content,
    kind: RewriteKind,
    key: string | undefined,
    made: { after: GeneratedVariant; before: GeneratedVariant['scores']; modelUsed: string },
  ): Promise<RewriteResult> {
    const {
      body,
      parts,
      title,
      template,
      scores,
      hook,
      explanations,
      voiceProfileTrained,
      sentiment,
      adjustments,
    } = made.after;
    const variant: StoredVariant = {
      body,
      template,
      scores,
      ...(parts ? { parts } : {}),
      ...(title ? { title } : {}),
      rewrite: {
        kind,
        fromVersion: piece.version,
        key: key ?? null,
        modelUsed: made.modelUsed,
        before: made.before,
        answer: { hook, explanations, voiceProfileTrained, sentiment, adjustments },
      },
    };
    const stored = await this.deps.repository.appendRewrite(userId, piece.id, variant, MAX_DRAFT_VARIANTS);
    if ('full' in stored) throw new GenerationError('TOO_MANY_VARIANTS');
    return present(piece.id, stored.index, stored.variant, !stored.created);
  }
}
