// The emulated Medium (legacy API, api.medium.com/v1 and medium.com pages) on its own origin.
// Integration tokens only: any token starting with "sandbox-" is accepted and maps to a stable
// account; anything else is refused with 401. No metrics, no listing, no deletion: Medium has none.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http.js';
import type { PlatformHandler } from '../handler.js';
import { bearer, hangThenDrop, readRaw } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Account, SocialFault, Token } from '../types.js';
import {
  articlePage,
  createArticle,
  type MediumAnswer,
  mediumError,
  profilePage,
  sandboxHandle,
} from './posts.js';

const INVALID_TOKEN = mediumError(401, 'Token was invalid.', 6003);
/** ⚠ The status is documented; the body's message and code are not (2000 stands in, as elsewhere). */
const FORBIDDEN_AUTHOR = mediumError(403, 'You do not have permission to publish as this user.');

interface Caller {
  token: Token;
  account: Account;
}

/** A sandbox token is registered on first use, as if the user had created it in Medium's settings. */
function registerSandboxToken(state: SocialState, value: string): void {
  const account = state.account('medium', sandboxHandle(value));
  state.tokens.push({
    token: value,
    kind: 'access',
    platform: 'medium',
    clientId: 'integration-token',
    accountId: account.id,
    scopes: ['basicProfile', 'publishPost', 'listPublications'],
    family: `medium:${account.id}`,
    revoked: false,
    used: false,
  });
  state.onChange();
}

function authenticate(state: SocialState, req: IncomingMessage): Caller | MediumAnswer {
  const value = bearer(req);
  if (!value) return mediumError(401, 'An access token is required.', 6000);
  let check = state.checkAccess('medium', value);
  if (!check.ok && check.reason === 'invalid' && value.startsWith('sandbox-')) {
    registerSandboxToken(state, value);
    check = state.checkAccess('medium', value);
  }
  return check.ok ? { token: check.token, account: check.account } : INVALID_TOKEN;
}

/** ⚠ Medium documents no rate limits, 5xx bodies or duplicate checks; these are best guesses. */
function faultAnswer(state: SocialState, caller: Caller, fault: SocialFault): MediumAnswer | undefined {
  switch (fault.kind) {
    case 'rate_limit':
      return mediumError(429, 'Rate limit exceeded.', 0);
    case 'server_error':
      return mediumError(503, 'Medium is temporarily unavailable.', 0);
    case 'token_expired':
    case 'revoked':
      // Integration tokens never expire: both mean the user revoked the token.
      state.revokeWhere((t) => t.token === caller.token.token);
      return INVALID_TOKEN;
    case 'duplicate':
      return mediumError(400, 'A story with this content already exists.');
    default:
      return undefined;
  }
}

function me(state: SocialState, caller: Caller): MediumAnswer {
  const { account } = caller;
  return {
    status: 200,
    body: {
      data: {
        id: account.id,
        username: account.handle,
        name: account.name,
        url: `${state.origin('medium')}/@${account.handle}`,
        imageUrl: account.avatarUrl,
      },
    },
  };
}

async function createPost(state: SocialState, req: IncomingMessage, caller: Caller, authorId: string) {
  const text = (await readRaw(req)).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return mediumError(400, 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return mediumError(400, 'The request body must be a JSON object.');
  // Medium's docs: 403 "the authorId in the request path points to wrong/non-existent user".
  if (authorId !== caller.account.id) return FORBIDDEN_AUTHOR;
  return createArticle(state, caller.account, body as Record<string, unknown>);
}

type Operation = { kind: 'publish' | 'read'; run: (caller: Caller) => Promise<MediumAnswer> | MediumAnswer };

function apiOperation(state: SocialState, req: IncomingMessage, path: string): Operation | undefined {
  const postsOf = /^\/v1\/users\/([^/]+)\/posts$/.exec(path)?.[1];
  const publicationsOf = /^\/v1\/users\/([^/]+)\/publications$/.exec(path)?.[1];
  if (req.method === 'GET' && path === '/v1/me') return { kind: 'read', run: (c) => me(state, c) };
  if (req.method === 'POST' && postsOf)
    return { kind: 'publish', run: (c) => createPost(state, req, c, decodeURIComponent(postsOf)) };
  if (req.method === 'GET' && publicationsOf)
    return {
      kind: 'read',
      run: (c) =>
        publicationsOf === c.account.id
          ? { status: 200, body: { data: [] } }
          : mediumError(403, 'You may only list your own publications.'),
    };
  return undefined;
}

async function serveApi(state: SocialState, req: IncomingMessage, res: ServerResponse, op: Operation) {
  const caller = authenticate(state, req);
  if ('status' in caller) return sendJson(res, caller.status, caller.body);
  const fault = state.takeFault('medium', op.kind);
  const faulted = fault && fault.kind !== 'timeout' ? faultAnswer(state, caller, fault) : undefined;
  if (faulted) return sendJson(res, faulted.status, faulted.body);
  const answer = await op.run(caller);
  // A timeout applies the request, then never answers.
  if (fault?.kind === 'timeout') return hangThenDrop(res, fault.latencyMs);
  sendJson(res, answer.status, answer.body, { 'content-type': 'application/json; charset=utf-8' });
}

export const handleMedium: PlatformHandler = async (state, req, res, path) => {
  const page = /^\/@([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (req.method === 'GET' && page) {
    const handle = decodeURIComponent(page[1] ?? '');
    if (page[2]) articlePage(state, res, handle, page[2]);
    else profilePage(state, res, handle);
    return true;
  }
  if (!path.startsWith('/v1/')) return false;
  const op = apiOperation(state, req, path);
  if (op) await serveApi(state, req, res, op);
  else sendJson(res, 404, mediumError(404, 'Not found.').body);
  return true;
};
