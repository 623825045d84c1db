// Reading from a Mastodon instance: its limits (GET /api/v2/instance, cached an hour per instance,
// with the v1 endpoint for servers older than 4.0), the profile and counts (verify_credentials),
// a status's replies/boosts/favourites, and the account's recent statuses for reconciliation.
import { z } from 'zod';
import { isPlatformError } from '../errors.js';
import type {
  AccountMetrics,
  PlatformLimits,
  PostMetrics,
  Profile,
  PublishedPost,
  RecentPost,
  Session,
} from '../port.js';
import { type InstanceInfo, instanceBase, type MastodonContext, mastodonCall } from './api.js';
import { baseOfSession, statusSchema } from './publish.js';

const INSTANCE_TTL_MS = 3600_000;
const MAX_PAGES = 5;

const instanceSchema = z.object({
  domain: z.string().optional(),
  uri: z.string().optional(),
  configuration: z
    .object({
      statuses: z
        .object({
          max_characters: z.number().int().positive().optional(),
          max_media_attachments: z.number().int().positive().optional(),
        })
        .optional(),
    })
    .optional(),
  max_toot_chars: z.number().int().positive().optional(),
});
const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string(),
  avatar: z.string().optional(),
  url: z.string().optional(),
  followers_count: z.number().int().nonnegative(),
  following_count: z.number().int().nonnegative(),
  statuses_count: z.number().int().nonnegative(),
});

async function instanceInfo(ctx: MastodonContext, base: string): Promise<InstanceInfo> {
  const cached = ctx.instances.get(base);
  if (cached && Date.now() - cached.fetchedAt < INSTANCE_TTL_MS) return cached.info;
  const read = (path: string) => mastodonCall(ctx, { base, path, effect: 'read' }, instanceSchema);
  const found = await read('/api/v2/instance').catch((error: unknown) => {
    if (isPlatformError(error, 'NOT_FOUND')) return read('/api/v1/instance');
    throw error;
  });
  const info: InstanceInfo = {
    domain: found.domain ?? found.uri ?? new URL(base).host,
    maxCharacters: found.configuration?.statuses?.max_characters ?? found.max_toot_chars ?? 500,
    maxMedia: found.configuration?.statuses?.max_media_attachments ?? 4,
  };
  ctx.instances.set(base, { fetchedAt: Date.now(), info });
  return info;
}

export async function limits(ctx: MastodonContext, session: Session): Promise<PlatformLimits> {
  const info = await instanceInfo(ctx, baseOfSession(session));
  return {
    maxLength: info.maxCharacters,
    counting: 'characters',
    maxMedia: info.maxMedia,
    threads: true,
    requiresTitle: false,
  };
}

const verifyCredentials = (ctx: MastodonContext, session: Session) =>
  mastodonCall(
    ctx,
    {
      base: baseOfSession(session),
      path: '/api/v1/accounts/verify_credentials',
      token: session.accessToken,
      effect: 'read',
    },
    accountSchema,
  );

export async function profile(ctx: MastodonContext, session: Session): Promise<Profile> {
  const account = await verifyCredentials(ctx, session);
  const base = instanceBase(session.account.serverUrl ?? '');
  const { domain } = await instanceInfo(ctx, base);
  return {
    id: account.id,
    handle: account.acct.includes('@') ? account.acct : `${account.acct}@${domain}`,
    displayName: account.display_name || account.username,
    avatarUrl: account.avatar,
    profileUrl: account.url,
    serverUrl: base,
  };
}

export async function accountMetrics(ctx: MastodonContext, session: Session): Promise<AccountMetrics> {
  const account = await verifyCredentials(ctx, session);
  return {
    followers: account.followers_count,
    following: account.following_count,
    posts: account.statuses_count,
  };
}

export async function postMetrics(
  ctx: MastodonContext,
  session: Session,
  post: PublishedPost,
): Promise<PostMetrics> {
  const status = await mastodonCall(
    ctx,
    {
      base: baseOfSession(session),
      path: `/api/v1/statuses/${encodeURIComponent(post.id)}`,
      token: session.accessToken,
      effect: 'read',
    },
    statusSchema,
  );
  return { likes: status.favourites_count, comments: status.replies_count, reposts: status.reblogs_count };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Mastodon returns HTML: paragraphs and <br> become newlines, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}

/** The account's statuses since `since`, newest first (boosts excluded), over a few pages. */
export async function recentPosts(
  ctx: MastodonContext,
  session: Session,
  since: Date,
): Promise<RecentPost[]> {
  const accountId = session.account.id || (await verifyCredentials(ctx, session)).id;
  const found: RecentPost[] = [];
  let maxId: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({
      limit: '40',
      exclude_reblogs: 'true',
      ...(maxId ? { max_id: maxId } : {}),
    });
    const statuses = await mastodonCall(
      ctx,
      {
        base: baseOfSession(session),
        path: `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?${query}`,
        token: session.accessToken,
        effect: 'read',
      },
      z.array(statusSchema),
    );
    for (const status of statuses) {
      const publishedAt = new Date(status.created_at);
      if (publishedAt >= since)
        found.push({
          id: status.id,
          url: status.url ?? status.uri,
          text: htmlToText(status.content),
          publishedAt,
          metrics: {
            likes: status.favourites_count,
            comments: status.replies_count,
            reposts: status.reblogs_count,
          },
        });
    }
    const last = statuses[statuses.length - 1];
    if (!last || new Date(last.created_at) < since || statuses.length < 40) break;
    maxId = last.id;
  }
  return found;
}
