// Where the OAuth callback sends the browser: the web app's Platforms page (which explains
// ?connected= and ?error=) when this server serves it, otherwise a small self-contained HTML page
// that says the same. One outcome, two renderings, the same words (CALLBACK_ERROR_MESSAGES).
import { CALLBACK_ERROR_MESSAGES, PLATFORM_NAMES } from '@brandwright/contracts';
import type { CallbackOutcome } from './connect.service.js';

/** `/platforms?connected=x` or `/platforms?platform=x&error=state_expired`, under `base` when given. */
export function callbackRedirect(outcome: CallbackOutcome, base = ''): string {
  const query = outcome.ok
    ? new URLSearchParams({ connected: outcome.platform })
    : new URLSearchParams({ platform: outcome.platform, error: outcome.error });
  return `${base}/platforms?${query}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function callbackStatus(outcome: CallbackOutcome): number {
  if (outcome.ok) return 200;
  return outcome.error === 'platform_unavailable' ? 503 : 400;
}

export function callbackPage(outcome: CallbackOutcome, base = ''): string {
  const name = PLATFORM_NAMES[outcome.platform];
  const title = outcome.ok ? `${name} is connected` : `${name} was not connected`;
  const message = outcome.ok
    ? 'You can close this tab, or go back to Brandwright.'
    : `${CALLBACK_ERROR_MESSAGES[outcome.error]} (${outcome.error})`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Brandwright</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}
h1{font-size:1.4rem}.error{color:#991b1b}a{color:#4338ca}</style></head>
<body><main><h1${outcome.ok ? '' : ' class="error"'}>${escapeHtml(title)}</h1>
<p${outcome.ok ? '' : ' role="alert"'}>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(`${base}/platforms`)}">Back to your platforms</a></p></main></body></html>`;
}
