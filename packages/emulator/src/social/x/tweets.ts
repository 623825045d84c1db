// Creating and deleting tweets (POST /2/tweets, DELETE /2/tweets/:id) with X's checks: 280
// weighted characters (twitter-text, the library X publishes for exactly this), replies only to a
// visible tweet, media only the user's own unexpired uploads, and duplicate text refused with 403.
import twitterText from 'twitter-text';
import { BadJson, readJson } from '../../http.js';
import type { EmulatedPost } from '../types.js';
import type { ApiContext } from './guard.js';
import {
  DUPLICATE_DETAIL,
  forbidden,
  invalidRequest,
  snowflake,
  TOO_LONG_MESSAGE,
  type XReply,
} from './shapes.js';

// twitter-text is CommonJS: its named exports are only reachable through the default import.
const { parseTweet } = twitterText;

export const MAX_WEIGHTED_LENGTH = 280;
export const MAX_MEDIA = 4;
/** Uploaded media must be attached within a day (`expires_after_secs`). */
export const MEDIA_LIFETIME_SECONDS = 86_400;

interface CreateBody {
  text?: unknown;
  reply?: { in_reply_to_tweet_id?: unknown };
  media?: { media_ids?: unknown };
}

async function readBody(ctx: ApiContext): Promise<CreateBody | XReply> {
  try {
    const body = await readJson(ctx.req);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return invalidRequest('The request body must be a JSON object.');
    return body as CreateBody;
  } catch (error) {
    if (error instanceof BadJson) return invalidRequest('Request body is not valid JSON.');
    throw error;
  }
}

function checkMedia(ctx: ApiContext, ids: unknown): string[] | XReply {
  if (ids === undefined) return [];
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > MAX_MEDIA)
    return invalidRequest(`media.media_ids must hold 1 to ${MAX_MEDIA} ids.`, 'media.media_ids');
  const oldest = ctx.state.now() - MEDIA_LIFETIME_SECONDS * 1000;
  for (const id of ids) {
    const media = ctx.state.media.find((m) => m.platform === 'x' && m.id === id);
    if (!media || media.accountId !== ctx.account.id || Date.parse(media.createdAt) < oldest)
      return invalidRequest('Your media IDs are invalid.', 'media.media_ids', String(id));
  }
  return ids.map(String);
}

function checkReply(ctx: ApiContext, id: unknown): EmulatedPost | undefined | XReply {
  if (id === undefined) return undefined;
  const parent = typeof id === 'string' ? ctx.state.findPost('x', id) : undefined;
  return parent ?? forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.');
}

function checkText(ctx: ApiContext, text: unknown, hasMedia: boolean): string | XReply {
  if (text !== undefined && typeof text !== 'string') return invalidRequest('text must be a string.', 'text');
  const value = (text ?? '').normalize('NFC');
  if (value.trim() === '' && !hasMedia)
    return invalidRequest('Requires one of the following fields: text, media.', 'text');
  if (parseTweet(value).weightedLength > MAX_WEIGHTED_LENGTH) return invalidRequest(TOO_LONG_MESSAGE);
  if (value !== '' && ctx.state.duplicateOf('x', ctx.account.id, value)) return forbidden(DUPLICATE_DETAIL);
  return value;
}

const isReply = (value: unknown): value is XReply =>
  typeof value === 'object' && value !== null && 'status' in value;

export async function createTweet(ctx: ApiContext): Promise<XReply> {
  const body = await readBody(ctx);
  if (isReply(body)) return body;
  const mediaIds = checkMedia(ctx, body.media?.media_ids);
  if (isReply(mediaIds)) return mediaIds;
  const parent = checkReply(ctx, body.reply?.in_reply_to_tweet_id);
  if (isReply(parent)) return parent;
  const text = checkText(ctx, body.text, mediaIds.length > 0);
  if (isReply(text)) return text;
  const { state, account } = ctx;
  const id = snowflake(state.now());
  // A reply to one's own tweet makes both parts of a thread (engagement differs for threads).
  if (parent && parent.accountId === account.id && parent.format === 'text') parent.format = 'thread_part';
  state.addPost({
    platform: 'x',
    accountId: account.id,
    handle: account.handle,
    id,
    url: `${state.origin('x')}/${account.handle}/status/${id}`,
    text,
    replyToId: parent?.id,
    rootId: parent ? (parent.rootId ?? parent.id) : undefined,
    mediaIds,
    format: mediaIds.length > 0 ? 'image' : parent ? 'thread_part' : 'text',
    extra: { clientId: ctx.token.clientId },
  });
  return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
}

/** ⚠ X's answer for a tweet that is already gone is undocumented; this emulator says 404. */
export function deleteTweet(ctx: ApiContext): XReply {
  const id = ctx.params[0] ?? '';
  const post = ctx.state.findPost('x', id);
  if (!post)
    return {
      status: 404,
      body: {
        title: 'Not Found Error',
        detail: `Could not find tweet with id: [${id}].`,
        type: 'https://api.twitter.com/2/problems/resource-not-found',
        status: 404,
      },
    };
  if (post.accountId !== ctx.account.id) return forbidden('You are not authorized to delete this Tweet.');
  post.deleted = true;
  ctx.state.onChange();
  return { status: 200, body: { data: { deleted: true } } };
}
