// Statuses on an emulated instance: posting with Idempotency-Key (the same key from the same account
// within an hour returns the first status, HTTP 200), Mastodon's length rule (graphemes, every URL
// counts 23, remote mentions count their local part), replies, media, deletion and listing.
import type { Account, EmulatedPost } from '../types.js';
import {
  type Answer,
  accountIdOf,
  actionLimit,
  answer,
  type Body,
  field,
  instanceUrl,
  list,
  type MastoContext,
  mastoError,
  notFound,
  readBody,
  snowflake,
  validationFailed,
} from './api.js';
import { maxCharacters, statusView } from './views.js';

const IDEMPOTENCY_SECONDS = 3600;
const VISIBILITIES = ['public', 'unlisted', 'private', 'direct'];
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const REMOTE_MENTION = /(^|[^\w/])@(\w+)@[\w.-]+\w/g;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Mastodon's StatusLengthValidator: URLs as 23 characters, `@user@domain` as `@user`. */
export function countableLength(text: string): number {
  const countable = text
    .replace(URL_PATTERN, (url) => `${'x'.repeat(23)}${/[.,;:!?)'"]+$/.exec(url)?.[0] ?? ''}`)
    .replace(REMOTE_MENTION, '$1@$2');
  return [...segmenter.segment(countable)].length;
}

function ownPost(ctx: MastoContext, id: string): EmulatedPost | undefined {
  const post = ctx.state.findPost('mastodon', id);
  return post && post.extra.server === ctx.host ? post : undefined;
}

/** The first status posted with this key by this account in the last hour, if any. */
function idempotentReplay(ctx: MastoContext, key: string): Answer | undefined {
  const id = ctx.state.idempotency.get(`mastodon:${ctx.account?.id}:${key}`);
  const post = id ? ctx.state.posts.find((p) => p.platform === 'mastodon' && p.id === id) : undefined;
  if (!post || Date.parse(post.createdAt) + IDEMPOTENCY_SECONDS * 1000 < ctx.state.now()) return undefined;
  return post.deleted ? notFound() : answer(200, statusView(ctx, post));
}

function checkMedia(ctx: MastoContext, ids: string[]): Answer | undefined {
  if (ids.length > 4) return mastoError(422, 'Cannot attach more than 4 files');
  for (const id of ids) {
    const media = ctx.state.media.find(
      (m) => m.platform === 'mastodon' && m.id === id && m.accountId === ctx.account?.id,
    );
    if (!media) return validationFailed(`Media attachment ${id} could not be found`);
    if (media.pendingChecks)
      return mastoError(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
  }
  return undefined;
}

function checkText(ctx: MastoContext, text: string, media: number, visibility: string): Answer | undefined {
  const max = maxCharacters(ctx);
  if (!text.trim() && media === 0) return validationFailed("Text can't be blank");
  if (countableLength(text) > max) return validationFailed(`Text character limit of ${max} exceeded`);
  if (!VISIBILITIES.includes(visibility)) return validationFailed('Visibility is not included in the list');
  return undefined;
}

function storeStatus(
  ctx: MastoContext,
  body: Body,
  parent: EmulatedPost | undefined,
  key: string | undefined,
) {
  const account = ctx.account as Account;
  const id = snowflake(ctx.state.now());
  const mediaIds = list(body, 'media_ids');
  const post = ctx.state.addPost({
    platform: 'mastodon',
    accountId: account.id,
    handle: account.handle,
    id,
    url: `${instanceUrl(ctx)}/@${account.handle}/${id}`,
    text: field(body, 'status') ?? '',
    replyToId: parent?.id,
    rootId: parent ? (parent.rootId ?? parent.id) : undefined,
    mediaIds,
    format: mediaIds.length > 0 ? 'image' : parent ? 'thread_part' : 'text',
    idempotencyKey: key,
    extra: {
      server: ctx.host,
      visibility: field(body, 'visibility') ?? 'public',
      language: field(body, 'language') ?? null,
    },
  });
  if (key) {
    ctx.state.idempotency.set(`mastodon:${account.id}:${key}`, post.id);
    ctx.state.onChange();
  }
  return post;
}

export async function createStatus(ctx: MastoContext): Promise<Answer> {
  const body = await readBody(ctx.req);
  const header = ctx.req.headers['idempotency-key'];
  const key = typeof header === 'string' && header ? header : undefined;
  const replay = key ? idempotentReplay(ctx, key) : undefined;
  if (replay) return replay;
  const replyTo = field(body, 'in_reply_to_id');
  const parent = replyTo ? ctx.state.findPost('mastodon', replyTo) : undefined;
  if (replyTo && !parent) return notFound();
  const mediaIds = list(body, 'media_ids');
  const problem =
    checkMedia(ctx, mediaIds) ??
    checkText(ctx, field(body, 'status') ?? '', mediaIds.length, field(body, 'visibility') ?? 'public');
  if (problem) return problem;
  return answer(200, statusView(ctx, storeStatus(ctx, body, parent, key)));
}

export function getStatus(ctx: MastoContext, id: string): Answer {
  const post = ownPost(ctx, id);
  return post ? answer(200, statusView(ctx, post)) : notFound();
}

/** Only the author may delete; the answer carries the source text (for "delete and redraft"). */
export function deleteStatus(ctx: MastoContext, id: string): Answer {
  const post = ownPost(ctx, id);
  if (!post || post.accountId !== ctx.account?.id) return notFound();
  const limited = actionLimit(ctx, 'delete');
  if (limited) return limited;
  post.deleted = true;
  ctx.state.onChange();
  return answer(200, statusView(ctx, post, { withSource: true }));
}

/** Newest first, paginated with max_id/since_id and a Link header like Mastodon's. */
export function accountStatuses(ctx: MastoContext, accountId: string): Answer {
  const account = ctx.state.accounts.find(
    (a) => a.platform === 'mastodon' && a.server === ctx.host && accountIdOf(a) === accountId,
  );
  if (!account) return notFound();
  const params = ctx.url.searchParams;
  const limit = Math.min(Math.max(Number(params.get('limit') ?? 20) || 20, 1), 40);
  const maxId = params.get('max_id');
  const sinceId = params.get('since_id');
  const excludeReplies = params.get('exclude_replies') === 'true';
  const newer = (a: string, b: string) => BigInt(a) > BigInt(b);
  const posts = ctx.state
    .livePosts('mastodon', account.id)
    .filter((p) => (!maxId || newer(maxId, p.id)) && (!sinceId || newer(p.id, sinceId)))
    .filter((p) => !excludeReplies || !p.replyToId)
    .sort((a, b) => (newer(a.id, b.id) ? -1 : 1))
    .slice(0, limit);
  const last = posts[posts.length - 1];
  const base = `${instanceUrl(ctx)}/api/v1/accounts/${accountId}/statuses`;
  const first = posts[0];
  const links = [
    last && posts.length === limit ? `<${base}?limit=${limit}&max_id=${last.id}>; rel="next"` : undefined,
    first ? `<${base}?limit=${limit}&min_id=${first.id}>; rel="prev"` : undefined,
  ].filter(Boolean);
  return answer(
    200,
    posts.map((post) => statusView(ctx, post)),
    links.length > 0 ? { link: links.join(', ') } : {},
  );
}
