// Mastodon's JSON entities as the REST API serialises them: Account, Status (with seeded
// replies/reblogs/favourites counts), MediaAttachment, and the instance (v2) with its limits.
import { engagementAt, followersAt } from '../engagement.js';
import type { Account, EmulatedPost, Media } from '../types.js';
import { accountIdOf, instanceUrl, type MastoContext } from './api.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Plain text as Mastodon renders it: paragraphs on blank lines, <br /> on single newlines. */
export function toHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('');
}

export function accountView(ctx: MastoContext, account: Account) {
  const posts = ctx.state.livePosts('mastodon', account.id);
  const last = posts[posts.length - 1];
  return {
    id: accountIdOf(account),
    username: account.handle,
    acct: account.handle,
    display_name: account.name,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: account.createdAt,
    note: '',
    url: `${instanceUrl(ctx)}/@${account.handle}`,
    uri: `${instanceUrl(ctx)}/users/${account.handle}`,
    avatar: account.avatarUrl,
    avatar_static: account.avatarUrl,
    header: '',
    header_static: '',
    followers_count: followersAt(account, posts, ctx.state.now()),
    following_count: account.following,
    statuses_count: posts.length,
    last_status_at: last ? last.createdAt.slice(0, 10) : null,
    emojis: [],
    fields: [],
  };
}

export function mediaView(ctx: MastoContext, media: Media) {
  const ready = !media.pendingChecks;
  const ext = media.mimeType.split('/')[1] ?? 'bin';
  const file = `${instanceUrl(ctx)}/system/media_attachments/files/${media.id}`;
  return {
    id: media.id,
    type: media.mimeType.startsWith('video/') ? 'video' : media.mimeType === 'image/gif' ? 'gifv' : 'image',
    url: ready ? `${file}/original/${media.id}.${ext}` : null,
    preview_url: `${file}/small/${media.id}.${ext}`,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: ready ? { original: { size: `${media.size} bytes` } } : null,
    description: media.altText ?? null,
    blurhash: null,
  };
}

export function statusView(ctx: MastoContext, post: EmulatedPost, options: { withSource?: boolean } = {}) {
  const account = ctx.state.accountById('mastodon', post.accountId) as Account;
  const engagement = engagementAt(post, account, ctx.state.now());
  const parent = post.replyToId
    ? ctx.state.posts.find((p) => p.platform === 'mastodon' && p.id === post.replyToId)
    : undefined;
  const parentAccount = parent && ctx.state.accountById('mastodon', parent.accountId);
  return {
    id: post.id,
    created_at: post.createdAt,
    in_reply_to_id: post.replyToId ?? null,
    in_reply_to_account_id: parentAccount ? accountIdOf(parentAccount) : null,
    sensitive: false,
    spoiler_text: '',
    visibility: post.extra.visibility ?? 'public',
    language: post.extra.language ?? null,
    uri: `${instanceUrl(ctx)}/users/${account.handle}/statuses/${post.id}`,
    url: post.url,
    replies_count: engagement.comments,
    reblogs_count: engagement.reposts,
    favourites_count: engagement.likes,
    edited_at: null,
    content: toHtml(post.text),
    ...(options.withSource ? { text: post.text } : {}),
    reblog: null,
    application: post.extra.application ?? null,
    account: accountView(ctx, account),
    media_attachments: post.mediaIds
      .map((id) => ctx.state.media.find((m) => m.platform === 'mastodon' && m.id === id))
      .filter((m): m is Media => m !== undefined)
      .map((m) => mediaView(ctx, m)),
    mentions: [],
    tags: (post.text.match(/#(\w+)/g) ?? []).map((tag) => ({ name: tag.slice(1).toLowerCase() })),
    emojis: [],
    card: null,
    poll: null,
  };
}

export const SUPPORTED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/webp',
  'image/avif',
  'video/webm',
  'video/mp4',
  'video/quicktime',
  'audio/mpeg',
  'audio/ogg',
];

/** Sandbox rule: instances whose host contains "long" allow 5,000 characters, others 500. */
/** Mastodon's default status limit; an extra instance may be started with another (see server.ts). */
export const maxCharacters = (ctx: Pick<MastoContext, 'state' | 'host'>) =>
  ctx.state.mastodonLimits.get(ctx.host) ?? 500;

export function instanceView(ctx: MastoContext) {
  return {
    domain: ctx.host,
    title: `${ctx.host} (sandbox)`,
    version: '4.3.0',
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'An emulated Mastodon instance for the Brandwright sandbox.',
    usage: { users: { active_month: 1000 } },
    thumbnail: { url: `${ctx.state.controlUrl}/__emulator/avatar/mastodon/${ctx.host}.svg` },
    languages: ['en'],
    configuration: {
      urls: { streaming: `wss://${ctx.host}` },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: {
        max_characters: maxCharacters(ctx),
        max_media_attachments: 4,
        characters_reserved_per_url: 23,
      },
      media_attachments: {
        supported_mime_types: SUPPORTED_MIME_TYPES,
        description_limit: 1500,
        image_size_limit: 16_777_216,
        image_matrix_limit: 33_177_600,
        video_size_limit: 103_809_024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8_294_400,
      },
      polls: {
        max_options: 4,
        max_characters_per_option: 50,
        min_expiration: 300,
        max_expiration: 2_629_746,
      },
      translation: { enabled: false },
    },
    registrations: { enabled: true, approval_required: false, message: null },
    api_versions: { mastodon: 2 },
    contact: { email: `admin@${ctx.host}`, account: null },
    rules: [],
  };
}
