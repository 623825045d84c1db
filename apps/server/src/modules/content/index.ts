// Public surface of the content module. Other modules (generation, calendar, publishing) store and
// read pieces through ContentService and look templates up through TemplatesService; features that
// add their own routes under /content register their own plugin next to `contentRoutes`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/index.js';
import { ContentRepository } from './content.repository.js';
import { contentRoutes as pieceRoutes } from './content.routes.js';
import { ContentService } from './content.service.js';
import { ContentVersionsService } from './content-versions.service.js';
import { TemplatesRepository } from './templates.repository.js';
import { templatesRoutes } from './templates.routes.js';
import { TemplatesService } from './templates.service.js';

export { BUILTIN_TEMPLATES, findBuiltinTemplate } from './builtin-templates.js';
export type { ContentService, DraftInput, EditOptions } from './content.service.js';
export { entryDrafter, type PlannedEntry } from './entry-drafts.js';
export { contentDraftSink } from './generated-drafts.js';
export {
  createGenerationService,
  type GenerationService,
  generationRoutes,
} from './generation/index.js';
export { computeMetadata, wordCount } from './metadata.js';
export { renderBody, sanitizeArticleHtml } from './rich-text.js';
export { canTransition, STATUS_TRANSITIONS } from './status.js';
export type { TemplatesService } from './templates.service.js';

export interface ContentModule {
  content: ContentService;
  versions: ContentVersionsService;
  templates: TemplatesService;
}

export function createContentModule(database: Database): ContentModule {
  const repository = new ContentRepository(database.db);
  return {
    content: new ContentService(database, repository),
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
