// Turns a requested edit into the column changes of one revision: re-renders the body, recomputes
// metadata, checks the status transition and the article title rule. Pure, so the service can
// re-run it against a fresher row when a concurrent edit got in first.

import { isDeepStrictEqual } from 'node:util';
import type { UpdateContentInput } from '@brandwright/contracts';
import { ContentError } from './content.errors.js';
import type { ContentChanges, ContentRow } from './content.repository.js';
import { computeMetadata } from './metadata.js';
import { renderBody } from './rich-text.js';
import { canTransition } from './status.js';

export interface PlannedChanges {
  changes: ContentChanges;
  /** True when the title or body changed: the revision then gets a row in content_versions. */
  textChanged: boolean;
}

export type ContentEdit = Omit<UpdateContentInput, 'changeNote'> & {
  /** An already-rendered body (a restored version), used as it is. */
  rendered?: { body: string; bodyMarkdown: string };
};

function checkTitle(type: ContentRow['type'], title: string | null): void {
  if (type === 'article' && !title)
    throw new ContentError('TITLE_REQUIRED', undefined, {
      fields: [{ path: 'title', message: 'Articles need a title' }],
    });
}

export function renderedBodyOf(type: ContentRow['type'], edit: ContentEdit) {
  if (edit.rendered) return edit.rendered;
  if (edit.body === undefined) return undefined;
  const rendered = renderBody(type, edit.body, edit.bodyFormat);
  if (!rendered.body)
    throw new ContentError('EMPTY_BODY', undefined, {
      fields: [{ path: 'body', message: 'Nothing is left once unsafe markup is removed' }],
    });
  return rendered;
}

function checkStatus(current: ContentRow, next: ContentRow['status']): void {
  if (!canTransition(current.status, next))
    throw new ContentError(
      'INVALID_STATUS_TRANSITION',
      `Content that is ${current.status} cannot become ${next}.`,
      { fields: [{ path: 'status', message: `Not allowed from ${current.status}` }] },
    );
}

/** Only the fields that really differ; an empty `changes` means the edit is already in place. */
export function planChanges(current: ContentRow, edit: ContentEdit): PlannedChanges {
  const next: ContentChanges = {};
  if (edit.title !== undefined) {
    checkTitle(current.type, edit.title);
    if (edit.title !== current.title) next.title = edit.title;
  }
  const rendered = renderedBodyOf(current.type, edit);
  if (rendered && rendered.body !== current.body) {
    next.body = rendered.body;
    next.bodyMarkdown = rendered.bodyMarkdown;
  }
  if (edit.platforms && !isDeepStrictEqual(edit.platforms, current.platforms))
    next.platforms = edit.platforms;
  if (edit.pillar !== undefined && edit.pillar !== current.pillar) next.pillar = edit.pillar;
  if (edit.evergreen !== undefined && edit.evergreen !== current.evergreen) next.evergreen = edit.evergreen;
  if (edit.status !== undefined && edit.status !== current.status) {
    checkStatus(current, edit.status);
    next.status = edit.status;
  }
  if (next.bodyMarkdown !== undefined || next.platforms) {
    next.metadata = computeMetadata(
      current.type,
      next.bodyMarkdown ?? current.bodyMarkdown,
      next.platforms ?? current.platforms,
    );
  }
  return { changes: next, textChanged: next.title !== undefined || next.body !== undefined };
}
