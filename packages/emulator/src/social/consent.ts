// The OAuth authorization step shared by LinkedIn, X and Mastodon: validates the request, shows a
// consent page a person (or a browser test) can click, or approves at once with `?auto=1`, then
// redirects back with a single-use code or `error=access_denied`. Platforms pass their own rules.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm, redirect, sendHtml } from './responses.js';
import type { SocialState } from './state.js';
import type { SocialPlatform } from './types.js';

export interface AuthorizeRules {
  platform: SocialPlatform;
  /** Shown on the page ("LinkedIn"). */
  title: string;
  pkceRequired: boolean;
  codeTtlSeconds: number;
  /** Mastodon instance host the app belongs to. */
  server?: string;
  /** The account proposed when no login_hint is given. */
  defaultHandle?: string;
  /**
   * X takes `code_challenge_method` in any case (twitter-api-v2 sends `s256`); Doorkeeper (Mastodon)
   * compares it exactly, so the default is exact.
   */
  challengeMethodAnyCase?: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Problems are shown on a page, never redirected: the redirect URI itself may be the problem. */
function validate(state: SocialState, rules: AuthorizeRules, params: URLSearchParams): string | undefined {
  if (params.get('response_type') !== 'code') return 'response_type must be "code"';
  const client = state.client(rules.platform, params.get('client_id') ?? '', rules.server);
  if (!client) return 'Unknown client_id';
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!redirectUri) return 'redirect_uri is required';
  if (client.redirectUris.length > 0 && !client.redirectUris.includes(redirectUri))
    return 'redirect_uri does not match a registered redirect URI';
  if (rules.pkceRequired && !params.get('code_challenge')) return 'code_challenge is required';
  const given = params.get('code_challenge_method') ?? '';
  const method = rules.challengeMethodAnyCase ? given.toUpperCase() : given;
  if (params.get('code_challenge') && method !== 'S256') return 'code_challenge_method must be S256';
  return undefined;
}

function approve(state: SocialState, rules: AuthorizeRules, params: URLSearchParams, handle: string): string {
  const account = state.account(rules.platform, handle, rules.server);
  const code = state.issueCode(
    {
      platform: rules.platform,
      clientId: params.get('client_id') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
      accountId: account.id,
      scopes: (params.get('scope') ?? '').split(/[ ,+]+/).filter(Boolean),
      codeChallenge: params.get('code_challenge') ?? undefined,
    },
    rules.codeTtlSeconds,
  );
  return withParams(params.get('redirect_uri') ?? '', { code: code.code, state: params.get('state') });
}

function withParams(base: string, values: Record<string, string | null>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(values)) if (value !== null) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * The account field's pattern. Browsers compile `pattern` with the `v` flag, where a literal `-` in a
 * class must be escaped: unescaped, Chromium drops the pattern as invalid and validates nothing.
 */
export const ACCOUNT_PATTERN = '[A-Za-z0-9._\\-]{1,40}';
/** An inline icon, so the page asks the emulator for no /favicon.ico (a 404 in every console). */
const ICON = `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23f59e0b'/%3E%3C/svg%3E">`;

export function consentPage(rules: AuthorizeRules, params: URLSearchParams, action: string): string {
  const hidden = [...params]
    .filter(([key]) => key !== 'auto')
    .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`)
    .join('');
  const handle = params.get('login_hint') ?? rules.defaultHandle ?? 'sandbox-user';
  const scopes = (params.get('scope') ?? '').split(/[ ,+]+/).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${rules.title} (sandbox): authorize</title>${ICON}
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:4px;padding:2px 8px;font-size:.8rem}
button{font-size:1rem;padding:.5rem 1rem;margin-right:.5rem;border-radius:6px;border:1px solid #9ca3af;cursor:pointer}
button[value=approve]{background:#2563eb;color:#fff;border-color:#2563eb}label{display:block;margin:1rem 0}</style></head>
<body><span class="badge">Sandbox emulator</span><h1>${rules.title}</h1>
<p>An application asks to act on your ${rules.title} account.</p>
<p>Permissions: ${scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(', ') || 'none requested'}</p>
<form method="post" action="${escapeHtml(action)}">${hidden}
<label>Sandbox account <input name="account" value="${escapeHtml(handle)}" required pattern="${ACCOUNT_PATTERN}"></label>
<button type="submit" name="decision" value="approve">Allow</button>
<button type="submit" name="decision" value="deny">Cancel</button></form></body></html>`;
}

/** The form's own rule, enforced again here: a browser that skips validation gets no odd account. */
function accountProblem(method: string | undefined, account: string | null): string | undefined {
  if (method !== 'POST' || account === null) return undefined;
  return new RegExp(`^(?:${ACCOUNT_PATTERN})$`, 'v').test(account)
    ? undefined
    : 'The sandbox account may use letters, digits, dots, dashes and underscores (1 to 40).';
}

/** GET shows the page (or approves with auto=1); POST carries the person's decision. */
export async function handleAuthorize(
  state: SocialState,
  rules: AuthorizeRules,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
  const problem = validate(state, rules, params) ?? accountProblem(req.method, params.get('account'));
  if (problem) {
    sendHtml(
      res,
      400,
      `<!doctype html><title>Authorization error</title><h1>Authorization error</h1><p>${escapeHtml(problem)}</p>`,
    );
    return;
  }
  const handle = params.get('account') ?? params.get('login_hint') ?? rules.defaultHandle ?? 'sandbox-user';
  if (req.method === 'GET' && url.searchParams.get('auto') !== '1') {
    sendHtml(res, 200, consentPage(rules, params, url.pathname));
    return;
  }
  if (req.method === 'POST' && params.get('decision') !== 'approve') {
    redirect(
      res,
      withParams(params.get('redirect_uri') ?? '', {
        error: 'access_denied',
        error_description: 'The user cancelled the authorization',
        state: params.get('state'),
      }),
    );
    return;
  }
  redirect(res, approve(state, rules, params, handle));
}
