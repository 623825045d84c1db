// The editor's working copy of a piece and the pure rules around it: starting values, what changed
// since the stored version (only changed fields are sent), and the checks the server would make.
import {
  type Content,
  type ContentType,
  type CreateContentInput,
  createContentSchema,
  type Platform,
  type UpdateContentInput,
} from '@brandwright/contracts';
import type { FieldErrors } from '../../../api/errors';
import { validate } from '../../../lib/forms';

export interface Draft {
  type: ContentType;
  title: string;
  body: string;
  platforms: Platform[];
  pillar: string;
}

export const DRAFT_FIELDS = ['type', 'title', 'body', 'platforms', 'pillar', 'status'] as const;

export function draftOf(piece: Content | null, initialBody?: string): Draft {
  if (!piece)
    return { type: 'post', title: '', body: initialBody ?? '', platforms: ['linkedin'], pillar: '' };
  return {
    type: piece.type,
    title: piece.title ?? '',
    body: initialBody ?? (piece.type === 'article' ? piece.body : piece.bodyMarkdown),
    platforms: [...piece.platforms],
    pillar: piece.pillar ?? '',
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Only the fields that differ from the stored piece; an empty object means nothing to save. */
export function changesOf(piece: Content, draft: Draft): UpdateContentInput {
  const stored = draftOf(piece);
  const patch: UpdateContentInput = {};
  if (draft.title.trim() !== stored.title) patch.title = draft.title.trim() || null;
  if (draft.body !== stored.body) {
    patch.body = draft.body;
    if (draft.type === 'article') patch.bodyFormat = 'html';
  }
  if (!sameList(draft.platforms, stored.platforms)) patch.platforms = draft.platforms;
  if (draft.pillar !== stored.pillar) patch.pillar = draft.pillar || null;
  return patch;
}

/** Tiptap's empty document is "<p></p>": treat markup without text as empty. */
function visibleText(draft: Draft): string {
  return draft.type === 'article' ? draft.body.replace(/<[^>]*>/g, '') : draft.body;
}

/** The contract's checks plus Medium's need for a title; keyed by field like server errors. */
export function checkDraft(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  const input = toCreateInput(draft);
  const result = validate(createContentSchema, input);
  if (!result.ok) Object.assign(errors, result.errors);
  if (!visibleText(draft).trim()) errors.body = 'Write something first';
  if (draft.platforms.includes('medium') && draft.type === 'article' && !draft.title.trim())
    errors.title = 'Medium needs a title';
  return errors;
}

export function toCreateInput(draft: Draft): CreateContentInput {
  return {
    type: draft.type,
    body: draft.body,
    platforms: draft.platforms,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    ...(draft.type === 'article' ? { bodyFormat: 'html' as const } : {}),
    ...(draft.pillar ? { pillar: draft.pillar } : {}),
  };
}
