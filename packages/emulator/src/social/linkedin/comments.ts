// LinkedIn's Comments API on a post: GET /rest/socialActions/{urn}/comments (Rest.li paging) and
// POST to comment as the member. The comments people leave come from the shared engagement model:
// the k-th one is dated when the model's comment count first reached k, so the list, the COMMENT
// metric and its daily numbers agree at any clock time; the member's own comments add to them.
import type { IncomingMessage } from 'node:http';
import { engagementAt } from '../engagement.js';
import type { SocialState } from '../state.js';
import { randomId, unitHash } from '../state.js';
import type { Account, EmulatedPost } from '../types.js';
import { accessDenied, badRequest, inputError, notFound, type Reply, reply, schemaError } from './errors.js';
import type { Caller } from './gate.js';
import { isRecord, readBody } from './media.js';

/** ⚠ LinkedIn's comment length limit as its UI states it; the API's own is undocumented. */
export const MAX_COMMENT = 1250;

export interface StoredComment {
  id: string;
  actor: string;
  text: string;
  time: number;
}

const REMARKS = [
  'Great point, thanks for sharing.',
  'This matches what we saw last quarter.',
  'Saving this for our next planning session.',
  'Curious how you measured it?',
  'Well put. The second part especially.',
  'We tried something similar and it worked.',
];

/** A 19-digit id like LinkedIn's, stable for a seed. */
const numericId = (seed: string) =>
  `7${[`${seed}:a`, `${seed}:b`].map((s) => String(Math.floor(unitHash(s) * 1e9)).padStart(9, '0')).join('')}`;

const ownComments = (post: EmulatedPost) => (post.extra.comments as StoredComment[] | undefined) ?? [];

/**
 * When the model's comment count on `post` first reached `k`: the first whole second after the post
 * at which it had (binary search). Exact, so a comment keeps its time as the clock moves on.
 */
function reachedAt(post: EmulatedPost, author: Account, k: number, nowMs: number): number {
  const created = Date.parse(post.createdAt);
  let low = 0;
  let high = Math.ceil((nowMs - created) / 1000);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (engagementAt(post, author, created + middle * 1000).comments >= k) high = middle;
    else low = middle + 1;
  }
  return created + high * 1000;
}

/** Every comment on the post at `nowMs`, oldest first. */
export function commentsAt(post: EmulatedPost, author: Account, nowMs: number): StoredComment[] {
  const seeded = engagementAt(post, author, nowMs).comments;
  const people = Array.from({ length: seeded }, (_, i) => {
    const seed = `${post.id}:comment:${i + 1}`;
    return {
      id: numericId(seed),
      actor: `urn:li:person:${numericId(`${seed}:actor`).slice(0, 10)}`,
      text: REMARKS[Math.floor(unitHash(`${seed}:text`) * REMARKS.length)] ?? '',
      time: reachedAt(post, author, i + 1, nowMs),
    };
  });
  const own = ownComments(post).filter((c) => c.time <= nowMs);
  return [...people, ...own].sort((a, b) => a.time - b.time);
}

/** The COMMENT metric at `atMs`: the people's comments plus the member's own, up to then. */
export function commentCountAt(post: EmulatedPost, author: Account, atMs: number): number {
  const own = ownComments(post).filter((c) => c.time <= atMs).length;
  return engagementAt(post, author, atMs).comments + own;
}

function present(post: EmulatedPost, comment: StoredComment): Record<string, unknown> {
  const stamp = { actor: comment.actor, time: comment.time };
  return {
    actor: comment.actor,
    id: comment.id,
    // ⚠ LinkedIn names the activity behind a share here; the emulator names the post itself.
    commentUrn: `urn:li:comment:(${post.id},${comment.id})`,
    object: post.id,
    message: { text: comment.text, attributes: [] },
    created: stamp,
    lastModified: stamp,
  };
}

function livePost(state: SocialState, urn: string): { post: EmulatedPost; author: Account } | Reply {
  const post = state.findPost('linkedin', urn);
  const author = post && state.accountById('linkedin', post.accountId);
  return post && author ? { post, author } : notFound(`Entity ${urn} does not exist`);
}

/** GET /rest/socialActions/{urn}/comments?start&count */
export function listComments(state: SocialState, url: URL, urn: string): Reply {
  const found = livePost(state, urn);
  if ('status' in found) return found;
  const start = Math.max(0, Number(url.searchParams.get('start') ?? 0) || 0);
  const count = Math.min(100, Math.max(1, Number(url.searchParams.get('count') ?? 10) || 10));
  const all = commentsAt(found.post, found.author, state.now());
  return reply(200, {
    paging: { start, count, total: all.length, links: [] },
    elements: all.slice(start, start + count).map((c) => present(found.post, c)),
  });
}

/** POST /rest/socialActions/{urn}/comments {actor, object, message:{text}} as the member. */
export async function createComment(
  state: SocialState,
  req: IncomingMessage,
  urn: string,
  caller: Caller,
): Promise<Reply> {
  const read = await readBody(req);
  if ('error' in read) return read.error;
  const { actor, object, message } = read.body;
  if (typeof actor !== 'string')
    return schemaError('actor', 'field is required but not found and has no default value');
  if (actor !== caller.urn) return accessDenied('partnerApiSocialActions.CREATE');
  if (object !== undefined && object !== urn)
    return badRequest(`object ${String(object)} does not match ${urn}`);
  const text = isRecord(message) ? message.text : undefined;
  if (typeof text !== 'string' || text.trim() === '')
    return schemaError('message/text', 'field is required but not found and has no default value');
  if (text.length > MAX_COMMENT)
    return inputError(
      'MAX_LENGTH_EXCEEDED',
      `Comment exceeds ${MAX_COMMENT} characters`,
      'message is too long',
      '/message/text',
    );
  const found = livePost(state, urn);
  if ('status' in found) return found;
  const comment: StoredComment = {
    id: numericId(`${urn}:own:${randomId()}`),
    actor,
    text,
    time: state.now(),
  };
  found.post.extra.comments = [...ownComments(found.post), comment];
  state.onChange();
  const created = present(found.post, comment);
  return reply(201, created, { 'x-restli-id': String(created.commentUrn) });
}
