// Use cases of generation: draft posts in the user's voice with honest scores (at once or streamed
// variant by variant) and record what the writer did with a draft. No Fastify or SQL here.
import { createHash } from 'node:crypto';
import type {
  ContentFeedback,
  ContentFeedbackRequest,
  ContentTemplate,
  GeneratedDraft,
  GeneratedVariant,
  GenerateRequest,
  GenerateResult,
  GenerationFeedback,
  GenerationFeedbackRequest,
  PartialBrandAnswers,
  Platform,
  RewriteKind,
  RewriteResult,
  StoredStrategy,
  Strategy,
  VoiceProfile,
} from '@brandwright/contracts';
import type { Embedder, PostsInput, TextGenerator } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import type { FeedbackAction } from '../../voice/index.js';
import { authorFactsOf } from './author-facts.js';
import { type DraftContent, DraftDecisions } from './draft-decisions.js';
import type { EngagementModels } from './engagement-model-cache.js';
import { GenerationError } from './generation.errors.js';
import type { FeedbackRow, GenerationRepository } from './generation.repository.js';
import {
  hintOf,
  pickTopic,
  resolveType,
  type Source,
  sourceOf,
  type TemplateLookup,
  templateOf,
} from './generation-request.js';
import { type RewriteOptions, Rewrites } from './rewrites.js';
import type { SampleRetriever } from './sample-retrieval.js';
import type { ScoringContext, VariantScorer, VoiceScorer } from './variant-scoring.js';
import { voiceCheckFor } from './voice-fit.js';
import { voiceStyleOf } from './voice-style.js';

/** Where generated drafts are stored; the content module plugs in here. */
export interface DraftSink {
  /** `platforms`: every platform the draft is meant for, when more than the one it was written for. */
  saveDraft(userId: string, draft: GenerateResult, platforms?: Platform[]): Promise<{ id?: string }>;
}

/** Options of a generation run that are not the user's request. */
export interface GenerateOptions {
  /** The piece goes out on these platforms too; it is written for the request's platform. */
  platforms?: Platform[];
}
/** Until content storage exists, drafts are returned and not stored: no id to report. */
export const unstoredDrafts: DraftSink = { saveDraft: async () => ({}) };

export interface VoicePort extends VoiceScorer {
  getProfile(userId: string): Promise<VoiceProfile>;
  recordFeedback(
    userId: string,
    feedback: { action: FeedbackAction; text: string },
  ): Promise<{ recorded: boolean }>;
}
export interface BrandPort {
  strategy(userId: string): Promise<StoredStrategy>;
  answers(userId: string): Promise<{ answers: PartialBrandAnswers }>;
}

export interface GenerationDeps {
  generator: TextGenerator;
  embedder: Embedder;
  voice: VoicePort;
  brand: BrandPort;
  samples: SampleRetriever;
  scorer: VariantScorer;
  engagementModels: EngagementModels;
  drafts: DraftSink;
  repository: GenerationRepository;
  templates: TemplateLookup;
  /** The content module's pieces: sources to atomise and drafts a decision updates. */
  content: DraftContent;
}

/** A retried feedback request within this window finds the first record instead of adding one. */
export const FEEDBACK_WINDOW_SECONDS = 600;

export type StreamEvent =
  | { type: 'progress'; stage: 'preparing' | 'generating' | 'repairing'; charsReceived?: number }
  | { type: 'variant'; index: number; variant: GeneratedVariant }
  | { type: 'done'; result: GenerateResult };

interface Prepared {
  input: PostsInput;
  ctx: ScoringContext;
  samples: GenerateResult['samples'];
  template?: ContentTemplate;
  source?: Source;
}

function presentFeedback(row: FeedbackRow, duplicate: boolean): GenerationFeedback {
  return {
    id: row.id,
    action: row.action,
    platform: row.platform as Platform,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    voiceLearned: row.voiceLearned,
    duplicate,
  };
}

/** A requested template names every variant's template by its id (built-in slug or the user's own). */
const labelled = (prepared: Prepared, variant: GeneratedVariant): GeneratedVariant =>
  prepared.template ? { ...variant, template: prepared.template.id } : variant;

export class GenerationService {
  private readonly decisions: DraftDecisions;
  private readonly rewrites: Rewrites;

  constructor(private readonly deps: GenerationDeps) {
    this.decisions = new DraftDecisions(deps.repository, deps.content, (userId, request) =>
      this.recordFeedback(userId, request),
    );
    this.rewrites = new Rewrites(deps);
  }

  /** A one-click rewrite of a stored post or thread, kept as a new variant (see rewrites.ts). */
  rewrite(
    userId: string,
    contentId: string,
    kind: RewriteKind,
    options?: RewriteOptions,
  ): Promise<RewriteResult> {
    return this.rewrites.rewrite(userId, contentId, kind, options);
  }

  /** The variants of a stored generated draft and the latest decision on it. */
  draft(userId: string, contentId: string): Promise<GeneratedDraft> {
    return this.decisions.draft(userId, contentId);
  }

  /** Accept, edit or reject a stored generated draft (see draft-decisions.ts). */
  decide(userId: string, contentId: string, request: ContentFeedbackRequest): Promise<ContentFeedback> {
    return this.decisions.decide(userId, contentId, request);
  }

  async generate(
    userId: string,
    request: GenerateRequest,
    options: GenerateOptions = {},
  ): Promise<GenerateResult> {
    const prepared = await this.prepare(userId, request);
    const generated = await this.deps.generator.generatePosts(prepared.input);
    const scored = await this.deps.scorer.finish(prepared.ctx, generated.variants);
    const variants = scored.map((v) => labelled(prepared, v));
    return this.store(userId, this.result(prepared, generated.modelUsed, variants), options.platforms);
  }

  /** The same generation, event by event: each variant is scored and sent as soon as it is ready. */
  async *stream(userId: string, request: GenerateRequest, signal?: AbortSignal): AsyncGenerator<StreamEvent> {
    yield { type: 'progress', stage: 'preparing' };
    const prepared = await this.prepare(userId, request);
    yield { type: 'progress', stage: 'generating', charsReceived: 0 };
    const variants: GeneratedVariant[] = [];
    for await (const event of this.deps.generator.streamPosts(prepared.input, signal)) {
      if (event.type === 'progress')
        yield { type: 'progress', stage: event.stage, charsReceived: event.charsReceived };
      else if (event.type === 'variant') {
        const [scored] = await this.deps.scorer.finish(prepared.ctx, [event.variant]);
        if (!scored) continue;
        const variant = labelled(prepared, scored);
        variants[event.index] = variant;
        yield { type: 'variant', index: event.index, variant };
      } else {
        const result = this.result(prepared, event.result.modelUsed, variants.filter(Boolean));
        yield { type: 'done', result: await this.store(userId, result) };
      }
    }
  }

  async recordFeedback(userId: string, request: GenerationFeedbackRequest) {
    const textHash = createHash('sha256').update(request.text).digest('hex');
    const { repository } = this.deps;
    const previous = await repository.findRecent(userId, request.action, textHash, FEEDBACK_WINDOW_SECONDS);
    if (previous) return presentFeedback(previous, true);
    // The voice module ignores a text it already holds, so a retry after this point teaches nothing twice.
    const learned = await this.deps.voice.recordFeedback(userId, {
      action: request.action,
      text: request.text,
    });
    const { row, created } = await repository.insertOnce(
      {
        userId,
        action: request.action,
        text: request.text,
        textHash,
        platform: request.platform,
        reason: request.reason ?? null,
        voiceLearned: learned.recorded,
      },
      FEEDBACK_WINDOW_SECONDS,
    );
    return presentFeedback(row, !created);
  }

  private async prepare(userId: string, request: GenerateRequest): Promise<Prepared> {
    const [template, source] = await Promise.all([
      templateOf(this.deps.templates, userId, request),
      sourceOf(this.deps.content, userId, request),
    ]);
    const type = resolveType(request.platform, request.type, template);
    const strategy = await this.strategyOf(userId);
    const { topic, pillar } = this.topicOf(strategy, request, source);
    const [profile, samples, answers, engagement] = await Promise.all([
      this.deps.voice.getProfile(userId),
      this.deps.samples.retrieve(userId, topic),
      this.deps.brand.answers(userId),
      this.deps.engagementModels.modelFor(userId, request.platform),
    ]);
    const input: PostsInput = {
      platform: request.platform,
      format: type,
      topic,
      ...(pillar ? { pillar } : {}),
      ...(strategy ? { strategy } : {}),
      voice: voiceStyleOf(profile),
      samples: samples.texts,
      facts: authorFactsOf(answers.answers),
      variants: request.variants,
      ...(template ? { template: hintOf(template) } : {}),
      ...(source ? { source: source.text } : {}),
      ...(profile.trained ? { voiceCheck: voiceCheckFor(this.deps.voice, userId, samples.texts) } : {}),
    };
    const ctx: ScoringContext = {
      userId,
      platform: request.platform,
      type,
      voiceTrained: profile.trained,
      alignment: { strategy, topicsToAvoid: answers.answers.topicsToAvoid ?? [] },
      engagement,
      ...(request.scheduledFor ? { scheduledFor: new Date(request.scheduledFor) } : {}),
    };
    const used = { count: samples.texts.length, retrieval: samples.retrieval };
    return { input, ctx, samples: used, template, source };
  }

  private topicOf(strategy: Strategy | null, request: GenerateRequest, source: Source | undefined) {
    if (
      request.pillar &&
      strategy &&
      !strategy.contentPillars.some((p) => p.name.toLowerCase() === request.pillar?.toLowerCase())
    )
      throw new GenerationError('UNKNOWN_PILLAR', undefined, {
        fields: [
          { path: 'pillar', message: `One of: ${strategy.contentPillars.map((p) => p.name).join(', ')}` },
        ],
      });
    if (request.topic) return { topic: request.topic, pillar: request.pillar ?? null };
    if (source) return { topic: source.topic, pillar: request.pillar ?? null };
    if (!strategy)
      throw new GenerationError('NO_STRATEGY_NO_TOPIC', undefined, {
        fields: [{ path: 'topic', message: 'Give a topic or create your strategy first' }],
      });
    return pickTopic(strategy, request.pillar);
  }

  private async strategyOf(userId: string): Promise<Strategy | null> {
    try {
      return (await this.deps.brand.strategy(userId)).strategy;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NO_STRATEGY') return null;
      throw error;
    }
  }

  private result(prepared: Prepared, modelUsed: string, variants: GeneratedVariant[]): GenerateResult {
    const { input, ctx, template, source } = prepared;
    return {
      platform: ctx.platform,
      type: ctx.type,
      topic: input.topic,
      pillar: input.pillar ?? null,
      ...(template ? { templateId: template.id } : {}),
      ...(source ? { sourceContentId: source.id } : {}),
      modelUsed,
      samples: prepared.samples,
      variants,
    };
  }

  /** Stores the draft and its variants, so a later decision can pick any of them. */
  private async store(
    userId: string,
    result: GenerateResult,
    platforms?: Platform[],
  ): Promise<GenerateResult> {
    const { id } = await this.deps.drafts.saveDraft(userId, result, platforms);
    if (!id) return result;
    const variants = result.variants.map(({ body, parts, title, template, scores }) => ({
      body,
      template,
      scores,
      ...(parts ? { parts } : {}),
      ...(title ? { title } : {}),
    }));
    await this.deps.repository.saveVariants(userId, id, variants);
    return { contentId: id, ...result };
  }
}
