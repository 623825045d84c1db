// Public surface of generation (inside the content module): the routes, the service with its ports
// (DraftSink, PublishedHistory) and the factory app.ts wires.
import type { Ai } from '../../../adapters/ai/index.js';
import type { Database } from '../../../platform/db/index.js';
import type { VectorStore } from '../../../platform/vectors/index.js';
import type { DraftContent } from './draft-decisions.js';
import { EngagementModels } from './engagement-model-cache.js';
import { GenerationRepository } from './generation.repository.js';
import {
  type BrandPort,
  type DraftSink,
  GenerationService,
  unstoredDrafts,
  type VoicePort,
} from './generation.service.js';
import type { TemplateLookup } from './generation-request.js';
import { noPublishedHistory, type PublishedHistory } from './published-history.js';
import { SampleRetriever, type SampleSource } from './sample-retrieval.js';
import { scoreRoutes } from './score.routes.js';
import { ScoreService } from './score.service.js';
import { VariantScorer } from './variant-scoring.js';

export type { DraftContent } from './draft-decisions.js';
export { generationRoutes } from './generation.routes.js';
export {
  type BrandPort,
  type DraftSink,
  GenerationService,
  type StreamEvent,
  unstoredDrafts,
  type VoicePort,
} from './generation.service.js';
export type { SourceLookup, TemplateLookup } from './generation-request.js';
export { noPublishedHistory, type PublishedHistory, type PublishedPost } from './published-history.js';

export interface GenerationModuleDeps {
  database: Database;
  ai: Ai;
  vectors: VectorStore;
  voice: VoicePort & SampleSource;
  brand: BrandPort;
  /** Where drafts are stored; none until the content table is wired in. */
  drafts?: DraftSink;
  history?: PublishedHistory;
  /** The content module's templates (built-in and own), for templateId. */
  templates: TemplateLookup;
  /** The content module's pieces: sources (sourceContentId) and drafts that feedback updates. */
  content: DraftContent;
}

export function createGenerationService(deps: GenerationModuleDeps): GenerationService {
  return new GenerationService({
    generator: deps.ai.generator,
    embedder: deps.ai.embedder,
    voice: deps.voice,
    brand: deps.brand,
    samples: new SampleRetriever(deps.voice, deps.vectors, deps.ai.embedder),
    scorer: new VariantScorer(deps.voice, deps.ai.embedder),
    engagementModels: engagementModelsFor(deps.history ?? noPublishedHistory),
    drafts: deps.drafts ?? unstoredDrafts,
    repository: new GenerationRepository(deps.database),
    templates: deps.templates,
    content: deps.content,
  });
}

/** One model cache per history, so generation and the grader fit a user's model once between them. */
const modelCaches = new WeakMap<PublishedHistory, EngagementModels>();
function engagementModelsFor(history: PublishedHistory): EngagementModels {
  const cached = modelCaches.get(history);
  if (cached) return cached;
  const created = new EngagementModels(history);
  modelCaches.set(history, created);
  return created;
}

/** POST /content/score: the grader for the user's own text, on generation's scorers and model cache. */
export function createScoreRoutes(deps: Pick<GenerationModuleDeps, 'ai' | 'voice' | 'brand' | 'history'>) {
  const service = new ScoreService({
    voice: deps.voice,
    brand: deps.brand,
    scorer: new VariantScorer(deps.voice, deps.ai.embedder),
    engagementModels: engagementModelsFor(deps.history ?? noPublishedHistory),
  });
  return scoreRoutes(service);
}
