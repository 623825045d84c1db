// Use cases of generation: draft posts in the user's voice with honest scores (at once or streamed
// variant by variant) and record what the writer did with a draft. No Fastify or SQL here.
import { createHash, randomInt } from 'node:crypto';
import type {
  GeneratedType,
  GeneratedVariant,
  GenerateRequest,
  GenerateResult,
  GenerationFeedback,
  GenerationFeedbackRequest,
  Platform,
  StoredStrategy,
  Strategy,
  VoiceProfile,
} from '@brandwright/contracts';
import type { Embedder, PostsInput, TextGenerator } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import type { FeedbackAction } from '../../voice/index.js';
import { fitEngagementModel } from './engagement-model.js';
import { GenerationError } from './generation.errors.js';
import type { FeedbackRow, GenerationRepository } from './generation.repository.js';
import type { PublishedHistory } from './published-history.js';
import type { SampleRetriever } from './sample-retrieval.js';
import type { ScoringContext, VariantScorer, VoiceScorer } from './variant-scoring.js';
import { voiceStyleOf } from './voice-style.js';

/** Where generated drafts are stored; the content module plugs in here. */
export interface DraftSink {
  saveDraft(userId: string, draft: GenerateResult): Promise<{ id?: string }>;
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
  answers(userId: string): Promise<{ answers: { topicsToAvoid?: string[] } }>;
}

export interface GenerationDeps {
  generator: TextGenerator;
  embedder: Embedder;
  voice: VoicePort;
  brand: BrandPort;
  samples: SampleRetriever;
  scorer: VariantScorer;
  history: PublishedHistory;
  drafts: DraftSink;
  repository: GenerationRepository;
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
}

const THREAD_PLATFORMS: Platform[] = ['x', 'bluesky', 'mastodon'];

function resolveType(platform: Platform, type: GeneratedType | undefined): GeneratedType {
  const resolved = type ?? (platform === 'medium' ? 'article' : 'post');
  const allowed =
    platform === 'medium'
      ? resolved === 'article'
      : resolved === 'post' || (resolved === 'thread' && THREAD_PLATFORMS.includes(platform));
  if (!allowed)
    throw new GenerationError('UNSUPPORTED_TYPE', `A ${resolved} is not available on ${platform}.`, {
      fields: [
        {
          path: 'type',
          message: platform === 'medium' ? 'Medium takes articles only' : `Not available on ${platform}`,
        },
      ],
    });
  return resolved;
}

/** A pillar drawn by its share of posts, then one of its example topics. */
function pickTopic(strategy: Strategy, pillarName: string | undefined) {
  const pillars = strategy.contentPillars;
  let pillar = pillars.find((p) => p.name.toLowerCase() === pillarName?.toLowerCase());
  if (!pillar) {
    const ticket = randomInt(100);
    let cumulative = 0;
    pillar = pillars.find((p) => {
      cumulative += p.share;
      return ticket < cumulative;
    });
  }
  if (!pillar) throw new Error('a validated strategy has at least three pillars');
  return {
    pillar: pillar.name,
    topic: pillar.exampleTopics[randomInt(pillar.exampleTopics.length)] ?? pillar.name,
  };
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

export class GenerationService {
  constructor(private readonly deps: GenerationDeps) {}

  async generate(userId: string, request: GenerateRequest): Promise<GenerateResult> {
    const prepared = await this.prepare(userId, request);
    const generated = await this.deps.generator.generatePosts(prepared.input);
    const variants = await this.deps.scorer.finish(prepared.ctx, generated.variants);
    return this.store(userId, this.result(prepared, generated.modelUsed, variants));
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
        const [variant] = await this.deps.scorer.finish(prepared.ctx, [event.variant]);
        if (!variant) continue;
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
    const type = resolveType(request.platform, request.type);
    const strategy = await this.strategyOf(userId);
    const { topic, pillar } = this.topicOf(strategy, request);
    const [profile, samples, answers, history] = await Promise.all([
      this.deps.voice.getProfile(userId),
      this.deps.samples.retrieve(userId, topic),
      this.deps.brand.answers(userId),
      this.deps.history.postsWithPerformance(userId, request.platform),
    ]);
    const input: PostsInput = {
      platform: request.platform,
      format: type,
      topic,
      ...(pillar ? { pillar } : {}),
      ...(strategy ? { strategy } : {}),
      voice: voiceStyleOf(profile),
      samples: samples.texts,
      variants: request.variants,
    };
    const ctx: ScoringContext = {
      userId,
      platform: request.platform,
      type,
      voiceTrained: profile.trained,
      alignment: { strategy, topicsToAvoid: answers.answers.topicsToAvoid ?? [] },
      engagementModel: fitEngagementModel(history),
      ...(request.scheduledFor ? { scheduledFor: new Date(request.scheduledFor) } : {}),
    };
    return { input, ctx, samples: { count: samples.texts.length, retrieval: samples.retrieval } };
  }

  private topicOf(strategy: Strategy | null, request: GenerateRequest) {
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
    const { input, ctx } = prepared;
    return {
      platform: ctx.platform,
      type: ctx.type,
      topic: input.topic,
      pillar: input.pillar ?? null,
      modelUsed,
      samples: prepared.samples,
      variants,
    };
  }

  private async store(userId: string, result: GenerateResult): Promise<GenerateResult> {
    const { id } = await this.deps.drafts.saveDraft(userId, result);
    return id ? { contentId: id, ...result } : result;
  }
}
