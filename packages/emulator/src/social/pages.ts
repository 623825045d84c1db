// Readable pages for emulated posts, so a sandbox "view post" link opens something a person can
// read. Everything user-written is escaped: post bodies are shown as text, never as markup.
import type { ServerResponse } from 'node:http';
import { sendHtml } from './responses.js';
import type { EmulatedPost } from './types.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function sendPage(res: ServerResponse, status: number, title: string, body: string): void {
  sendHtml(
    res,
    status,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:4px;padding:2px 8px;font-size:.8rem}
.text{white-space:pre-wrap;border:1px solid #e5e7eb;border-radius:8px;padding:1rem}.meta{color:#6b7280;font-size:.9rem}</style>
</head><body><span class="badge">Sandbox emulator</span>${body}</body></html>`,
  );
}

export function sendMissingPage(res: ServerResponse, what: string): void {
  sendPage(
    res,
    404,
    'Not found',
    `<h1>Not found</h1><p>${escapeHtml(what)} does not exist or was deleted.</p>`,
  );
}

/** The public page of one post (where a published post's URL leads), or a 404 page. */
export function sendPostPage(
  res: ServerResponse,
  platform: string,
  post: EmulatedPost | undefined,
  author = `@${post?.handle ?? ''}`,
): void {
  if (!post) {
    sendMissingPage(res, 'This post');
    return;
  }
  const images = post.mediaIds.length > 0 ? `<p class="meta">${post.mediaIds.length} image(s)</p>` : '';
  sendPage(
    res,
    200,
    `${author} on ${platform}`,
    `<h1>${escapeHtml(author)}</h1><p class="meta">${platform} post · ${escapeHtml(post.createdAt)}</p>
<div class="text">${escapeHtml(post.text)}</div>${images}`,
  );
}
