// Rich-text facets for Bluesky posts. The network does not detect links, mentions or hashtags in
// plain text: the client marks them with UTF-8 byte ranges (not UTF-16 string indexes, which is
// what JavaScript strings use). Mentions need the DID behind the handle; unresolvable ones stay text.
import { graphemeCount } from '@brandwright/contracts';

export type FacetFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#mention'; did: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: FacetFeature[];
}

/** A detected entity with UTF-16 indexes into the text. */
export type Entity =
  | { kind: 'link'; start: number; end: number; uri: string }
  | { kind: 'mention'; start: number; end: number; handle: string }
  | { kind: 'tag'; start: number; end: number; tag: string };

const URL_PATTERN = /(^|[\s(])(https?:\/\/[^\s]+)/gu;
const MENTION_PATTERN =
  /(^|[\s(])@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?![\w.-]*\w)/gu;
const TAG_PATTERN = /(^|\s)[#＃]([^\s#＃]+)/gu;
const MAX_TAG_GRAPHEMES = 64;
const encoder = new TextEncoder();

/** The UTF-8 byte offset of a UTF-16 index. */
export function byteOffset(text: string, index: number): number {
  return encoder.encode(text.slice(0, index)).length;
}

/** Sentence punctuation after a URL is not part of it; a closing bracket is only when it opened one. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'"]+$/u, '');
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length)
    out = out.slice(0, -1).replace(/[.,;:!?'"]+$/u, '');
  return out;
}

function links(text: string): Entity[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => {
    const start = m.index + (m[1] ?? '').length;
    const uri = trimUrl(m[2] ?? '');
    return { kind: 'link' as const, start, end: start + uri.length, uri };
  });
}

function mentions(text: string): Entity[] {
  return [...text.matchAll(MENTION_PATTERN)].map((m) => {
    const start = m.index + (m[1] ?? '').length;
    const handle = m[2] ?? '';
    return { kind: 'mention' as const, start, end: start + 1 + handle.length, handle: handle.toLowerCase() };
  });
}

/** A tag needs one character that is neither a digit nor punctuation; trailing punctuation is dropped. */
function tags(text: string): Entity[] {
  const found: Entity[] = [];
  for (const m of text.matchAll(TAG_PATTERN)) {
    const tag = (m[2] ?? '').replace(/\p{P}+$/u, '');
    if (!/[^\d\p{P}]/u.test(tag) || graphemeCount(tag) > MAX_TAG_GRAPHEMES) continue;
    const start = m.index + (m[1] ?? '').length;
    found.push({ kind: 'tag', start, end: start + 1 + tag.length, tag });
  }
  return found;
}

/** Links, mentions and tags in text order; an entity inside an earlier one (a #fragment in a URL) is dropped. */
export function detectEntities(text: string): Entity[] {
  const all = [...links(text), ...mentions(text), ...tags(text)].sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  for (const entity of all) {
    const previous = kept[kept.length - 1];
    if (!previous || entity.start >= previous.end) kept.push(entity);
  }
  return kept;
}

function feature(entity: Entity, did: string | undefined): FacetFeature | undefined {
  if (entity.kind === 'link') return { $type: 'app.bsky.richtext.facet#link', uri: entity.uri };
  if (entity.kind === 'tag') return { $type: 'app.bsky.richtext.facet#tag', tag: entity.tag };
  return did ? { $type: 'app.bsky.richtext.facet#mention', did } : undefined;
}

/** Facets for `text`; `resolve` turns a handle into a DID (undefined leaves the mention as text). */
export async function buildFacets(
  text: string,
  resolve: (handle: string) => Promise<string | undefined>,
): Promise<Facet[]> {
  const entities = detectEntities(text);
  const handles = [...new Set(entities.flatMap((e) => (e.kind === 'mention' ? [e.handle] : [])))];
  const dids = new Map(await Promise.all(handles.map(async (h) => [h, await resolve(h)] as const)));
  const facets: Facet[] = [];
  for (const entity of entities) {
    const made = feature(entity, entity.kind === 'mention' ? dids.get(entity.handle) : undefined);
    if (made)
      facets.push({
        index: { byteStart: byteOffset(text, entity.start), byteEnd: byteOffset(text, entity.end) },
        features: [made],
      });
  }
  return facets;
}
