// Use cases of content pieces: create (retry-safe with an idempotency key), read, list, edit with
// optimistic concurrency and a kept version of every text change, restore an old version, delete.
// Every revision bumps `version` (the ETag); content_versions keeps the text of revisions that
// changed title or body, so its version numbers may skip revisions that only changed status.
// With a `query`, listing is search (ContentSearchService); every text change is re-embedded.
import type {
  AiMetadata,
  BodyFormat,
  Content,
  ContentAuthor,
  ContentListItem,
  ContentListQuery,
  ContentType,
  CreateContentInput,
  Platform,
  UpdateContentInput,
} from '@brandwright/contracts';
import type { Database, Db } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import type { VectorStore } from '../../platform/vectors/index.js';
import { ContentError } from './content.errors.js';
import { presentContent } from './content.presenter.js';
import type { ContentRepository, ContentRow } from './content.repository.js';
import { type ContentEdit, planChanges, renderedBodyOf } from './content-changes.js';
import { CONTENT_OWNER, type ContentEmbeddings } from './content-embeddings.js';
import type { ContentSearchService } from './content-search.service.js';
import { computeMetadata } from './metadata.js';

/** What other modules (generation, calendar) hand over to store a draft. */
export interface DraftInput {
  type: ContentType;
  title?: string;
  body: string;
  /** Articles: `html` (default) or `markdown` (what the AI layer writes); others: plain text. */
  bodyFormat?: BodyFormat;
  platforms: Platform[];
  pillar?: string;
  evergreen?: boolean;
  aiMetadata?: AiMetadata;
  author: ContentAuthor;
  /** Same key, same piece: a retried request returns the first result. */
  idempotencyKey?: string;
}

export interface EditOptions {
  /** From If-Match: the edit is refused (STALE_VERSION) unless this is still the current version. */
  expectedVersion?: number;
  author?: ContentAuthor;
  changeNote?: string;
  /** An editor autosave: folds into the previous version when that one is a recent autosave too. */
  autosave?: boolean;
}

/** The change note of autosaved versions, and how long one keeps absorbing later autosaves. */
export const AUTOSAVE_NOTE = 'Autosaved while editing';
const AUTOSAVE_WINDOW_MS = 15 * 60_000;

/** Edits without If-Match re-read and re-apply this often when a concurrent edit got in between. */
const MAX_ATTEMPTS = 3;

export class ContentService {
  constructor(
    private readonly database: Database,
    private readonly repository: ContentRepository,
    private readonly embeddings: ContentEmbeddings,
    private readonly searcher: ContentSearchService,
    private readonly vectors: VectorStore,
  ) {}

  async create(userId: string, input: CreateContentInput, idempotencyKey?: string): Promise<Content> {
    return this.createDraft(userId, { ...input, author: 'user', idempotencyKey });
  }

  async createDraft(userId: string, input: DraftInput): Promise<Content> {
    const key = input.idempotencyKey;
    const existing = key ? await this.repository.findByIdempotencyKey(userId, key) : undefined;
    if (existing) return presentContent(existing);
    if (input.type === 'article' && !input.title?.trim())
      throw new ContentError('TITLE_REQUIRED', undefined, {
        fields: [{ path: 'title', message: 'Articles need a title' }],
      });
    const rendered = renderedBodyOf(input.type, { body: input.body, bodyFormat: input.bodyFormat });
    if (!rendered) throw new ContentError('EMPTY_BODY');
    const title = input.title?.trim() || null;
    const row = await this.database.transaction(async (tx) => {
      const inserted = await this.repository.insert(tx, {
        userId,
        type: input.type,
        title,
        ...rendered,
        platforms: input.platforms,
        pillar: input.pillar ?? null,
        evergreen: input.evergreen ?? false,
        metadata: computeMetadata(input.type, rendered.bodyMarkdown, input.platforms),
        aiMetadata: input.aiMetadata ?? null,
        idempotencyKey: key ?? null,
      });
      if (!inserted) return undefined;
      await this.repository.insertVersion(tx, {
        contentId: inserted.id,
        userId,
        version: inserted.version,
        title,
        ...rendered,
        author: input.author,
        changeNote: null,
      });
      return inserted;
    });
    // Only a concurrent request with the same key can make the insert do nothing: answer its row.
    const final = row ?? (key ? await this.repository.findByIdempotencyKey(userId, key) : undefined);
    if (!final) throw new ContentError('NOT_FOUND');
    if (row) await this.embeddings.refresh(userId, row.id);
    return presentContent(final);
  }

  /** A page of evergreen pieces of every user (for the publishing module's re-queue task). */
  evergreenPage(afterId: string | undefined, limit: number) {
    return this.repository.evergreen(afterId, limit);
  }

  async get(userId: string, id: string): Promise<Content> {
    return presentContent(await this.current(userId, id));
  }

  async list(
    userId: string,
    query: ContentListQuery,
  ): Promise<{ items: ContentListItem[]; nextCursor: string | null }> {
    const { limit, cursor, query: text, mode, ...filters } = query;
    if (text !== undefined)
      return this.searcher.search(userId, { query: text, mode: mode ?? 'text', filters, limit, cursor });
    const rows = await this.repository.list(userId, filters, limit, decodeCursor(cursor));
    return toPage(rows, limit, presentContent);
  }

  async update(
    userId: string,
    id: string,
    input: UpdateContentInput,
    options: EditOptions = {},
  ): Promise<Content> {
    const { changeNote, autosave, ...edit } = input;
    if (autosave) return this.edit(userId, id, edit, { ...options, autosave, changeNote: AUTOSAVE_NOTE });
    return this.edit(userId, id, edit, { ...options, changeNote: changeNote ?? options.changeNote });
  }

  /** Makes the text of `version` current again, as a new version (nothing happens if it already is). */
  async restore(userId: string, id: string, version: number, expectedVersion?: number): Promise<Content> {
    await this.current(userId, id);
    const target = await this.repository.findVersion(userId, id, version);
    if (!target) throw new ContentError('VERSION_NOT_FOUND');
    const edit: ContentEdit = {
      title: target.title,
      rendered: { body: target.body, bodyMarkdown: target.bodyMarkdown },
    };
    return this.edit(userId, id, edit, {
      expectedVersion,
      author: 'user',
      changeNote: `Restored version ${version}`,
    });
  }

  /** The piece's vectors go in the same transaction, so search never meets a vector without a row. */
  async delete(userId: string, id: string): Promise<void> {
    const deleted = await this.database.transaction(async (tx) => {
      if (!(await this.repository.delete(userId, id, tx))) return false;
      await this.vectors.deleteFor({ type: CONTENT_OWNER, id }, tx);
      return true;
    });
    if (!deleted) throw new ContentError('NOT_FOUND');
  }

  private async current(userId: string, id: string): Promise<ContentRow> {
    const row = await this.repository.find(userId, id);
    if (!row) throw new ContentError('NOT_FOUND');
    return row;
  }

  private async edit(userId: string, id: string, edit: ContentEdit, options: EditOptions): Promise<Content> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.current(userId, id);
      const { changes, textChanged } = planChanges(current, edit);
      // Already in place (e.g. a retried request): answer the current state, even after If-Match moved on.
      if (Object.keys(changes).length === 0) return presentContent(current);
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version)
        throw new ContentError('STALE_VERSION');
      const saved = await this.database.transaction(async (tx) => {
        const row = await this.repository.update(tx, userId, id, current.version, changes);
        if (row && textChanged) await this.insertVersionOf(tx, row, options);
        return row;
      });
      if (saved) {
        if (textChanged) await this.embeddings.refresh(userId, id);
        return presentContent(saved);
      }
      if (options.expectedVersion !== undefined || attempt >= MAX_ATTEMPTS)
        throw new ContentError('STALE_VERSION');
    }
  }

  private async insertVersionOf(tx: Db, row: ContentRow, options: EditOptions) {
    if (options.autosave) {
      // Typing saves every few seconds: one autosaved version per sitting, not one per pause.
      const previous = await this.repository.latestVersion(tx, row.userId, row.id);
      const recent = previous && Date.now() - previous.createdAt.getTime() < AUTOSAVE_WINDOW_MS;
      if (recent && previous.changeNote === AUTOSAVE_NOTE && previous.author === 'user')
        return this.repository.replaceVersion(tx, previous.id, {
          version: row.version,
          title: row.title,
          body: row.body,
          bodyMarkdown: row.bodyMarkdown,
        });
    }
    return this.repository.insertVersion(tx, {
      contentId: row.id,
      userId: row.userId,
      version: row.version,
      title: row.title,
      body: row.body,
      bodyMarkdown: row.bodyMarkdown,
      author: options.author ?? 'user',
      changeNote: options.changeNote ?? null,
    });
  }
}
