// Calls on the signed-in user's content: the filtered list, one piece (its ETag is "v<version>"),
// create (Idempotency-Key), edit and restore (If-Match), the version history and diffs, templates.
import {
  type Content,
  type ContentListQuery,
  type ContentTemplate,
  type CreateContentInput,
  type CreateTemplateInput,
  contentSchema,
  contentTemplateSchema,
  contentVersionSchema,
  pageSchema,
  type UpdateContentInput,
  type UpdateTemplateInput,
  type VersionDiff,
  versionDiffSchema,
} from '@brandwright/contracts';
import { z } from 'zod';
import { authedJson, authedSend } from './client';

const contentPageSchema = pageSchema(contentSchema);
export type ContentPage = z.output<typeof contentPageSchema>;
const versionPageSchema = pageSchema(contentVersionSchema);
export type ContentVersionPage = z.output<typeof versionPageSchema>;
const templateListSchema = z.object({ items: z.array(contentTemplateSchema) });

export type ContentFilters = Pick<
  ContentListQuery,
  'status' | 'platform' | 'pillar' | 'type' | 'query' | 'mode'
>;

const contentPath = (id: string) => `/content/${encodeURIComponent(id)}`;
const ifMatch = (version: number) => ({ 'if-match': `"v${version}"` });

export function fetchContentList(
  filters: ContentFilters,
  limit: number,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ContentPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  return authedJson(`/content?${query}`, contentPageSchema, { signal });
}

export function fetchContent(id: string, signal?: AbortSignal): Promise<Content> {
  return authedJson(contentPath(id), contentSchema, { signal });
}

/** `key` makes a retried create (double click, lost response) return the first piece. */
export function createContent(input: CreateContentInput, key: string): Promise<Content> {
  return authedJson('/content', contentSchema, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': key },
  });
}

/** 412 when `version` is no longer the latest (someone saved in between). */
export function updateContent(id: string, patch: UpdateContentInput, version: number): Promise<Content> {
  return authedJson(contentPath(id), contentSchema, {
    method: 'PATCH',
    body: patch,
    headers: ifMatch(version),
  });
}

export async function deleteContent(id: string): Promise<void> {
  await authedSend(contentPath(id), { method: 'DELETE' });
}

export function fetchContentVersions(
  id: string,
  limit: number,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ContentVersionPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) query.set('cursor', cursor);
  return authedJson(`${contentPath(id)}/versions?${query}`, versionPageSchema, { signal });
}

export function fetchVersionDiff(
  id: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<VersionDiff> {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  return authedJson(`${contentPath(id)}/versions/diff?${query}`, versionDiffSchema, { signal });
}

/** Makes `version`'s text the newest version; `current` guards against a concurrent edit. */
export function restoreVersion(id: string, version: number, current: number): Promise<Content> {
  return authedJson(`${contentPath(id)}/versions/${version}/restore`, contentSchema, {
    method: 'POST',
    headers: ifMatch(current),
  });
}

export async function fetchTemplates(signal?: AbortSignal): Promise<ContentTemplate[]> {
  return (await authedJson('/content/templates', templateListSchema, { signal })).items;
}

export function createTemplate(input: CreateTemplateInput, key: string): Promise<ContentTemplate> {
  return authedJson('/content/templates', contentTemplateSchema, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': key },
  });
}

export function updateTemplate(id: string, patch: UpdateTemplateInput): Promise<ContentTemplate> {
  const path = `/content/templates/${encodeURIComponent(id)}`;
  return authedJson(path, contentTemplateSchema, { method: 'PATCH', body: patch });
}

export async function deleteTemplate(id: string): Promise<void> {
  await authedSend(`/content/templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
