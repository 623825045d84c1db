// The Medium SocialClient over Medium's legacy API (officially unsupported since 2023: existing
// integration tokens only). Integration tokens never expire and cannot be refreshed; Medium has no
// metrics, listing or deletion, and the client says so instead of inventing numbers.
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, type HttpSettings, platformFetch, readJson } from '../http.js';
import type { OutgoingPost, Profile, PublishedPost, Session, SocialClient } from '../port.js';

export interface MediumSettings {
  /** https://api.medium.com */
  apiUrl: string;
  http: HttpSettings;
}

const MAX_TITLE = 100;
const MAX_TAGS = 3;
const MAX_TAG_LENGTH = 25;
/** Medium publishes no article length limit; this only guards against runaway input. */
const MAX_ARTICLE = 100_000;

const userSchema = z.object({
  data: z.object({
    id: z.string().min(1),
    username: z.string(),
    name: z.string(),
    url: z.string().optional(),
    imageUrl: z.string().optional(),
  }),
});
const postSchema = z.object({
  data: z.object({ id: z.string().min(1), url: z.string(), publishedAt: z.number().optional() }),
});
type MediumErrorBody = { errors?: { message?: string; code?: number }[] };

interface Call {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  effect: 'read' | 'write';
  /** While checking a token the user just typed, a refusal means "wrong token", not "revoked". */
  login?: boolean;
}

async function failure(response: Response, call: Call): Promise<PlatformError> {
  const status = response.status;
  const body = await readJson<MediumErrorBody>('medium', response).catch(() => ({}) as MediumErrorBody);
  const detail = (body.errors?.[0]?.message ?? '').slice(0, 200);
  if (status === 401)
    return call.login
      ? new PlatformError('medium', 'INVALID_GRANT', 'Medium did not accept this integration token', {
          status,
        })
      : new PlatformError('medium', 'REVOKED', 'Medium refused the integration token (revoked?)', { status });
  if (status === 400)
    return new PlatformError('medium', 'INVALID_CONTENT', `Medium refused the story: ${detail}`, { status });
  // Medium documents 403 for "no permission to publish" and for an author id that is not the
  // token's user: either way the connection cannot publish for this account.
  if (status === 403)
    return new PlatformError(
      'medium',
      'FORBIDDEN',
      'Medium does not let this token publish for this account',
      {
        status,
      },
    );
  return genericFailure('medium', response, call.effect);
}

async function mediumCall<T>(
  settings: MediumSettings,
  token: string,
  call: Call,
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await platformFetch(settings.http, {
    platform: 'medium',
    url: `${settings.apiUrl.replace(/\/+$/, '')}${call.path}`,
    method: call.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'accept-charset': 'utf-8',
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    effect: call.effect,
  });
  if (!response.ok) throw await failure(response, call);
  const parsed = schema.safeParse(await readJson('medium', response));
  if (!parsed.success)
    throw new PlatformError('medium', 'UNAVAILABLE', 'Medium answered in an unexpected shape');
  return parsed.data;
}

async function me(settings: MediumSettings, token: string, login = false): Promise<Profile> {
  const { data } = await mediumCall(settings, token, { path: '/v1/me', effect: 'read', login }, userSchema);
  return {
    id: data.id,
    handle: data.username,
    displayName: data.name || data.username,
    ...(data.imageUrl ? { avatarUrl: data.imageUrl } : {}),
    ...(data.url ? { profileUrl: data.url } : {}),
  };
}

/** Medium uses the first three tags and ignores any longer than 25 characters: pick three that count. */
export function mediumTags(tags: string[] = []): string[] {
  const cleaned = tags.map((tag) => tag.replace(/^#+/, '').trim()).filter((tag) => tag.length > 0);
  return [...new Set(cleaned)].filter((tag) => tag.length <= MAX_TAG_LENGTH).slice(0, MAX_TAGS);
}

/** Medium does not show the `title` field on the story page: the body must carry it. */
function withTitle(title: string, text: string, format: 'markdown' | 'html'): string {
  const start = text.trimStart();
  if (format === 'markdown') return /^#{1,2}\s/.test(start) ? text : `# ${title}\n\n${text}`;
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return /^<h[12][\s>]/i.test(start) ? text : `<h1>${escaped}</h1>\n${text}`;
}

async function publish(
  settings: MediumSettings,
  session: Session,
  post: OutgoingPost,
): Promise<PublishedPost> {
  const title = post.title?.trim() ?? '';
  if (!title) throw new PlatformError('medium', 'INVALID_CONTENT', 'A Medium story needs a title');
  if (title.length > MAX_TITLE)
    throw new PlatformError(
      'medium',
      'INVALID_CONTENT',
      `Medium ignores titles longer than ${MAX_TITLE} characters`,
    );
  if (post.text.trim() === '')
    throw new PlatformError('medium', 'INVALID_CONTENT', 'A Medium story needs a body');
  if (post.replyTo || (post.media?.length ?? 0) > 0)
    throw new PlatformError('medium', 'INVALID_CONTENT', 'Medium stories take no threads or attached media');
  const format = post.format ?? 'markdown';
  const { data } = await mediumCall(
    settings,
    session.accessToken,
    {
      method: 'POST',
      path: `/v1/users/${encodeURIComponent(session.account.id)}/posts`,
      body: {
        title,
        contentFormat: format,
        content: withTitle(title, post.text, format),
        tags: mediumTags(post.tags),
        publishStatus: 'public',
      },
      effect: 'write',
    },
    postSchema,
  );
  return { id: data.id, url: data.url, publishedAt: new Date(data.publishedAt ?? Date.now()) };
}

export function createMediumClient(settings: MediumSettings): SocialClient {
  return {
    platform: 'medium',
    connectMethod: 'integration_token',
    refreshes: false,
    loginWithSecret: async ({ secret }) => {
      if (secret.trim() === '')
        throw new PlatformError('medium', 'INVALID_GRANT', 'An integration token is required');
      const profile = await me(settings, secret.trim(), true);
      return { tokens: { accessToken: secret.trim(), scopes: [] }, account: { id: profile.id } };
    },
    profile: (session) => me(settings, session.accessToken),
    limits: async () => ({
      maxLength: MAX_ARTICLE,
      counting: 'characters',
      maxMedia: 0,
      threads: false,
      requiresTitle: true,
    }),
    publish: (session, post) => publish(settings, session, post),
    delete: async () => {
      throw new PlatformError(
        'medium',
        'FORBIDDEN',
        "Medium's API cannot delete stories: delete it on medium.com",
      );
    },
    // Medium's API reports no numbers at all: "not available", never zeros.
    postMetrics: async () => null,
    accountMetrics: async () => ({}),
  };
}
