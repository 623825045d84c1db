// Public surface of the content module. Other modules (generation, calendar, publishing) store and
// read pieces through ContentService and look templates up through TemplatesService; features that
// add their own routes under /content register their own plugin next to `contentRoutes`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Embedder } from '../../adapters/ai/index.js';
import type { Database } from '../../platform/db/index.js';
import type { VectorStore } from '../../platform/vectors/index.js';
import { ContentRepository } from './content.repository.js';
import { contentRoutes as pieceRoutes } from './content.routes.js';
import { ContentService } from './content.service.js';
import { ContentEmbeddings, type EmbeddingFailure } from './content-embeddings.js';
import { ContentSearchRepository } from './content-search.repository.js';
import { ContentSearchService } from './content-search.service.js';
import { ContentVersionsService } from './content-versions.service.js';
import { TemplatesRepository } from './templates.repository.js';
import { templatesRoutes } from './templates.routes.js';
import { TemplatesService } from './templates.service.js';

export { BUILTIN_TEMPLATES, findBuiltinTemplate } from './builtin-templates.js';
export type { ContentService, DraftInput, EditOptions } from './content.service.js';
export type { ContentEmbeddings, EmbeddingFailure } from './content-embeddings.js';
export { type ContentFacets, contentFacets } from './content-facets.js';
export { entryDrafter, type PlannedEntry } from './entry-drafts.js';
export { contentDraftSink } from './generated-drafts.js';
export {
  createGenerationService,
  createScoreRoutes,
  type GenerationService,
  generationRoutes,
  type PublishedHistory,
} from './generation/index.js';
export { discardImported, type ImportedPiece, insertImported } from './imported-content.js';
export { computeMetadata, wordCount } from './metadata.js';
export { publishableContent } from './publishable.js';
export { renderBody, sanitizeArticleHtml } from './rich-text.js';
export { canTransition, STATUS_TRANSITIONS } from './status.js';
export type { TemplatesService } from './templates.service.js';

export interface ContentModule {
  content: ContentService;
  versions: ContentVersionsService;
  templates: TemplatesService;
  /** Embedding upkeep; its `backfill` is the worker's periodic task. */
  embeddings: ContentEmbeddings;
}

export interface ContentModuleDeps {
  vectors: VectorStore;
  embedder: Embedder;
  /** Told when a piece could not be embedded right after a write (the backfill catches up). */
  onEmbeddingFailure: EmbeddingFailure;
}

export function createContentModule(database: Database, deps: ContentModuleDeps): ContentModule {
  const repository = new ContentRepository(database.db);
  const searchRepository = new ContentSearchRepository(database.db);
  const embeddings = new ContentEmbeddings(
    repository,
    searchRepository,
    deps.vectors,
    deps.embedder,
    deps.onEmbeddingFailure,
  );
  const search = new ContentSearchService(searchRepository, embeddings, deps.vectors);
  return {
    embeddings,
    content: new ContentService(database, repository, embeddings, search, deps.vectors),
    versions: new ContentVersionsService(repository),
    templates: new TemplatesService(new TemplatesRepository(database.db)),
  };
}

/** Every /content route of this module (pieces, versions, templates). */
export function contentRoutes(module: ContentModule): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(templatesRoutes(module.templates));
    await app.register(pieceRoutes(module.content, module.versions));
  };
}
