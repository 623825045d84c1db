// LinkedIn's Posts API (/rest/posts): create (201, empty body, URN in x-restli-id), read back one
// post or the member's posts newest first (q=author), and delete. Commentary is little text.
import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SocialState } from '../state.js';
import type { EmulatedPost } from '../types.js';
import {
  accessDenied,
  badRequest,
  duplicatePost,
  inputError,
  notFound,
  type Reply,
  reply,
  schemaError,
  throttled,
} from './errors.js';
import type { Caller } from './gate.js';
import { parseLittleText } from './little-text.js';
import { isRecord, readBody, usableMedia } from './media.js';

export const MAX_COMMENTARY = 3000;
/** LinkedIn's documented per-member daily quota for creating posts; resets at midnight UTC. */
export const MEMBER_DAILY_POSTS = 150;
const VISIBILITIES = ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER'];

function secondsToUtcMidnight(nowMs: number): number {
  const next = new Date(nowMs);
  next.setUTCHours(24, 0, 0, 0);
  return Math.max(1, Math.ceil((next.getTime() - nowMs) / 1000));
}

const shareUrn = () =>
  `urn:li:share:7${String(randomInt(1e9)).padStart(9, '0')}${String(randomInt(1e9)).padStart(9, '0')}`;

/** Schema checks LinkedIn's Rest.li layer makes before any business rule. */
function schemaProblem(body: Record<string, unknown>, caller: Caller): Reply | undefined {
  if (typeof body.author !== 'string')
    return schemaError('author', 'field is required but not found and has no default value');
  if (body.author !== caller.urn) return accessDenied('partnerApiPostsExternal.CREATE');
  if (body.commentary !== undefined && typeof body.commentary !== 'string')
    return schemaError('commentary', 'data type is not a string');
  if (!VISIBILITIES.includes(String(body.visibility)))
    return schemaError('visibility', `"${String(body.visibility)}" is not an enum symbol`);
  if (!isRecord(body.distribution))
    return schemaError('distribution', 'field is required but not found and has no default value');
  if (body.lifecycleState !== 'PUBLISHED' && body.lifecycleState !== 'DRAFT')
    return schemaError('lifecycleState', `"${String(body.lifecycleState)}" is not an enum symbol`);
  return undefined;
}

export async function createPost(state: SocialState, req: IncomingMessage, caller: Caller): Promise<Reply> {
  const read = await readBody(req);
  if ('error' in read) return read.error;
  const { body } = read;
  const problem = schemaProblem(body, caller);
  if (problem) return problem;
  const media = usableMedia(state, caller, body.content);
  if (!Array.isArray(media)) return media;
  const commentary = (body.commentary as string | undefined) ?? '';
  if (commentary.length > MAX_COMMENTARY)
    return inputError(
      'MAX_LENGTH_EXCEEDED',
      `Text length ${commentary.length} exceeds the maximum of ${MAX_COMMENTARY}`,
      `commentary is longer than ${MAX_COMMENTARY} characters`,
      '/commentary',
    );
  const quota = state.hit(
    `linkedin:posts:${caller.account.id}`,
    MEMBER_DAILY_POSTS,
    secondsToUtcMidnight(state.now()),
  );
  if (quota.limited) return throttled('MEMBER');
  const parsed = parseLittleText(commentary);
  const duplicate = parsed.text !== '' && state.duplicateOf('linkedin', caller.account.id, parsed.text);
  if (duplicate) return duplicatePost(duplicate.id);
  const id = shareUrn();
  state.addPost({
    platform: 'linkedin',
    accountId: caller.account.id,
    handle: caller.account.handle,
    id,
    url: `${state.origin('linkedin')}/feed/update/${id}`,
    text: parsed.text,
    mediaIds: media,
    format: media.length > 0 ? 'image' : 'text',
    extra: {
      commentary: parsed.stored,
      truncated: parsed.truncated,
      // What LinkedIn made of the commentary: real hashtags and mentions, not escaped text.
      hashtags: parsed.hashtags,
      mentions: parsed.mentions,
      visibility: body.visibility,
      distribution: body.distribution,
      lifecycleState: body.lifecycleState,
      isReshareDisabledByAuthor: body.isReshareDisabledByAuthor === true,
      ...(body.content === undefined ? {} : { content: body.content }),
    },
  });
  return reply(201, undefined, { 'x-restli-id': id });
}

/** A post as GET /rest/posts returns it. */
export function restPost(post: EmulatedPost): Record<string, unknown> {
  const at = Date.parse(post.createdAt);
  const { commentary, visibility, distribution, lifecycleState, isReshareDisabledByAuthor, content } =
    post.extra;
  return {
    id: post.id,
    author: `urn:li:person:${post.accountId}`,
    commentary,
    visibility,
    distribution,
    lifecycleState,
    lifecycleStateInfo: { isEditedByAuthor: false },
    isReshareDisabledByAuthor,
    createdAt: at,
    publishedAt: at,
    lastModifiedAt: at,
    ...(content === undefined ? {} : { content }),
  };
}

/** GET /rest/posts?q=author&author=…&start&count: the member's own posts, newest first. */
export function listPosts(state: SocialState, url: URL, caller: Caller): Reply {
  if (url.searchParams.get('q') !== 'author') return badRequest('Unsupported finder; use q=author');
  if (url.searchParams.get('author') !== caller.urn)
    return accessDenied('partnerApiPostsExternal.FINDER-author');
  const start = Math.max(0, Number(url.searchParams.get('start') ?? 0) || 0);
  const count = Math.min(100, Math.max(1, Number(url.searchParams.get('count') ?? 10) || 10));
  const posts = state
    .livePosts('linkedin', caller.account.id)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const page = posts.slice(start, start + count);
  const links =
    start + count < posts.length
      ? [
          {
            type: 'application/json',
            rel: 'next',
            href: `/rest/posts?q=author&start=${start + count}&count=${count}`,
          },
        ]
      : [];
  return reply(200, { paging: { start, count, links, total: posts.length }, elements: page.map(restPost) });
}

function ownPost(state: SocialState, urn: string, caller: Caller, method: string): EmulatedPost | Reply {
  const post = state.posts.find((p) => p.platform === 'linkedin' && p.id === urn);
  if (!post) return notFound(`Post ${urn} does not exist`);
  if (post.accountId !== caller.account.id) return accessDenied(`partnerApiPostsExternal.${method}`);
  return post;
}

export function getPost(state: SocialState, urn: string, caller: Caller): Reply {
  const post = ownPost(state, urn, caller, 'GET');
  if ('status' in post) return post;
  return post.deleted ? notFound(`Post ${urn} does not exist`) : reply(200, restPost(post));
}

/** Deleting an already deleted post is a success, as on LinkedIn. */
export function deletePost(state: SocialState, urn: string, caller: Caller): Reply {
  const post = ownPost(state, urn, caller, 'DELETE');
  if ('status' in post) return post;
  if (!post.deleted) {
    post.deleted = true;
    state.onChange();
  }
  return reply(204);
}
