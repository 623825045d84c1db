// Medium's POST /v1/users/{authorId}/posts as its (legacy) docs describe it: title, contentFormat
// html|markdown, content, up to 3 tags of at most 25 characters, canonicalUrl, publishStatus,
// license. Answers 201 with the Post in a data envelope. Also the readable page of a post.
import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { escapeHtml, sendMissingPage, sendPage } from '../pages.js';
import type { SocialState } from '../state.js';
import type { Account, EmulatedPost } from '../types.js';

export interface MediumAnswer {
  status: number;
  body: unknown;
}

/** ⚠ Medium documents no codes for validation errors; 2000 stands in for them. */
export const mediumError = (status: number, message: string, code = 2000): MediumAnswer => ({
  status,
  body: { errors: [{ message, code }] },
});

const LICENSES: Record<string, string> = {
  'all-rights-reserved': 'https://medium.com/policy/9db0094a1e0f',
  'cc-40-by': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-40-by-sa': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-40-by-nd': 'https://creativecommons.org/licenses/by-nd/4.0/',
  'cc-40-by-nc': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-40-by-nc-nd': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  'cc-40-by-nc-sa': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'cc-40-zero': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'public-domain': 'https://creativecommons.org/publicdomain/mark/1.0/',
};
const STATUSES = ['public', 'draft', 'unlisted'];
const MAX_TITLE = 100;

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'post';

/** "Titles longer than 100 characters will be ignored": Medium synthesizes one from the content. */
function effectiveTitle(title: string, content: string): string {
  if (title.length <= MAX_TITLE) return title;
  const firstLine =
    content
      .replace(/<[^>]*>/g, ' ')
      .replace(/^[#\s]+/, '')
      .split('\n')[0] ?? '';
  return firstLine.trim().slice(0, MAX_TITLE) || 'Untitled';
}

function validate(body: Record<string, unknown>): MediumAnswer | undefined {
  if (typeof body.title !== 'string' || body.title.trim() === '')
    return mediumError(400, 'Title is required.');
  if (body.contentFormat !== 'html' && body.contentFormat !== 'markdown')
    return mediumError(400, 'contentFormat must be "html" or "markdown".');
  // The one validation code seen in the wild (2002); the others are placeholders.
  if (typeof body.content !== 'string' || body.content.trim() === '')
    return mediumError(400, 'No content specified.', 2002);
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string')))
    return mediumError(400, 'tags must be an array of strings.');
  if (body.publishStatus !== undefined && !STATUSES.includes(String(body.publishStatus)))
    return mediumError(400, 'publishStatus must be one of public, draft, unlisted.');
  if (body.license !== undefined && !(String(body.license) in LICENSES))
    return mediumError(400, 'license is not a valid license.');
  if (body.canonicalUrl !== undefined && typeof body.canonicalUrl !== 'string')
    return mediumError(400, 'canonicalUrl must be a string.');
  return undefined;
}

function present(post: EmulatedPost): unknown {
  const extra = post.extra as {
    tags: string[];
    canonicalUrl?: string;
    publishStatus: string;
    license: string;
  };
  return {
    data: {
      id: post.id,
      title: post.title,
      authorId: post.accountId,
      tags: extra.tags,
      url: post.url,
      ...(extra.canonicalUrl ? { canonicalUrl: extra.canonicalUrl } : {}),
      publishStatus: extra.publishStatus,
      ...(extra.publishStatus === 'draft' ? {} : { publishedAt: Date.parse(post.createdAt) }),
      license: extra.license,
      licenseUrl: LICENSES[extra.license],
    },
  };
}

export function createArticle(
  state: SocialState,
  account: Account,
  body: Record<string, unknown>,
): MediumAnswer {
  const problem = validate(body);
  if (problem) return problem;
  const content = body.content as string;
  const title = effectiveTitle(body.title as string, content);
  const id = randomBytes(6).toString('hex');
  // Only the first three tags are used; of those, any longer than 25 characters is ignored.
  const tags = ((body.tags as string[] | undefined) ?? []).slice(0, 3).filter((tag) => tag.length <= 25);
  const post = state.addPost({
    platform: 'medium',
    accountId: account.id,
    handle: account.handle,
    id,
    url: `${state.origin('medium')}/@${account.handle}/${slugOf(title)}-${id}`,
    text: content,
    title,
    mediaIds: [],
    format: 'article',
    extra: {
      contentFormat: body.contentFormat,
      tags,
      canonicalUrl: body.canonicalUrl,
      publishStatus: (body.publishStatus as string | undefined) ?? 'public',
      license: (body.license as string | undefined) ?? 'all-rights-reserved',
      notifyFollowers: body.notifyFollowers === true,
    },
  });
  return { status: 201, body: present(post) };
}

/** The stable handle of a sandbox integration token: derived from a hash, so the token never shows. */
export function sandboxHandle(token: string): string {
  return `writer-${createHash('sha256').update(token).digest('hex').slice(0, 8)}`;
}

/** https://medium.com/@handle/slug-id */
export function articlePage(state: SocialState, res: ServerResponse, handle: string, slug: string): void {
  const id = slug.split('-').at(-1) ?? '';
  const post = state.livePosts('medium').find((p) => p.id === id && p.handle === handle);
  if (!post) {
    sendMissingPage(res, 'This story');
    return;
  }
  const tags = (post.extra.tags as string[]).map((t) => `<code>${escapeHtml(t)}</code>`).join(' ');
  sendPage(
    res,
    200,
    post.title ?? 'Medium story',
    `<h1>${escapeHtml(post.title ?? '')}</h1><p class="meta">@${escapeHtml(handle)} on Medium · ${escapeHtml(post.createdAt)} · ${escapeHtml(String(post.extra.contentFormat))} ${tags}</p>
<div class="text">${escapeHtml(post.text)}</div>`,
  );
}

/** https://medium.com/@handle: the account's stories, newest first. */
export function profilePage(state: SocialState, res: ServerResponse, handle: string): void {
  const account = state.accounts.find((a) => a.platform === 'medium' && a.handle === handle);
  if (!account) {
    sendMissingPage(res, `@${handle}`);
    return;
  }
  const items = state
    .livePosts('medium', account.id)
    .reverse()
    .map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title ?? p.id)}</a></li>`)
    .join('');
  sendPage(
    res,
    200,
    `${account.name} – Medium`,
    `<h1>${escapeHtml(account.name)}</h1><p class="meta">@${escapeHtml(handle)} on Medium</p><ul>${items || '<li>No stories yet.</li>'}</ul>`,
  );
}
