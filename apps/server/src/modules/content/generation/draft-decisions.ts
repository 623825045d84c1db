// The variants of a generated draft (GET /content/:id/variants) and what the writer did with it
// (POST /content/:id/feedback): accept a variant (it
// becomes the body, as a version authored 'ai'), edit (the edited text becomes the body, authored
// 'user') or reject. Every decision teaches the voice profile through the feedback path, and a
// retried decision changes nothing: the body is already in place, the feedback record is found
// within its window and the stored decision is the same.
import { createHash } from 'node:crypto';
import type {
  Content,
  ContentAuthor,
  ContentFeedback,
  ContentFeedbackRequest,
  GeneratedDraft,
  GenerationFeedback,
  GenerationFeedbackRequest,
  UpdateContentInput,
} from '@brandwright/contracts';
import { GenerationError } from './generation.errors.js';
import type { GeneratedDraftRow, GenerationRepository } from './generation.repository.js';
import type { StoredVariant } from './generation.schema.js';

/** The content module's pieces, as decisions need them (structurally ContentService). */
export interface DraftContent {
  get(userId: string, id: string): Promise<Content>;
  update(
    userId: string,
    id: string,
    input: UpdateContentInput,
    options?: { author?: ContentAuthor; changeNote?: string },
  ): Promise<Content>;
}

export type RecordFeedback = (
  userId: string,
  request: GenerationFeedbackRequest,
) => Promise<GenerationFeedback>;

/** A variant's text as the draft sink stores it: thread parts as paragraphs. */
const textOf = (v: StoredVariant) => (v.parts ? v.parts.join('\n\n') : v.body);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Outcome {
  piece: Content;
  /** The text the decision is about: the final text (accept, edit) or the one turned down. */
  text: string;
}

export class DraftDecisions {
  constructor(
    private readonly repository: GenerationRepository,
    private readonly content: DraftContent,
    private readonly record: RecordFeedback,
  ) {}

  /** The draft's variants and its latest decision; DRAFT_NOT_FOUND for pieces not generated. */
  async draft(userId: string, contentId: string): Promise<GeneratedDraft> {
    const row = await this.repository.findDraft(userId, contentId);
    if (!row) throw new GenerationError('DRAFT_NOT_FOUND');
    return {
      contentId,
      // A rewrite shows where it came from; its retry record (key, first answer) stays inside.
      variants: row.variants.map(({ rewrite, ...v }) =>
        rewrite ? { ...v, rewrite: { kind: rewrite.kind, fromVersion: rewrite.fromVersion } } : v,
      ),
      decision:
        row.decision && row.decidedAt
          ? {
              action: row.decision,
              variantIndex: row.decidedVariant,
              reason: row.reason,
              decidedAt: row.decidedAt.toISOString(),
            }
          : null,
    };
  }

  async decide(userId: string, contentId: string, request: ContentFeedbackRequest): Promise<ContentFeedback> {
    const draft = await this.repository.findDraft(userId, contentId);
    if (!draft) throw new GenerationError('DRAFT_NOT_FOUND');
    const variant = this.variantOf(draft, request.variantIndex);
    const { piece, text } = await this.apply(userId, contentId, request, variant);
    const feedback = await this.record(userId, {
      action: request.action,
      text,
      platform: piece.platforms[0] ?? 'linkedin',
      ...(request.reason ? { reason: request.reason } : {}),
    });
    const decision = {
      decision: request.action,
      decidedVariant: request.variantIndex ?? null,
      decidedTextHash: sha256(text),
      reason: request.reason ?? null,
    };
    const same =
      draft.decision === decision.decision &&
      draft.decidedVariant === decision.decidedVariant &&
      draft.decidedTextHash === decision.decidedTextHash;
    const row = same ? draft : ((await this.repository.decide(userId, contentId, decision)) ?? draft);
    return {
      contentId,
      action: request.action,
      variantIndex: row.decidedVariant,
      reason: row.reason,
      decidedAt: (row.decidedAt ?? new Date()).toISOString(),
      version: piece.version,
      voiceLearned: feedback.voiceLearned,
      duplicate: same,
    };
  }

  private variantOf(draft: GeneratedDraftRow, index: number | undefined): StoredVariant | undefined {
    if (index === undefined) return undefined;
    const variant = draft.variants[index];
    if (!variant)
      throw new GenerationError('VARIANT_OUT_OF_RANGE', undefined, {
        fields: [
          { path: 'variantIndex', message: `This draft has ${draft.variants.length} variants (0-based)` },
        ],
      });
    return variant;
  }

  /** Sets the body an accept or edit asks for; a reject leaves the piece as it is. */
  private async apply(
    userId: string,
    id: string,
    request: ContentFeedbackRequest,
    variant: StoredVariant | undefined,
  ): Promise<Outcome> {
    const piece = await this.content.get(userId, id);
    const markdown = piece.type === 'article' ? ('markdown' as const) : undefined;
    if (request.action === 'edit' && request.body !== undefined) {
      const edit = { body: request.body, ...(markdown ? { bodyFormat: markdown } : {}) };
      const options = { author: 'user' as const, changeNote: 'Edited after generation' };
      return { piece: await this.content.update(userId, id, edit, options), text: request.body };
    }
    if (!variant) return { piece, text: piece.bodyMarkdown };
    if (request.action === 'reject') return { piece, text: textOf(variant) };
    const edit = {
      body: textOf(variant),
      ...(markdown ? { bodyFormat: markdown } : {}),
      ...(variant.title ? { title: variant.title } : {}),
    };
    const options = {
      author: 'ai' as const,
      changeNote: `Accepted variant ${(request.variantIndex ?? 0) + 1}`,
    };
    return { piece: await this.content.update(userId, id, edit, options), text: textOf(variant) };
  }
}
