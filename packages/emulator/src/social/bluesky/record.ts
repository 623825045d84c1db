// Validation of app.bsky.feed.post records as the PDS's lexicon check does it: text at most 300
// graphemes and 3,000 UTF-8 bytes, facets on UTF-8 boundaries inside the text, image embeds of
// uploaded blobs (at most 4, each at most 1,000,000 bytes), and replies to records that exist.
import type { SocialState } from '../state.js';
import type { Account } from '../types.js';
import { didOf } from './xrpc.js';

export const MAX_GRAPHEMES = 300;
export const MAX_TEXT_BYTES = 3000;
export const MAX_IMAGE_BYTES = 1_000_000;

const FEATURE_TYPES = new Set([
  'app.bsky.richtext.facet#link',
  'app.bsky.richtext.facet#mention',
  'app.bsky.richtext.facet#tag',
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
export const graphemeCount = (text: string) => [...segmenter.segment(text)].length;

export interface PostRefs {
  parent?: string;
  root?: string;
  blobs: string[];
}

function invalid(message: string): string {
  return `Invalid app.bsky.feed.post record: ${message}`;
}

/** A byte offset that does not split a UTF-8 sequence (continuation bytes are 0b10xxxxxx). */
function onBoundary(bytes: Uint8Array, offset: number): boolean {
  return offset === bytes.length || ((bytes[offset] ?? 0) & 0xc0) !== 0x80;
}

function checkFacet(facet: unknown, i: number, bytes: Uint8Array): string | undefined {
  const index = isObject(facet) && isObject(facet.index) ? facet.index : {};
  const [from, to] = [index.byteStart, index.byteEnd];
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || !Number.isInteger(to))
    return invalid(`Record/facets/${i}/index must have integer byteStart and byteEnd`);
  if (from < 0 || to <= from || to > bytes.length)
    return invalid(`Record/facets/${i}/index is outside the text (${bytes.length} bytes)`);
  if (!onBoundary(bytes, from) || !onBoundary(bytes, to))
    return invalid(`Record/facets/${i}/index splits a UTF-8 character`);
  const features = isObject(facet) ? facet.features : undefined;
  if (!Array.isArray(features) || features.length === 0)
    return invalid(`Record/facets/${i}/features must not be empty`);
  if (!features.every((f) => isObject(f) && FEATURE_TYPES.has(String(f.$type))))
    return invalid(`Record/facets/${i}/features has an unknown $type`);
  return undefined;
}

function checkFacets(facets: unknown, bytes: Uint8Array): string | undefined {
  if (facets === undefined) return undefined;
  if (!Array.isArray(facets)) return invalid('Record/facets must be an array');
  for (const [i, facet] of facets.entries()) {
    const problem = checkFacet(facet, i, bytes);
    if (problem) return problem;
  }
  return undefined;
}

function checkImages(state: SocialState, account: Account, embed: Json, refs: PostRefs): string | undefined {
  const images = embed.images;
  if (!Array.isArray(images) || images.length === 0 || images.length > 4)
    return invalid('Record/embed/images must hold 1 to 4 images');
  for (const [i, image] of images.entries()) {
    const blob = isObject(image) && isObject(image.image) ? image.image : undefined;
    const link = blob && isObject(blob.ref) ? blob.ref.$link : undefined;
    if (!isObject(image) || typeof image.alt !== 'string')
      return invalid(`Record/embed/images/${i} must have the property "alt"`);
    const media = state.media.find(
      (m) => m.platform === 'bluesky' && m.id === link && m.accountId === account.id,
    );
    if (!media) return `Could not find blob: ${String(link)}`;
    if (!media.mimeType.startsWith('image/'))
      return invalid(`Record/embed/images/${i}/image mimeType is not accepted`);
    if (media.size > MAX_IMAGE_BYTES)
      return invalid(`Record/embed/images/${i}/image file too big (max ${MAX_IMAGE_BYTES} bytes)`);
    refs.blobs.push(media.id);
  }
  return undefined;
}

function checkReply(state: SocialState, reply: unknown, refs: PostRefs): string | undefined {
  if (reply === undefined) return undefined;
  if (!isObject(reply)) return invalid('Record/reply must be an object');
  for (const key of ['root', 'parent'] as const) {
    const ref = reply[key];
    const post = isObject(ref) ? state.findPost('bluesky', String(ref.uri)) : undefined;
    if (!post || !isObject(ref) || post.extra.cid !== ref.cid)
      return invalid(`Record/reply/${key} does not reference an existing record (uri and cid)`);
    refs[key] = post.id;
  }
  return undefined;
}

/** Returns an error message (400 InvalidRequest) or the records the post refers to. */
export function validatePost(state: SocialState, account: Account, record: unknown): PostRefs | string {
  if (!isObject(record)) return invalid('Record must be an object');
  if (record.$type !== 'app.bsky.feed.post')
    return `Invalid $type: expected app.bsky.feed.post, got ${String(record.$type)}`;
  if (typeof record.text !== 'string') return invalid('Record must have the property "text"');
  if (typeof record.createdAt !== 'string' || Number.isNaN(Date.parse(record.createdAt)))
    return invalid('Record/createdAt must be an valid datetime string');
  const bytes = new TextEncoder().encode(record.text);
  if (bytes.length > MAX_TEXT_BYTES)
    return invalid(`Record/text must not be longer than ${MAX_TEXT_BYTES} characters`);
  if (graphemeCount(record.text) > MAX_GRAPHEMES)
    return invalid(`Record/text must not be longer than ${MAX_GRAPHEMES} graphemes`);
  const refs: PostRefs = { blobs: [] };
  const embed = record.embed;
  const problem =
    checkFacets(record.facets, bytes) ??
    checkReply(state, record.reply, refs) ??
    (isObject(embed) && embed.$type === 'app.bsky.embed.images'
      ? checkImages(state, account, embed, refs)
      : embed === undefined
        ? undefined
        : invalid('Record/embed: only app.bsky.embed.images is emulated'));
  return problem ?? refs;
}

export function postUri(account: Account, rkey: string): string {
  return `at://${didOf(account)}/app.bsky.feed.post/${rkey}`;
}
